import { issuesFromZod } from '../../../shared/errors';
import { enumerationSchema, type Enumeration } from '../../../shared/domain/enumerations';
import { messagesByPath } from '../../components/field-issues';

/** One row of the values grid; `key` keeps React rows stable while rows move. */
export interface ValueRowDraft {
  key: number;
  value: string;
  label: string;
  enabled: boolean;
}

export interface EnumerationDraft {
  name: string;
  label: string;
  values: ValueRowDraft[];
}

let nextKey = 1;
const newKey = () => nextKey++;

export const emptyEnumerationDraft = (): EnumerationDraft => ({ name: '', label: '', values: [] });

export const draftFromEnumeration = (enumeration: Enumeration): EnumerationDraft => ({
  name: enumeration.name,
  label: enumeration.label,
  values: enumeration.values.map((v) => ({ ...v, key: newKey() })),
});

export const enumerationFromDraft = (draft: EnumerationDraft): Enumeration => ({
  name: draft.name,
  label: draft.label,
  values: draft.values.map(({ value, label, enabled }) => ({ value, label, enabled })),
});

export const addRow = (rows: readonly ValueRowDraft[]): ValueRowDraft[] => [
  ...rows,
  { key: newKey(), value: '', label: '', enabled: true },
];

export const removeRow = (rows: readonly ValueRowDraft[], index: number): ValueRowDraft[] =>
  rows.filter((_, i) => i !== index);

/** Moves a row one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveRow(
  rows: readonly ValueRowDraft[],
  index: number,
  delta: -1 | 1,
): ValueRowDraft[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const out = [...rows];
  [out[index], out[target]] = [out[target] as ValueRowDraft, out[index] as ValueRowDraft];
  return out;
}

export const updateRow = (
  rows: readonly ValueRowDraft[],
  index: number,
  change: Partial<Omit<ValueRowDraft, 'key'>>,
): ValueRowDraft[] => rows.map((row, i) => (i === index ? { ...row, ...change } : row));

/** Messages keyed `name`, `label`, `values.N.value`, `values.N.label`: the shared schema's paths. */
export function validateEnumerationDraft(draft: EnumerationDraft): Map<string, string> {
  const parsed = enumerationSchema.safeParse(enumerationFromDraft(draft));
  return parsed.success ? new Map() : messagesByPath(issuesFromZod(parsed.error));
}
