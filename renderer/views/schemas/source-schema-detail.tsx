import { Button, Callout, Card, Classes, H5, H6, HTMLTable, Intent } from '@blueprintjs/core';
import type { SchemaDetail } from '../../../shared/domain/schemas';
import { PendingSchemaTag } from '../accounts/pending-schema-tag';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

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
  return (
    <Card className="console-detail" data-testid="source-schema-detail" data-status={schema.status}>
      <div className="console-section-header">
        <H5 className="console-detail-title">
          {schema.label}{' '}
          <span className={`${Classes.TEXT_MUTED} console-mono`}>({schema.name})</span>
        </H5>
        <Button variant="minimal" icon="cross" aria-label="Close" title="Close" onClick={onClose} />
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
          This schema is waiting for approval and cannot be used yet. Log off and log on again: the
          log-on approves it and creates its tables in the record store.
          {schema.approvalError && (
            <span className="console-callout-detail" data-testid="source-schema-approval-error">
              The last approval failed: {schema.approvalError}
            </span>
          )}
        </Callout>
      )}
      <dl className="console-facts">
        <dt>External account</dt>
        <dd className="console-mono">{schema.account}</dd>
        <dt>Generated</dt>
        <dd>{when(schema.generatedAt)}</dd>
        <dt>Approved</dt>
        <dd>{when(schema.approvedAt)}</dd>
      </dl>
      <H6>Tables</H6>
      <HTMLTable compact striped className="console-table" data-testid="source-schema-tables">
        <thead>
          <tr>
            <th className="console-col-name">CRM table</th>
            <th>Record-store table</th>
          </tr>
        </thead>
        <tbody>
          {schema.recordTables.map((t) => (
            <tr key={t.crmTable} data-testid="source-schema-table" data-name={t.crmTable}>
              <td className="console-mono">{t.crmTable}</td>
              <td className="console-mono">
                {approved ? (
                  <Button
                    variant="minimal"
                    size="small"
                    intent={Intent.PRIMARY}
                    text={t.table}
                    title="Open its structure and data"
                    onClick={() => onOpenTable(t.table)}
                  />
                ) : (
                  <span className={Classes.TEXT_MUTED}>{t.table} (created at approval)</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <H6 className="console-section-next">Source (XML)</H6>
      <pre className="console-xml" data-testid="source-schema-xml" tabIndex={0}>
        {schema.xml}
      </pre>
    </Card>
  );
}
