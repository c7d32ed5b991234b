import { HTMLTable, Icon, Tooltip } from '@blueprintjs/core';
import type { TableDefinition } from '../../../shared/domain/records';

/** The Structure tab: one line per column, the primary key marked. */
export function SchemaStructure({ definition }: { definition: TableDefinition }) {
  const unique = new Set(definition.uniqueKeys.flat());
  return (
    <HTMLTable compact striped className="console-table" data-testid="schema-structure">
      <thead>
        <tr>
          <th className="console-col-key" aria-label="Key" />
          <th>Label</th>
          <th className="console-col-name">Internal name</th>
          <th className="console-col-type">Type</th>
          <th className="console-col-count">Length</th>
          <th>Enumeration</th>
        </tr>
      </thead>
      <tbody>
        {definition.columns.map((c) => {
          const isKey = definition.key.includes(c.name);
          return (
            <tr key={c.name} data-testid="structure-row" data-name={c.name} data-key={isKey}>
              <td className="console-col-key">
                {isKey && (
                  <Tooltip content="Primary key">
                    <Icon icon="key" intent="warning" aria-label="Primary key" />
                  </Tooltip>
                )}
                {!isKey && unique.has(c.name) && (
                  <Tooltip content="Unique key">
                    <Icon icon="key" className="console-muted-icon" aria-label="Unique key" />
                  </Tooltip>
                )}
              </td>
              <td>{c.label}</td>
              <td className="console-mono">{c.name}</td>
              <td className="console-mono">{c.type}</td>
              <td className="console-col-count">{c.length ?? ''}</td>
              <td className="console-mono">{c.enumeration ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </HTMLTable>
  );
}
