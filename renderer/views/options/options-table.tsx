import { Button, Classes, HTMLTable } from '@blueprintjs/core';
import { optionTypeLabels, type Option } from '../../../shared/domain/options';

export function OptionsTable({
  items,
  openName,
  onOpen,
  onDelete,
}: {
  items: readonly Option[];
  /** The option shown in the form, highlighted in the list. */
  openName: string | null;
  onOpen: (name: string) => void;
  onDelete: (name: string) => void;
}) {
  return (
    <HTMLTable interactive striped compact className="console-table" data-testid="options-table">
      <thead>
        <tr>
          <th className="console-col-name">Internal name</th>
          <th>Label</th>
          <th className="console-col-type">Type</th>
          <th>Value</th>
          <th className="console-col-actions" aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && (
          <tr>
            <td colSpan={5} className={Classes.TEXT_MUTED} data-testid="options-empty">
              No options yet. Click New to create one.
            </td>
          </tr>
        )}
        {items.map((option) => (
          <tr
            key={option.name}
            className={option.name === openName ? 'console-row-open' : undefined}
            onClick={() => onOpen(option.name)}
            data-testid="option-row"
            data-name={option.name}
          >
            <td className="console-mono">{option.name}</td>
            <td>{option.label}</td>
            <td>{optionTypeLabels[option.type]}</td>
            <td className="console-mono console-cell-value">{option.value}</td>
            <td className="console-col-actions">
              <Button
                variant="minimal"
                size="small"
                icon="trash"
                aria-label={`Delete ${option.name}`}
                title="Delete"
                onClick={(event) => {
                  event.stopPropagation();
                  onDelete(option.name);
                }}
                data-testid="option-row-delete"
              />
            </td>
          </tr>
        ))}
      </tbody>
    </HTMLTable>
  );
}
