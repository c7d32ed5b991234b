import { Button, Classes, HTMLTable } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface CollectionColumn<T> {
  header: string;
  headerClassName?: string;
  cellClassName?: string;
  cellTestId?: string;
  render(item: T): ReactNode;
}

export interface CollectionTableTestIds {
  table: string;
  empty: string;
  row: string;
  /** The row's delete button; without it the rows have none (read-only lists). */
  rowDelete?: string;
}

/** The list of a list-and-detail view: a click opens the row below, the bin asks to delete it. */
export function CollectionTable<T extends { name: string }>({
  items,
  columns,
  openName,
  onOpen,
  onDelete,
  emptyText,
  testIds,
}: {
  items: readonly T[];
  columns: readonly CollectionColumn<T>[];
  /** The record shown in the detail, highlighted in the list. */
  openName: string | null;
  onOpen: (name: string) => void;
  onDelete?: (name: string) => void;
  emptyText: string;
  testIds: CollectionTableTestIds;
}) {
  const { rowDelete } = testIds;
  const { t } = useTranslation(['records', 'common']);
  const deletable = Boolean(onDelete && rowDelete);
  const span = columns.length + (deletable ? 1 : 0);
  return (
    <HTMLTable interactive striped compact className="console-table" data-testid={testIds.table}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} className={c.headerClassName}>
              {c.header}
            </th>
          ))}
          {deletable && <th className="console-col-actions" aria-label={t('collection.actions')} />}
        </tr>
      </thead>
      <tbody>
        {items.length === 0 && (
          <tr>
            <td colSpan={span} className={Classes.TEXT_MUTED} data-testid={testIds.empty}>
              {emptyText}
            </td>
          </tr>
        )}
        {items.map((item) => (
          <tr
            key={item.name}
            className={item.name === openName ? 'console-row-open' : undefined}
            onClick={() => onOpen(item.name)}
            data-testid={testIds.row}
            data-name={item.name}
          >
            {columns.map((c) => (
              <td key={c.header} className={c.cellClassName} data-testid={c.cellTestId}>
                {c.render(item)}
              </td>
            ))}
            {deletable && (
              <td className="console-col-actions">
                <Button
                  variant="minimal"
                  size="small"
                  icon="trash"
                  aria-label={t('collection.deleteRow', { name: item.name })}
                  title={t('common:delete')}
                  onClick={(event) => {
                    event.stopPropagation();
                    onDelete?.(item.name);
                  }}
                  data-testid={rowDelete}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </HTMLTable>
  );
}
