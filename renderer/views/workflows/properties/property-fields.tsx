import { Checkbox, FormGroup, HTMLSelect, InputGroup, NumericInput } from '@blueprintjs/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The labelled inputs of the property panel: each one reachable by its label. */

/** What a property shows around its input: the label, a help text, a danger colour. */
interface PropertyFrame {
  label: string;
  help?: ReactNode;
  invalid?: boolean;
}

/** The FormGroup of one property: its label names the input `children` renders with `id`. */
function PropertyGroup(props: PropertyFrame & { children(id: string): ReactNode }) {
  const id = useId();
  return (
    <FormGroup
      label={props.label}
      labelFor={id}
      helperText={props.help}
      intent={props.invalid ? 'danger' : 'none'}
    >
      {props.children(id)}
    </FormGroup>
  );
}

export function TextProperty(
  props: PropertyFrame & {
    value: string;
    onChange(value: string): void;
    placeholder?: string;
  },
) {
  return (
    <PropertyGroup label={props.label} help={props.help} invalid={props.invalid}>
      {(id) => (
        <InputGroup
          id={id}
          value={props.value}
          onValueChange={props.onChange}
          placeholder={props.placeholder}
          intent={props.invalid ? 'danger' : 'none'}
          spellCheck={false}
          autoComplete="off"
        />
      )}
    </PropertyGroup>
  );
}

export function NumberProperty(
  props: PropertyFrame & {
    value: number;
    min: number;
    max: number;
    onChange(value: number): void;
  },
) {
  return (
    <PropertyGroup label={props.label} help={props.help} invalid={props.invalid}>
      {(id) => (
        <NumericInput
          id={id}
          value={props.value}
          min={props.min}
          max={props.max}
          clampValueOnBlur
          // Blueprint's buttons point at an input id ours replaces (axe: aria-valid-attr-value); the
          // arrow keys still step the value.
          buttonPosition="none"
          onValueChange={(n) => {
            if (Number.isInteger(n) && n >= props.min && n <= props.max) props.onChange(n);
          }}
        />
      )}
    </PropertyGroup>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

export function SelectProperty<V extends string>(
  props: PropertyFrame & {
    value: V | null;
    choices: readonly Choice<V>[];
    onChange(value: V): void;
    /** The first, unselectable line when nothing is chosen: "Select a remote object.". */
    placeholder?: string;
  },
) {
  const { t } = useTranslation('workflows');
  return (
    <PropertyGroup label={props.label} help={props.help} invalid={props.invalid}>
      {(id) => (
        <HTMLSelect
          id={id}
          fill
          value={props.value ?? ''}
          onChange={(e) => {
            const chosen = props.choices.find((c) => c.value === e.currentTarget.value);
            if (chosen) props.onChange(chosen.value);
          }}
          options={[
            ...(props.value === null
              ? [{ value: '', label: props.placeholder ?? t('choose'), disabled: true }]
              : []),
            // A saved value the list lacks (a dropped table, a remote object no longer in the
            // approved schema) shows as itself, not as the first choice the select falls on.
            ...(props.value !== null && !props.choices.some((c) => c.value === props.value)
              ? [{ value: props.value, label: props.value }]
              : []),
            ...props.choices.map((c) => ({ value: c.value, label: c.label })),
          ]}
        />
      )}
    </PropertyGroup>
  );
}

export function CheckProperty(props: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <Checkbox
      label={props.label}
      checked={props.checked}
      onChange={(e) => props.onChange(e.currentTarget.checked)}
    />
  );
}

/** A list of internal names typed as "a, b, c"; the text is kept as typed while editing. */
export function NamesProperty(props: {
  label: string;
  value: readonly string[];
  onChange(value: string[]): void;
  help?: ReactNode;
}) {
  const { t } = useTranslation('workflows');
  const [text, setText] = useState(props.value.join(', '));
  return (
    <TextProperty
      label={props.label}
      value={text}
      onChange={(typed) => {
        setText(typed);
        props.onChange(
          typed
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        );
      }}
      help={props.help ?? t('namesHelp')}
    />
  );
}
