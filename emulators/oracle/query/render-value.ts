import type { FieldValue } from '../../data/generation';
import { formatDateOnly, formatLocalDateTime } from '../local-time';
import type { OracleFieldSpec } from '../schema/field-spec';

export interface RenderOptions {
  api: 'v1' | 'v2';
  timeZone: string;
  /** `LIC` (default): picklists by code; `LDC`: by the user's display value. */
  lovMode: 'LIC' | 'LDC';
}

function display(field: OracleFieldSpec, code: string): string {
  return field.picklist?.find((entry) => entry.code === code)?.display ?? code;
}

/**
 * A value as the wire carries it, or null for "leave the element out": v2.0 omits empty
 * values of every type but text; v1.0 sends them empty.
 */
export function renderValue(
  field: OracleFieldSpec,
  value: FieldValue,
  options: RenderOptions,
): string | null {
  if (value === null || value === '') {
    const textual = ['text', 'id', 'picklist', 'multiPicklist'].includes(field.type);
    return options.api === 'v1' || textual ? '' : null;
  }
  switch (field.type) {
    case 'dateTime':
      return formatLocalDateTime(Number(value), options.timeZone);
    case 'date':
      return formatDateOnly(Number(value));
    case 'boolean':
      return options.api === 'v1' ? (value ? 'Y' : 'N') : String(Boolean(value));
    case 'picklist':
      return options.lovMode === 'LDC' ? display(field, String(value)) : String(value);
    case 'multiPicklist':
      return options.lovMode === 'LDC'
        ? String(value)
            .split(';')
            .map((code) => display(field, code))
            .join(';')
        : String(value);
    default:
      return String(value);
  }
}

export function lovModeOf(text: string | undefined): 'LIC' | 'LDC' {
  return text?.trim().toUpperCase() === 'LDC' ? 'LDC' : 'LIC';
}
