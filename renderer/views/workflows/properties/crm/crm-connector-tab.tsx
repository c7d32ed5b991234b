import { usableFieldNames } from '../../../../../shared/domain/crm';
import { Callout, Spinner } from '@blueprintjs/core';
import { useState } from 'react';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { crmOperations } from '../../../../../shared/domain/workflows/crm-connector-settings';
import { retargetRemoteObject } from '../../../../../shared/domain/workflows/crm-retarget';
import { crmOperationLabels } from '../../../../../shared/domain/workflows/labels';
import { valueOf } from '../../../../stores/crm/loadable';
import type { ActivityEditorProps } from '../activity-editor-props';
import { CheckProperty, SelectProperty, TextProperty } from '../property-fields';
import { useCrmAccounts, useCrmCapabilities, useRemoteObjects } from '../use-lookups';
import { BulkApiSetting } from './bulk-api-setting';
import { ExportMappingGrid } from './export-mapping-grid';
import { ImportFields } from './import-fields';

/** The "CRM Connector" tab: account, type, remote object, then the type's own settings. */
export function CrmConnectorTab({ activity, onChange }: ActivityEditorProps<'crmConnector'>) {
  const accounts = useCrmAccounts();
  const objects = useRemoteObjects(activity.account);
  const capabilities = useCrmCapabilities(activity.account);
  const remoteObjects = (objects && valueOf(objects)) ?? [];
  const remoteObject = remoteObjects.find((o) => o.name === activity.remoteObject);
  const fields = usableFieldNames(remoteObject);
  const set = (patch: Partial<CrmConnectorActivity>) => onChange({ ...activity, ...patch });
  // What the last change of remote object removed, said until the next one.
  const [removed, setRemoved] = useState<{ object: string; settings: string[] } | null>(null);
  const changeObject = (name: string) => {
    const object = remoteObjects.find((o) => o.name === name);
    if (!object) return set({ remoteObject: name });
    const next = retargetRemoteObject(activity, object);
    setRemoved(next.removed.length > 0 ? { object: object.label, settings: next.removed } : null);
    onChange(next.activity);
  };
  return (
    <>
      <TextProperty label="Label" value={activity.label} onChange={(label) => set({ label })} />
      <SelectProperty
        label="External account"
        value={activity.account}
        placeholder="Select an external account."
        choices={(valueOf(accounts) ?? []).map((a) => ({ value: a.name, label: a.label }))}
        onChange={(account) => set({ account, remoteObject: null })}
        invalid={activity.account === null}
      />
      <SelectProperty
        label="Type"
        value={activity.operation}
        choices={crmOperations.map((o) => ({ value: o, label: crmOperationLabels[o] }))}
        onChange={(operation) => set({ operation })}
      />
      <SelectProperty
        label="Remote object"
        value={activity.remoteObject}
        placeholder="Select a remote object."
        choices={remoteObjects.map((o) => ({ value: o.name, label: `${o.label} (${o.name})` }))}
        onChange={changeObject}
        invalid={activity.remoteObject === null}
        help={
          activity.remoteObject === null ? (
            <span data-testid="remote-object-missing">Select a remote object.</span>
          ) : undefined
        }
      />
      {removed && (
        <Callout intent="warning" role="status" data-testid="remote-object-removed">
          Not on {removed.object}, so removed: {removed.settings.join('; ')}.
        </Callout>
      )}
      {objects?.status === 'loading' && (
        <Spinner size={16} aria-label="Loading the remote objects" />
      )}
      {objects?.status === 'failed' && <Callout intent="danger">{objects.error}</Callout>}
      {activity.operation === 'import' && (
        <ImportFields
          activity={activity}
          remoteObject={remoteObject}
          capabilities={capabilities}
          onChange={(v) => set({ import: v })}
        />
      )}
      {activity.operation === 'export' && (
        <>
          <ExportMappingGrid
            value={activity.export.mapping}
            fields={fields}
            onChange={(mapping) => set({ export: { ...activity.export, mapping } })}
          />
          <CheckProperty
            label="Export in Batches"
            checked={activity.export.batches}
            onChange={(batches) => set({ export: { ...activity.export, batches } })}
          />
        </>
      )}
      {(activity.operation === 'import' || activity.operation === 'export') &&
        capabilities?.bulkApi && (
          <BulkApiSetting value={activity.bulk} onChange={(bulk) => set({ bulk })} />
        )}
      {activity.operation === 'importDeleted' && (
        <>
          <TextProperty
            label="Start date"
            value={activity.deleted.start}
            onChange={(start) => set({ deleted: { ...activity.deleted, start } })}
            help="Included. A JavaScript Date, ISO 8601, yyyy.MM.dd or yyyy.MM.dd hh.mm.ss."
          />
          <TextProperty
            label="End date"
            value={activity.deleted.end}
            onChange={(end) => set({ deleted: { ...activity.deleted, end } })}
            help={
              capabilities?.deletedRetentionDays
                ? `Included. The CRM keeps deleted objects ${capabilities.deletedRetentionDays} days: an older start is refused.`
                : 'Included.'
            }
          />
        </>
      )}
      {activity.operation === 'delete' && (
        <TextProperty
          label="Field containing the remote identifier"
          value={activity.deleteIdColumn ?? ''}
          onChange={(v) => set({ deleteIdColumn: v.trim() || null })}
          placeholder="Column of the input, e.g. sfId"
          invalid={activity.deleteIdColumn === null}
        />
      )}
    </>
  );
}
