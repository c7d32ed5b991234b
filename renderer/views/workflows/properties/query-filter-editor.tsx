import { Button } from '@blueprintjs/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordFilter, TableDefinition } from '../../../../shared/domain/records';
import { ConditionInputs } from '../../records/condition-inputs';
import { ConditionTags } from '../../records/condition-tags';
import { useConditionDraft } from '../../records/use-condition-draft';

/**
 * The Query activity's filter, built like the data explorer's filter bar (same conditions,
 * operators and value inputs) but held in the activity instead of applied to a grid.
 */
export function QueryFilterEditor({
  definition,
  filter,
  onChange,
}: {
  definition: TableDefinition;
  filter: RecordFilter | null;
  onChange(filter: RecordFilter | null): void;
}) {
  const { t } = useTranslation('workflows');
  const conditions = filter?.conditions ?? [];
  const combinator = filter?.combinator ?? 'and';
  const typed = useConditionDraft(definition.columns);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const condition = typed.build();
    if (!condition) return;
    onChange({ combinator, conditions: [...conditions, condition] });
    typed.clear();
  };
  const removeAt = (index: number) => {
    const rest = conditions.filter((_, i) => i !== index);
    onChange(rest.length > 0 ? { combinator, conditions: rest } : null);
  };

  return (
    <div className="workflow-query-filter" role="group" aria-label={t('query.filter')}>
      <form className="console-filter-editor" onSubmit={add}>
        <ConditionInputs draft={typed} columns={definition.columns} enumerations={{}} />
        <Button type="submit" icon="add" text={t('query.addCondition')} />
      </form>
      {typed.problem && <div className="console-filter-problem">{typed.problem}</div>}
      {conditions.length === 0 ? (
        <p className="workflow-muted">{t('query.noCondition')}</p>
      ) : (
        <ConditionTags
          filter={{ combinator, conditions }}
          columns={definition.columns}
          enumerations={{}}
          onCombinator={(c) => onChange({ combinator: c, conditions })}
          onRemove={removeAt}
        />
      )}
    </div>
  );
}
