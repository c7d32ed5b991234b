import { Button, Tooltip } from '@blueprintjs/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableDefinition } from '../../../shared/domain/records';
import { useRecords } from '../../stores/stores-context';
import { ConditionInputs } from './condition-inputs';
import { ConditionTags } from './condition-tags';
import { useConditionDraft } from './use-condition-draft';

/**
 * Column, operator and value, added as tags; And/Or; Apply runs the query, Clear drops it.
 * A condition typed but not added yet is added by Apply.
 */
export function FilterBar({ definition }: { definition: TableDefinition }) {
  const draft = useRecords((s) => s.draft);
  const filter = useRecords((s) => s.filter);
  const enumerations = useRecords((s) => s.enumerations);
  const addCondition = useRecords((s) => s.addCondition);
  const removeCondition = useRecords((s) => s.removeCondition);
  const setCombinator = useRecords((s) => s.setCombinator);
  const applyFilter = useRecords((s) => s.applyFilter);
  const clearFilter = useRecords((s) => s.clearFilter);
  const typed = useConditionDraft(definition.columns);
  const { t } = useTranslation('records');

  const add = (event: FormEvent) => {
    event.preventDefault();
    const condition = typed.build();
    if (!condition) return;
    addCondition(condition);
    typed.clear();
  };
  const apply = () => {
    // An empty value box means "apply the tags as they are"; a condition without a value
    // (is empty) is added with its button only, so Apply never adds one by surprise.
    if (typed.text === '') return applyFilter();
    const condition = typed.build();
    if (!condition) return;
    applyFilter(condition);
    typed.clear();
  };
  const changed =
    JSON.stringify(draft) !== JSON.stringify(filter ?? { combinator: 'and', conditions: [] });

  return (
    <div className="console-filter-bar" data-testid="filter-bar">
      <form className="console-filter-editor" onSubmit={add}>
        <ConditionInputs
          draft={typed}
          columns={definition.columns}
          enumerations={enumerations}
          testIds
        />
        <Tooltip content={t('filter.add')} placement="bottom">
          <Button type="submit" icon="add" aria-label={t('filter.add')} data-testid="filter-add" />
        </Tooltip>
        <Button
          intent={changed || typed.text !== '' ? 'primary' : 'none'}
          icon="filter"
          text={t('filter.apply')}
          onClick={apply}
          data-testid="filter-apply"
        />
        <Button
          variant="minimal"
          text={t('filter.clear')}
          disabled={draft.conditions.length === 0 && !filter}
          onClick={() => {
            clearFilter();
            typed.clear();
          }}
          data-testid="filter-clear"
        />
        {typed.problem && (
          <span className="console-filter-problem" data-testid="filter-value-error">
            {typed.problem}
          </span>
        )}
      </form>
      {draft.conditions.length > 0 && (
        <ConditionTags
          filter={draft}
          columns={definition.columns}
          enumerations={enumerations}
          onCombinator={setCombinator}
          onRemove={removeCondition}
          testIds
        />
      )}
    </div>
  );
}
