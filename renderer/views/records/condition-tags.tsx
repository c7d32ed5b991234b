import { SegmentedControl, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { EnumerationValue } from '../../../shared/domain/enumerations';
import type { ColumnDefinition, RecordFilter } from '../../../shared/domain/records';
import { describeCondition } from './filter-conditions';

type Combinator = RecordFilter['combinator'];

/** The added conditions as removable tags, with And/Or once there are two or more. */
export function ConditionTags({
  filter,
  columns,
  enumerations,
  onCombinator,
  onRemove,
  testIds = false,
}: {
  filter: RecordFilter;
  columns: readonly ColumnDefinition[];
  enumerations: Readonly<Record<string, readonly EnumerationValue[]>>;
  onCombinator(combinator: Combinator): void;
  onRemove(index: number): void;
  /** Gives the parts the data explorer's test ids (filter-conditions, -combinator, -tag). */
  testIds?: boolean;
}) {
  const testId = (part: string) => (testIds ? `filter-${part}` : undefined);
  // Read again on a language switch: the tags' words come from the catalogue.
  const { t } = useTranslation('records');
  return (
    <div className="console-filter-conditions" data-testid={testId('conditions')}>
      {filter.conditions.length > 1 && (
        <SegmentedControl
          size="small"
          value={filter.combinator}
          onValueChange={(v) => onCombinator(v === 'or' ? 'or' : 'and')}
          options={[
            { value: 'and', label: t('filter.and') },
            { value: 'or', label: t('filter.or') },
          ]}
          data-testid={testId('combinator')}
        />
      )}
      {filter.conditions.map((condition, index) => (
        <Tag
          key={`${index}:${condition.column}:${condition.operator}`}
          intent="primary"
          minimal
          onRemove={() => onRemove(index)}
          data-testid={testId('tag')}
        >
          {describeCondition(columns, condition, enumerations)}
        </Tag>
      ))}
    </div>
  );
}
