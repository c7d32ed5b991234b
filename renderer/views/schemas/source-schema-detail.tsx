import { Button, Callout, Card, Classes, H5, H6, HTMLTable, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SchemaDetail } from '../../../shared/domain/schemas';
import { formatDateTime } from '../../i18n/formats';
import { PendingSchemaTag } from '../accounts/pending-schema-tag';

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');

/** A source schema: its status, its tables (CRM table → record-store table) and its XML. */
export function SourceSchemaDetail({
  schema,
  onClose,
  onOpenTable,
}: {
  schema: SchemaDetail;
  onClose(): void;
  onOpenTable(table: string): void;
}) {
  const approved = schema.status === 'approved';
  const { t } = useTranslation(['schemas', 'accounts', 'common']);
  return (
    <Card className="console-detail" data-testid="source-schema-detail" data-status={schema.status}>
      <div className="console-section-header">
        <H5 className="console-detail-title">
          {schema.label}{' '}
          <span className={`${Classes.TEXT_MUTED} console-mono`}>({schema.name})</span>
        </H5>
        <Button
          variant="minimal"
          icon="cross"
          aria-label={t('common:close')}
          title={t('common:close')}
          onClick={onClose}
        />
      </div>
      <p>
        <PendingSchemaTag schema={schema} showApproved />
      </p>
      {!approved && (
        <Callout
          intent={Intent.WARNING}
          icon="time"
          className="console-callout"
          data-testid="source-schema-pending"
        >
          {t('source.pendingNote')}
          {schema.approvalError && (
            <span className="console-callout-detail" data-testid="source-schema-approval-error">
              {t('accounts:pending.lastApprovalFailed', { error: schema.approvalError })}
            </span>
          )}
        </Callout>
      )}
      <dl className="console-facts">
        <dt>{t('source.account')}</dt>
        <dd className="console-mono">{schema.account}</dd>
        <dt>{t('source.generated')}</dt>
        <dd>{when(schema.generatedAt)}</dd>
        <dt>{t('source.approved')}</dt>
        <dd>{when(schema.approvedAt)}</dd>
      </dl>
      <H6>{t('source.tables')}</H6>
      <HTMLTable compact striped className="console-table" data-testid="source-schema-tables">
        <thead>
          <tr>
            <th className="console-col-name">{t('source.crmTable')}</th>
            <th>{t('source.recordTable')}</th>
          </tr>
        </thead>
        <tbody>
          {schema.recordTables.map((table) => (
            <tr key={table.crmTable} data-testid="source-schema-table" data-name={table.crmTable}>
              <td className="console-mono">{table.crmTable}</td>
              <td className="console-mono">
                {approved ? (
                  <Button
                    variant="minimal"
                    size="small"
                    intent={Intent.PRIMARY}
                    text={table.table}
                    title={t('source.openTable')}
                    onClick={() => onOpenTable(table.table)}
                  />
                ) : (
                  <span className={Classes.TEXT_MUTED}>
                    {t('source.createdAtApproval', { table: table.table })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <H6 className="console-section-next">{t('source.xml')}</H6>
      <pre className="console-xml" data-testid="source-schema-xml" tabIndex={0}>
        {schema.xml}
      </pre>
    </Card>
  );
}
