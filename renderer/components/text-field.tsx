import { FormGroup, InputGroup, Intent } from '@blueprintjs/core';
import type { ReactNode } from 'react';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  testId: string;
  /** Shown in red under the field, in place of the help. */
  error?: string | undefined;
  help?: ReactNode;
  type?: 'text' | 'password';
  required?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
  disabled?: boolean;
  autoComplete?: string;
}

/** A labelled Blueprint input whose error, when there is one, replaces its help text. */
export function TextField(props: TextFieldProps) {
  const helperText = props.error ? (
    <span data-testid={`${props.testId}-error`}>{props.error}</span>
  ) : (
    props.help
  );
  return (
    <FormGroup
      label={props.label}
      labelFor={props.id}
      labelInfo={props.required ? '(required)' : undefined}
      helperText={helperText}
      intent={props.error ? Intent.DANGER : Intent.NONE}
    >
      <InputGroup
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        onValueChange={(value) => props.onChange(value)}
        intent={props.error ? Intent.DANGER : Intent.NONE}
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
        disabled={props.disabled}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={false}
        data-testid={props.testId}
      />
    </FormGroup>
  );
}
