import { HTMLSelect, InputGroup } from '@blueprintjs/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { EnumerationValue } from '../../../shared/domain/enumerations';
import type { ValueInput } from './filter-conditions';

const nativeTypes: Partial<Record<ValueInput, string>> = {
  date: 'date',
  datetime: 'datetime-local',
  time: 'time',
};

function placeholderOf(t: TFunction<'records'>, input: ValueInput): string | undefined {
  switch (input) {
    case 'text':
      return t('filter.value');
    case 'number':
      return t('filter.number');
    case 'list':
      return t('filter.list');
    default:
      return undefined;
  }
}

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
  const { t } = useTranslation('records');
  if (input === 'boolean' || input === 'enumeration') {
    const options =
      input === 'boolean'
        ? [
            { value: 'true', label: t('values.yes') },
            { value: 'false', label: t('values.no') },
          ]
        : (enumeration ?? []).map((v) => ({ value: v.value, label: v.label }));
    return (
      <HTMLSelect
        aria-label={t('filter.value')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        options={[{ value: '', label: t('filter.choose'), disabled: true }, ...options]}
        data-testid="filter-value"
      />
    );
  }
  return (
    <InputGroup
      aria-label={t('filter.value')}
      type={nativeTypes[input] ?? 'text'}
      inputMode={input === 'number' ? 'decimal' : undefined}
      // Seconds too: the columns hold them.
      step={input === 'datetime' || input === 'time' ? 1 : undefined}
      value={value}
      placeholder={placeholderOf(t, input)}
      onValueChange={onChange}
      intent={invalid ? 'danger' : 'none'}
      spellCheck={false}
      className="console-filter-value"
      data-testid="filter-value"
    />
  );
}
