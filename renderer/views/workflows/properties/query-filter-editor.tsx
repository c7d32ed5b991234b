import { Button, HTMLSelect, SegmentedControl, Tag } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
import {
  filterOperatorLabels,
  type FilterOperator,
  type RecordFilter,
  type TableDefinition,
} from '../../../../shared/domain/records';
import {
  buildCondition,
  describeCondition,
  operatorsFor,
  valueInputFor,
} from '../../records/filter-conditions';
import { FilterValueInput } from '../../records/filter-value-input';

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
  const conditions = filter?.conditions ?? [];
  const combinator = filter?.combinator ?? 'and';
  const [columnName, setColumnName] = useState(definition.columns[0]?.name ?? '');
  const column = definition.columns.find((c) => c.name === columnName) ?? definition.columns[0];
  const operators = column ? operatorsFor(column) : [];
  const [chosen, setOperator] = useState<FilterOperator>('eq');
  const operator = operators.includes(chosen) ? chosen : (operators[0] ?? 'eq');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = column ? valueInputFor(column, operator) : null;

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!column) return;
    const built = buildCondition(column, operator, text);
    if (!built.ok) return setProblem(built.message);
    onChange({ combinator, conditions: [...conditions, built.condition] });
    setText('');
    setProblem(null);
  };
  const removeAt = (index: number) => {
    const rest = conditions.filter((_, i) => i !== index);
    onChange(rest.length > 0 ? { combinator, conditions: rest } : null);
  };

  return (
    <div className="workflow-query-filter" role="group" aria-label="Filter">
      <form className="console-filter-editor" onSubmit={add}>
        <HTMLSelect
          aria-label="Column"
          value={column?.name}
          onChange={(e) => {
            setColumnName(e.currentTarget.value);
            setText('');
            setProblem(null);
          }}
          options={definition.columns.map((c) => ({ value: c.name, label: c.label }))}
        />
        <HTMLSelect
          aria-label="Operator"
          value={operator}
          onChange={(e) => setOperator(e.currentTarget.value as FilterOperator)}
          options={operators.map((o) => ({ value: o, label: filterOperatorLabels[o] }))}
        />
        {input !== null && (
          <FilterValueInput
            key={`${column?.name}:${input}`}
            input={input}
            value={text}
            onChange={(v) => {
              setText(v);
              setProblem(null);
            }}
            enumeration={undefined}
            invalid={problem !== null}
          />
        )}
        <Button type="submit" icon="add" text="Add the condition" />
      </form>
      {problem && <div className="console-filter-problem">{problem}</div>}
      {conditions.length === 0 ? (
        <p className="workflow-muted">No condition: every row of the table.</p>
      ) : (
        <div className="console-filter-conditions">
          {conditions.length > 1 && (
            <SegmentedControl
              size="small"
              value={combinator}
              onValueChange={(v) => onChange({ combinator: v === 'or' ? 'or' : 'and', conditions })}
              options={[
                { value: 'and', label: 'And' },
                { value: 'or', label: 'Or' },
              ]}
            />
          )}
          {conditions.map((condition, index) => (
            <Tag
              key={`${index}:${condition.column}:${condition.operator}`}
              intent="primary"
              minimal
              onRemove={() => removeAt(index)}
            >
              {describeCondition(definition.columns, condition, {})}
            </Tag>
          ))}
        </div>
      )}
    </div>
  );
}
