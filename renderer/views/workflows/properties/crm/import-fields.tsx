import { AnchorButton, Callout, Radio, RadioGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CrmCapabilitiesView,
  type CrmTableDescription,
  usableFieldNames,
} from '../../../../../shared/domain/crm';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { useSession } from '../../../../stores/stores-context';
import { messageText } from '../../../../i18n/message-text';
import { CheckProperty, TextProperty } from '../property-fields';
import { AutomaticIndexDialog } from './automatic-index-dialog';
import { CrmFilterDialog } from './crm-filter-dialog';
import { describeCrmFilter } from './crm-filter-tree';
import { OrderByGrid } from './order-by-grid';
import { RemoteFieldsGrid } from './remote-fields-grid';

type Import = CrmConnectorActivity['import'];

/** Import from CRM: record identification, remote fields, index, filter, order, queryAll. */
export function ImportFields({
  activity,
  remoteObject,
  capabilities,
  onChange,
}: {
  activity: CrmConnectorActivity;
  remoteObject: CrmTableDescription | undefined;
  /** Order by and Query for all elements show only where the CRM allows them. */
  capabilities: CrmCapabilitiesView | undefined;
  onChange(value: Import): void;
}) {
  const { t } = useTranslation('workflows');
  const value = activity.import;
  const instance = useSession((s) => s.status?.instance?.internalName ?? 'instance');
  const [dialog, setDialog] = useState<'index' | 'filter' | null>(null);
  const fields = usableFieldNames(remoteObject);
  const upstream = value.identification === 'upstream';
  const limitation = capabilities?.sortOrFilterOnly ?? null;
  const indexField =
    value.automaticIndex.indexField ??
    remoteObject?.modifiedFields[0] ??
    t('import.modificationDate');
  const sortsAndFilters =
    value.orderBy.length > 0 && (value.filter !== null || value.automaticIndex.enabled);
  return (
    <>
      <RadioGroup
        label={t('import.identification')}
        selectedValue={value.identification}
        onChange={(e) =>
          onChange({
            ...value,
            identification: e.currentTarget.value === 'upstream' ? 'upstream' : 'filter',
          })
        }
      >
        <Radio value="filter" label={t('import.byFilter')} />
        <Radio value="upstream" label={t('import.upstream')} />
      </RadioGroup>
      {upstream && (
        <TextProperty
          label={t('crm.remoteIdColumn')}
          value={value.remoteIdColumn ?? ''}
          onChange={(v) => onChange({ ...value, remoteIdColumn: v.trim() || null })}
          placeholder={t('crm.remoteIdPlaceholder')}
          invalid={value.remoteIdColumn === null}
        />
      )}
      <RemoteFieldsGrid
        value={value.fields}
        fields={fields}
        onChange={(f) => onChange({ ...value, fields: f })}
      />
      {!upstream && (
        <>
          <div className="workflow-links">
            <AnchorButton
              variant="minimal"
              icon="key"
              text={t('import.useIndex')}
              onClick={() => setDialog('index')}
            />
            <span className="workflow-muted" data-testid="automatic-index-summary">
              {value.automaticIndex.enabled
                ? t('import.indexOn', { field: indexField })
                : t('import.noIndex')}
            </span>
          </div>
          <div className="workflow-links">
            <AnchorButton
              variant="minimal"
              icon="filter"
              text={t('import.editFilter')}
              disabled={!remoteObject || !activity.account}
              onClick={() => setDialog('filter')}
            />
            <span className="workflow-muted" data-testid="crm-filter-description">
              {describeCrmFilter(value.filter)}
            </span>
          </div>
          {(capabilities?.orderBy || value.orderBy.length > 0) && (
            <OrderByGrid
              value={value.orderBy}
              fields={fields}
              onChange={(orderBy) => onChange({ ...value, orderBy })}
            />
          )}
          {limitation && sortsAndFilters && (
            <Callout intent="danger" role="alert" title={t('import.sortOrFilter')}>
              {t('import.sortOrFilterText', { limitation: messageText(limitation) })}
            </Callout>
          )}
        </>
      )}
      {(capabilities?.queryAll || value.queryAll) && (
        <CheckProperty
          label={t('import.queryAll')}
          checked={value.queryAll}
          onChange={(queryAll) => onChange({ ...value, queryAll })}
        />
      )}
      {dialog === 'index' && (
        <AutomaticIndexDialog
          value={value.automaticIndex}
          activityId={activity.id}
          instance={instance}
          remoteObject={remoteObject}
          onClose={() => setDialog(null)}
          onApply={(automaticIndex) => {
            onChange({ ...value, automaticIndex });
            setDialog(null);
          }}
        />
      )}
      {dialog === 'filter' && remoteObject && activity.account && (
        <CrmFilterDialog
          account={activity.account}
          remoteObject={remoteObject}
          filter={value.filter}
          onClose={() => setDialog(null)}
          onApply={(filter) => {
            onChange({ ...value, filter });
            setDialog(null);
          }}
        />
      )}
    </>
  );
}
