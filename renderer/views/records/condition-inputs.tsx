import { HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { EnumerationValue } from '../../../shared/domain/enumerations';
import { type ColumnDefinition, type FilterOperator } from '../../../shared/domain/records';
import { operatorLabel } from './filter-conditions';
import { FilterValueInput } from './filter-value-input';
import type { ConditionDraft } from './use-condition-draft';

/** Column, operator and value boxes of a condition being typed. */
export function ConditionInputs({
  draft,
  columns,
  enumerations,
  testIds = false,
}: {
  draft: ConditionDraft;
  columns: readonly ColumnDefinition[];
  enumerations: Readonly<Record<string, readonly EnumerationValue[]>>;
  /** Gives the selects the data explorer's test ids (filter-column, filter-operator). */
  testIds?: boolean;
}) {
  const { column, input } = draft;
  const { t } = useTranslation('records');
  return (
    <>
      <HTMLSelect
        aria-label={t('filter.column')}
        value={column?.name}
        onChange={(e) => draft.chooseColumn(e.currentTarget.value)}
        options={columns.map((c) => ({ value: c.name, label: c.label }))}
        data-testid={testIds ? 'filter-column' : undefined}
      />
      <HTMLSelect
        aria-label={t('filter.operator')}
        value={draft.operator}
        onChange={(e) => draft.chooseOperator(e.currentTarget.value as FilterOperator)}
        options={draft.operators.map((o) => ({ value: o, label: operatorLabel(o) }))}
        data-testid={testIds ? 'filter-operator' : undefined}
      />
      {input !== null && (
        <FilterValueInput
          key={`${column?.name}:${input}`}
          input={input}
          value={draft.text}
          onChange={draft.type}
          enumeration={column?.enumeration ? enumerations[column.enumeration] : undefined}
          invalid={draft.problem !== null}
        />
      )}
    </>
  );
}
