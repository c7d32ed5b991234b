import { Callout, Classes, HTMLTable, Intent, Spinner } from '@blueprintjs/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldChange, SchemaChanges } from '../../../shared/domain/schemas';
import type { Loadable } from '../../stores/crm/loadable';

function describeField(t: TFunction<'wizard'>, f: FieldChange): string {
  const field = f.field;
  if (f.change === 'retyped')
    return t('changes.fieldRetyped', { field, from: f.from ?? '?', to: f.to ?? '?' });
  if (f.change === 'added')
    return f.to
      ? t('changes.fieldAddedTyped', { field, type: f.to })
      : t('changes.fieldAdded', { field });
  return f.from
    ? t('changes.fieldRemovedTyped', { field, type: f.from })
    : t('changes.fieldRemoved', { field });
}

const isEmpty = (c: SchemaChanges) =>
  c.addedTables.length === 0 && c.removedTables.length === 0 && c.changedTables.length === 0;

/** What regenerating the schema changes against the last run: tables and fields. */
export function SchemaChangesPanel({ load }: { load: Loadable<SchemaChanges> }) {
  const { t } = useTranslation('wizard');
  if (load.status === 'idle') return null;
  if (load.status === 'loading')
    return (
      <div className="console-wizard-note" data-testid="wizard-changes" data-state="loading">
        <Spinner size={16} /> {t('changes.comparing')}
      </div>
    );
  if (load.status === 'failed')
    return (
      <Callout
        intent={Intent.DANGER}
        title={t('changes.unreadable')}
        data-testid="wizard-changes"
        data-state="failed"
      >
        {load.error}
      </Callout>
    );
  const changes = load.value;
  if (isEmpty(changes))
    return (
      <Callout intent={Intent.SUCCESS} icon="tick" data-testid="wizard-changes" data-state="ready">
        {t('changes.none')}
      </Callout>
    );
  return (
    <Callout
      intent={Intent.WARNING}
      icon="changes"
      title={t('changes.title')}
      data-testid="wizard-changes"
      data-state="ready"
    >
      <HTMLTable compact className="console-changes-table">
        <tbody>
          {changes.addedTables.map((table) => (
            <tr key={`+${table}`} data-testid="wizard-change">
              <td className="console-mono">{table}</td>
              <td>{t('changes.tableAdded')}</td>
            </tr>
          ))}
          {changes.removedTables.map((table) => (
            <tr key={`-${table}`} data-testid="wizard-change">
              <td className="console-mono">{table}</td>
              <td>{t('changes.tableRemoved')}</td>
            </tr>
          ))}
          {changes.changedTables.map((table) => (
            <tr key={`~${table.table}`} data-testid="wizard-change">
              <td className="console-mono">{table.table}</td>
              <td>
                {table.fields.map((f) => (
                  <div
                    key={f.field}
                    className={f.change === 'removed' ? Classes.TEXT_MUTED : undefined}
                  >
                    {describeField(t, f)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </Callout>
  );
}
