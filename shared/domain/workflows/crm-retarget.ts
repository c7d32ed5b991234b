import { usableFieldNames, type CrmTableDescription } from '../crm';
import type { CrmFilterNode } from '../crm-filter';
import type { CrmConnectorActivity } from './activity-settings';

/** A CRM connector activity moved to another remote object, and what did not follow it. */
export interface Retargeted {
  activity: CrmConnectorActivity;
  /** One phrase per setting removed because the new object lacks its field. */
  removed: string[];
}

function filterFields(node: CrmFilterNode): string[] {
  return node.kind === 'level'
    ? node.lines.flatMap((line) => filterFields(line.node))
    : [node.left.trim()];
}

const listed = (names: readonly string[]) => names.map((n) => `'${n}'`).join(', ');

/**
 * Points the activity at another remote object, keeping every field setting the object also
 * has (and can use: not a field the wizard skipped) and removing the others (imported fields, Order by, the filter, the index field, export
 * mapping lines), so that no setting names a field the object does not have.
 */
export function retargetRemoteObject(
  activity: CrmConnectorActivity,
  object: CrmTableDescription,
): Retargeted {
  const has = new Set(usableFieldNames(object));
  const removed: string[] = [];
  const { import: settings, export: exported } = activity;

  const fields = settings.fields.filter((f) => has.has(f.remote));
  const lostFields = settings.fields.filter((f) => !has.has(f.remote)).map((f) => f.remote);
  if (lostFields.length > 0) removed.push(`imported fields ${listed(lostFields)}`);

  const orderBy = settings.orderBy.filter((o) => has.has(o.field));
  const lostOrder = settings.orderBy.filter((o) => !has.has(o.field)).map((o) => o.field);
  if (lostOrder.length > 0) removed.push(`Order by ${listed(lostOrder)}`);

  const unknownInFilter = settings.filter
    ? [...new Set(filterFields(settings.filter))].filter((f) => !has.has(f))
    : [];
  if (unknownInFilter.length > 0)
    removed.push(`the filter (it compares ${listed(unknownInFilter)})`);

  const indexField = settings.automaticIndex.indexField;
  const keepIndex = indexField === null || has.has(indexField);
  if (!keepIndex) removed.push(`the index field '${indexField}'`);

  const mapping = exported.mapping.filter((m) => has.has(m.remote));
  const lostMapping = exported.mapping.filter((m) => !has.has(m.remote)).map((m) => m.remote);
  if (lostMapping.length > 0) removed.push(`export mapping to ${listed(lostMapping)}`);

  return {
    activity: {
      ...activity,
      remoteObject: object.name,
      import: {
        ...settings,
        fields,
        orderBy,
        filter: unknownInFilter.length > 0 ? null : settings.filter,
        automaticIndex: {
          ...settings.automaticIndex,
          indexField: keepIndex ? indexField : null,
        },
      },
      export: { ...exported, mapping },
    },
    removed,
  };
}
