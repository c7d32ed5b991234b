import type { CrmField, CrmTableDescription } from '../../../shared/domain/crm';
import type { FieldChange, SchemaChanges } from '../../../shared/domain/schemas';

const typeOf = (f: CrmField) =>
  f.type === null
    ? `${f.crmType} (unused)`
    : f.type === 'string'
      ? `string(${f.length ?? 255})`
      : f.type;

/** What regenerating the schema from `next` changes against the tables generated last time. */
export function schemaChanges(
  previous: readonly CrmTableDescription[],
  next: readonly CrmTableDescription[],
): SchemaChanges {
  const before = new Map(previous.map((t) => [t.name, t]));
  const after = new Map(next.map((t) => [t.name, t]));
  const changedTables: SchemaChanges['changedTables'] = [];
  for (const table of next) {
    const old = before.get(table.name);
    if (!old) continue;
    const oldFields = new Map(old.fields.map((f) => [f.name, f]));
    const newFields = new Map(table.fields.map((f) => [f.name, f]));
    const fields: FieldChange[] = [];
    for (const f of table.fields) {
      const was = oldFields.get(f.name);
      if (!was) fields.push({ field: f.name, change: 'added', to: typeOf(f) });
      else if (typeOf(was) !== typeOf(f))
        fields.push({ field: f.name, change: 'retyped', from: typeOf(was), to: typeOf(f) });
    }
    for (const f of old.fields)
      if (!newFields.has(f.name))
        fields.push({ field: f.name, change: 'removed', from: typeOf(f) });
    if (fields.length) changedTables.push({ table: table.name, fields });
  }
  return {
    addedTables: next.filter((t) => !before.has(t.name)).map((t) => t.name),
    removedTables: previous.filter((t) => !after.has(t.name)).map((t) => t.name),
    changedTables,
  };
}
