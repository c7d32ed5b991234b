import { FormGroup, TextArea } from '@blueprintjs/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A JavaScript field: the script runs with `vars`, `instance` and `logger`. */
export function ScriptProperty({
  label,
  value,
  rows,
  onChange,
}: {
  label: string;
  value: string;
  rows: number;
  onChange(value: string): void;
}) {
  const { t } = useTranslation('workflows');
  const id = useId();
  return (
    <FormGroup label={label} labelFor={id} helperText={t('script.help')}>
      <TextArea
        id={id}
        fill
        rows={rows}
        className="workflow-code"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </FormGroup>
  );
}
