import { usableFieldNames } from '../../../../../shared/domain/crm';
import { Callout, Spinner } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { crmOperations } from '../../../../../shared/domain/workflows/crm-connector-settings';
import { retargetRemoteObject } from '../../../../../shared/domain/workflows/crm-retarget';
import { valueOf } from '../../../../stores/crm/loadable';
import { crmOperationLabel } from '../../../../stores/workflows/workflow-labels';
import type { ActivityEditorProps } from '../activity-editor-props';
import { CheckProperty, SelectProperty, TextProperty } from '../property-fields';
import { useCrmAccounts, useCrmCapabilities, useRemoteObjects } from '../use-lookups';
import { ExportMappingGrid } from './export-mapping-grid';
import { ImportFields } from './import-fields';

/** The "CRM Connector" tab: account, type, remote object, then the type's own settings. */
export function CrmConnectorTab({ activity, onChange }: ActivityEditorProps<'crmConnector'>) {
  const { t } = useTranslation('workflows');
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
      <TextProperty
        label={t('properties.label')}
        value={activity.label}
        onChange={(label) => set({ label })}
      />
      <SelectProperty
        label={t('crm.account')}
        value={activity.account}
        placeholder={t('crm.accountPlaceholder')}
        choices={(valueOf(accounts) ?? []).map((a) => ({ value: a.name, label: a.label }))}
        onChange={(account) => set({ account, remoteObject: null })}
        invalid={activity.account === null}
      />
      <SelectProperty
        label={t('crm.type')}
        value={activity.operation}
        choices={crmOperations.map((o) => ({ value: o, label: crmOperationLabel(o) }))}
        onChange={(operation) => set({ operation })}
      />
      <SelectProperty
        label={t('crm.object')}
        value={activity.remoteObject}
        placeholder={t('crm.objectPlaceholder')}
        choices={remoteObjects.map((o) => ({ value: o.name, label: `${o.label} (${o.name})` }))}
        onChange={changeObject}
        invalid={activity.remoteObject === null}
        help={
          activity.remoteObject === null ? (
            <span data-testid="remote-object-missing">{t('crm.objectPlaceholder')}</span>
          ) : undefined
        }
      />
      {removed && (
        <Callout intent="warning" role="status" data-testid="remote-object-removed">
          {t('crm.removed', { object: removed.object, settings: removed.settings.join('; ') })}
        </Callout>
      )}
      {objects?.status === 'loading' && <Spinner size={16} aria-label={t('crm.loadingObjects')} />}
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
            label={t('crm.batches')}
            checked={activity.export.batches}
            onChange={(batches) => set({ export: { ...activity.export, batches } })}
          />
        </>
      )}
      {activity.operation === 'importDeleted' && (
        <>
          <TextProperty
            label={t('crm.deletedStart')}
            value={activity.deleted.start}
            onChange={(start) => set({ deleted: { ...activity.deleted, start } })}
            help={t('crm.deletedStartHelp')}
          />
          <TextProperty
            label={t('crm.deletedEnd')}
            value={activity.deleted.end}
            onChange={(end) => set({ deleted: { ...activity.deleted, end } })}
            help={
              capabilities?.deletedRetentionDays
                ? t('crm.deletedEndRetention', { count: capabilities.deletedRetentionDays })
                : t('crm.deletedEndHelp')
            }
          />
        </>
      )}
      {activity.operation === 'delete' && (
        <TextProperty
          label={t('crm.remoteIdColumn')}
          value={activity.deleteIdColumn ?? ''}
          onChange={(v) => set({ deleteIdColumn: v.trim() || null })}
          placeholder={t('crm.remoteIdPlaceholder')}
          invalid={activity.deleteIdColumn === null}
        />
      )}
    </>
  );
}
