import { useState } from 'react';
import type {
  ColumnDefinition,
  FilterCondition,
  FilterOperator,
} from '../../../shared/domain/records';
import { buildCondition, operatorsFor, valueInputFor } from './filter-conditions';

export type ConditionDraft = ReturnType<typeof useConditionDraft>;

/**
 * The condition being typed: a column, an operator the column allows, the value text, and the
 * problem of the last attempt to build it.
 */
export function useConditionDraft(columns: readonly ColumnDefinition[]) {
  const [columnName, setColumnName] = useState(columns[0]?.name ?? '');
  const column = columns.find((c) => c.name === columnName) ?? columns[0];
  const operators = column ? operatorsFor(column) : [];
  const [chosenOperator, setOperator] = useState<FilterOperator>('eq');
  const operator = operators.includes(chosenOperator) ? chosenOperator : (operators[0] ?? 'eq');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const clear = () => {
    setText('');
    setProblem(null);
  };
  return {
    column,
    operators,
    operator,
    text,
    problem,
    input: column ? valueInputFor(column, operator) : null,
    chooseColumn: (name: string) => {
      setColumnName(name);
      clear();
    },
    chooseOperator: setOperator,
    type: (value: string) => {
      setText(value);
      setProblem(null);
    },
    /** The typed condition, or null with its problem kept to show. */
    build: (): FilterCondition | null => {
      if (!column) return null;
      const built = buildCondition(column, operator, text);
      setProblem(built.ok ? null : built.message);
      return built.ok ? built.condition : null;
    },
    /** Empties the value box and forgets the problem. */
    clear,
  };
}
