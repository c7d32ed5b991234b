import { Button, Classes, HTMLTable } from '@blueprintjs/core';
import type { EnumerationSummary } from '../../../shared/domain/enumerations';

export function EnumerationsTable({
  items,
  openName,
  onOpen,
  onDelete,
}: {
  items: readonly EnumerationSummary[];
  openName: string | null;
  onOpen: (name: string) => void;
  onDelete: (name: string) => void;
}) {
  return (
    <HTMLTable
      interactive
      striped
      compact
      className="console-table"
      data-testid="enumerations-table"
    >
      <thead>
        <tr>
          <th className="console-col-name">Internal name</th>
          <th>Label</th>
          <th className="console-col-count">Values</th>
          <th className="console-col-actions" aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && (
          <tr>
            <td colSpan={4} className={Classes.TEXT_MUTED} data-testid="enumerations-empty">
              No enumerations yet. Click New to create one.
            </td>
          </tr>
        )}
        {items.map((e) => (
          <tr
            key={e.name}
            className={e.name === openName ? 'console-row-open' : undefined}
            onClick={() => onOpen(e.name)}
            data-testid="enumeration-row"
            data-name={e.name}
          >
            <td className="console-mono">{e.name}</td>
            <td>{e.label}</td>
            <td className="console-col-count" data-testid="enumeration-row-count">
              {e.valueCount}
            </td>
            <td className="console-col-actions">
              <Button
                variant="minimal"
                size="small"
                icon="trash"
                aria-label={`Delete ${e.name}`}
                title="Delete"
                onClick={(event) => {
                  event.stopPropagation();
                  onDelete(e.name);
                }}
                data-testid="enumeration-row-delete"
              />
            </td>
          </tr>
        ))}
      </tbody>
    </HTMLTable>
  );
}
