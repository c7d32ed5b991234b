import { Callout, Classes, HTMLTable, Intent, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SyncPreview, SyncRow } from '../../../shared/domain/enumeration-sync';
import { messageText } from '../../i18n/message-text';

function Values({
  values,
  intent,
  testId,
}: {
  values: readonly string[];
  intent: Intent;
  testId: string;
}) {
  if (values.length === 0)
    return (
      <span className={Classes.TEXT_MUTED} data-testid={testId}>
        —
      </span>
    );
  return (
    <span className="console-value-tags" data-testid={testId}>
      {values.map((v) => (
        <Tag key={v} minimal intent={intent} data-testid="sync-value">
          {v}
        </Tag>
      ))}
    </span>
  );
}

/** What Start will do (or did) to each enumeration: values added, kept and removed. */
export function SyncPreviewTable({
  preview,
  rows,
  applied,
}: {
  preview: readonly SyncPreview[];
  rows: readonly SyncRow[];
  /** Start has run: the plan is what was done. */
  applied: boolean;
}) {
  const { t } = useTranslation('enumerations');
  const labelOf = (id: string) => rows.find((r) => r.id === id)?.crmEnumeration ?? id;
  const warnings = applied ? [] : preview.flatMap((p) => p.warnings);
  return (
    <>
      {warnings.length > 0 && (
        <Callout
          intent={Intent.WARNING}
          title={t('sync.checkBeforeStart')}
          data-testid="sync-warnings"
        >
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{messageText(w)}</li>
            ))}
          </ul>
        </Callout>
      )}
      <HTMLTable
        compact
        striped
        className="console-table console-sync-table"
        data-testid="sync-preview"
      >
        <thead>
          <tr>
            <th className="console-col-crm">{t('sync.crmEnumeration')}</th>
            <th className="console-col-target">{t('sync.campaignEnumeration')}</th>
            <th>{t('sync.added')}</th>
            <th>{t('sync.kept')}</th>
            <th>{t('sync.removed')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.map((p) => (
            <tr key={p.id} data-testid="sync-preview-row" data-id={p.id} data-target={p.target}>
              <td>{labelOf(p.id)}</td>
              <td>
                <span className="console-mono">{p.target}</span>{' '}
                <Tag minimal intent={p.creates ? Intent.SUCCESS : Intent.PRIMARY}>
                  {p.creates ? (applied ? t('sync.created') : t('sync.new')) : t('sync.existing')}
                </Tag>
              </td>
              <td>
                <Values values={p.added} intent={Intent.SUCCESS} testId="sync-preview-added" />
              </td>
              <td>
                <Values values={p.kept} intent={Intent.NONE} testId="sync-preview-kept" />
              </td>
              <td>
                <Values values={p.removed} intent={Intent.DANGER} testId="sync-preview-removed" />
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </>
  );
}
