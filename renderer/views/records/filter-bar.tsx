import { Button, HTMLSelect, SegmentedControl, Tag, Tooltip } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
import {
  filterOperatorLabels,
  type FilterOperator,
  type TableDefinition,
} from '../../../shared/domain/records';
import { useRecords } from '../../stores/stores-context';
import {
  buildCondition,
  describeCondition,
  operatorsFor,
  valueInputFor,
} from './filter-conditions';
import { FilterValueInput } from './filter-value-input';

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
  const [columnName, setColumnName] = useState(definition.columns[0]?.name ?? '');
  const column = definition.columns.find((c) => c.name === columnName) ?? definition.columns[0];
  const operators = column ? operatorsFor(column) : [];
  const [chosenOperator, setOperator] = useState<FilterOperator>('eq');
  const operator = operators.includes(chosenOperator) ? chosenOperator : (operators[0] ?? 'eq');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = column ? valueInputFor(column, operator) : null;
  const enumeration = column?.enumeration ? enumerations[column.enumeration] : undefined;

  const typed = () => {
    if (!column) return null;
    const built = buildCondition(column, operator, text);
    setProblem(built.ok ? null : built.message);
    return built.ok ? built.condition : null;
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    const condition = typed();
    if (!condition) return;
    addCondition(condition);
    setText('');
  };
  const apply = () => {
    // An empty value box means "apply the tags as they are"; a condition without a value
    // (is empty) is added with its button only, so Apply never adds one by surprise.
    if (text === '') return applyFilter();
    const condition = typed();
    if (!condition) return;
    applyFilter(condition);
    setText('');
  };
  const changed =
    JSON.stringify(draft) !== JSON.stringify(filter ?? { combinator: 'and', conditions: [] });

  return (
    <div className="console-filter-bar" data-testid="filter-bar">
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
          data-testid="filter-column"
        />
        <HTMLSelect
          aria-label="Operator"
          value={operator}
          onChange={(e) => setOperator(e.currentTarget.value as FilterOperator)}
          options={operators.map((o) => ({ value: o, label: filterOperatorLabels[o] }))}
          data-testid="filter-operator"
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
            enumeration={enumeration}
            invalid={problem !== null}
          />
        )}
        <Tooltip content="Add the condition" placement="bottom">
          <Button
            type="submit"
            icon="add"
            aria-label="Add the condition"
            data-testid="filter-add"
          />
        </Tooltip>
        <Button
          intent={changed || text !== '' ? 'primary' : 'none'}
          icon="filter"
          text="Apply"
          onClick={apply}
          data-testid="filter-apply"
        />
        <Button
          variant="minimal"
          text="Clear"
          disabled={draft.conditions.length === 0 && !filter}
          onClick={() => {
            clearFilter();
            setText('');
            setProblem(null);
          }}
          data-testid="filter-clear"
        />
        {problem && (
          <span className="console-filter-problem" data-testid="filter-value-error">
            {problem}
          </span>
        )}
      </form>
      {draft.conditions.length > 0 && (
        <div className="console-filter-conditions" data-testid="filter-conditions">
          {draft.conditions.length > 1 && (
            <SegmentedControl
              size="small"
              value={draft.combinator}
              onValueChange={(v) => setCombinator(v === 'or' ? 'or' : 'and')}
              options={[
                { value: 'and', label: 'And' },
                { value: 'or', label: 'Or' },
              ]}
              data-testid="filter-combinator"
            />
          )}
          {draft.conditions.map((condition, index) => (
            <Tag
              key={`${index}:${condition.column}:${condition.operator}`}
              intent="primary"
              minimal
              onRemove={() => removeCondition(index)}
              data-testid="filter-tag"
            >
              {describeCondition(definition.columns, condition, enumerations)}
            </Tag>
          ))}
        </div>
      )}
    </div>
  );
}
