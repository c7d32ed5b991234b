import { HTMLSelect, InputGroup } from '@blueprintjs/core';
import type { EnumerationValue } from '../../../shared/domain/enumerations';
import type { ValueInput } from './filter-conditions';

const nativeTypes: Partial<Record<ValueInput, string>> = {
  date: 'date',
  datetime: 'datetime-local',
  time: 'time',
};

const placeholders: Partial<Record<ValueInput, string>> = {
  text: 'Value',
  number: 'Number',
  list: 'Values, separated by commas',
};

/** The value box of the filter bar, as the column's type wants it. */
export function FilterValueInput({
  input,
  value,
  onChange,
  enumeration,
  invalid,
}: {
  input: ValueInput;
  value: string;
  onChange(value: string): void;
  enumeration: readonly EnumerationValue[] | undefined;
  invalid: boolean;
}) {
  if (input === 'boolean' || input === 'enumeration') {
    const options =
      input === 'boolean'
        ? [
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]
        : (enumeration ?? []).map((v) => ({ value: v.value, label: v.label }));
    return (
      <HTMLSelect
        aria-label="Value"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        options={[{ value: '', label: 'Choose…', disabled: true }, ...options]}
        data-testid="filter-value"
      />
    );
  }
  return (
    <InputGroup
      aria-label="Value"
      type={nativeTypes[input] ?? 'text'}
      inputMode={input === 'number' ? 'decimal' : undefined}
      // Seconds too: the columns hold them.
      step={input === 'datetime' || input === 'time' ? 1 : undefined}
      value={value}
      placeholder={placeholders[input]}
      onValueChange={onChange}
      intent={invalid ? 'danger' : 'none'}
      spellCheck={false}
      className="console-filter-value"
      data-testid="filter-value"
    />
  );
}
