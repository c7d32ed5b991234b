import { Callout, Classes, HTMLTable, Intent, Spinner } from '@blueprintjs/core';
import type { FieldChange, SchemaChanges } from '../../../shared/domain/schemas';
import type { Loadable } from '../../stores/crm/loadable';

const describeField = (f: FieldChange) => {
  if (f.change === 'retyped') return `${f.field}: ${f.from ?? '?'} → ${f.to ?? '?'}`;
  const type = f.change === 'added' ? f.to : f.from;
  return `${f.field} ${f.change}${type ? ` (${type})` : ''}`;
};

const isEmpty = (c: SchemaChanges) =>
  c.addedTables.length === 0 && c.removedTables.length === 0 && c.changedTables.length === 0;

/** What regenerating the schema changes against the last run: tables and fields. */
export function SchemaChangesPanel({ load }: { load: Loadable<SchemaChanges> }) {
  if (load.status === 'idle') return null;
  if (load.status === 'loading')
    return (
      <div className="console-wizard-note" data-testid="wizard-changes" data-state="loading">
        <Spinner size={16} /> Comparing the selection with the schema of the last run...
      </div>
    );
  if (load.status === 'failed')
    return (
      <Callout
        intent={Intent.DANGER}
        title="The changes could not be read"
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
        No changes since the last run: the schema will be generated again as it is.
      </Callout>
    );
  return (
    <Callout
      intent={Intent.WARNING}
      icon="changes"
      title="Changes since the last run"
      data-testid="wizard-changes"
      data-state="ready"
    >
      <HTMLTable compact className="console-changes-table">
        <tbody>
          {changes.addedTables.map((t) => (
            <tr key={`+${t}`} data-testid="wizard-change">
              <td className="console-mono">{t}</td>
              <td>Table added</td>
            </tr>
          ))}
          {changes.removedTables.map((t) => (
            <tr key={`-${t}`} data-testid="wizard-change">
              <td className="console-mono">{t}</td>
              <td>Table removed from the schema</td>
            </tr>
          ))}
          {changes.changedTables.map((t) => (
            <tr key={`~${t.table}`} data-testid="wizard-change">
              <td className="console-mono">{t.table}</td>
              <td>
                {t.fields.map((f) => (
                  <div
                    key={f.field}
                    className={f.change === 'removed' ? Classes.TEXT_MUTED : undefined}
                  >
                    {describeField(f)}
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
