import { Icon, Menu, MenuDivider, MenuItem } from '@blueprintjs/core';
import { ColumnHeaderCell } from '@blueprintjs/table';
import { useTranslation } from 'react-i18next';
import type { ColumnDefinition } from '../../../shared/domain/records';
import { useRecords } from '../../stores/stores-context';

/**
 * A column's header: its label with the sort arrow, and a menu to sort or hide it. Both read
 * the sort from the store themselves, so a sort does not make the whole table redraw.
 */
export function renderColumnHeader(column: ColumnDefinition, canHide: boolean) {
  return (
    <ColumnHeaderCell
      name={column.label}
      // The menu sorts or hides; selecting the column's cells as well would only distract.
      selectCellsOnMenuClick={false}
      nameRenderer={(name) => <HeaderName column={column} name={name} />}
      menuRenderer={() => <ColumnMenu column={column} canHide={canHide} />}
    />
  );
}

function HeaderName({ column, name }: { column: ColumnDefinition; name: string }) {
  const sort = useRecords((s) => (s.sort?.column === column.name ? s.sort : null));
  return (
    <span
      className="console-grid-header"
      title={`${name} (${column.name})`}
      data-testid={`grid-header-${column.name}`}
      data-sort={sort ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <span className="console-grid-header-name">{name}</span>
      {sort && (
        <Icon
          icon={sort.descending ? 'arrow-down' : 'arrow-up'}
          size={12}
          className="console-grid-sort-icon"
        />
      )}
    </span>
  );
}

function ColumnMenu({ column, canHide }: { column: ColumnDefinition; canHide: boolean }) {
  const sort = useRecords((s) => (s.sort?.column === column.name ? s.sort : null));
  const sortBy = useRecords((s) => s.sortBy);
  const setColumnVisible = useRecords((s) => s.setColumnVisible);
  const { t } = useTranslation('records');
  return (
    <Menu>
      <MenuItem
        icon="sort-asc"
        text={t('columns.sortAscending')}
        active={sort?.descending === false}
        onClick={() => sortBy({ column: column.name, descending: false })}
      />
      <MenuItem
        icon="sort-desc"
        text={t('columns.sortDescending')}
        active={sort?.descending === true}
        onClick={() => sortBy({ column: column.name, descending: true })}
      />
      {sort && (
        <MenuItem icon="cross" text={t('columns.removeSort')} onClick={() => sortBy(null)} />
      )}
      <MenuDivider />
      <MenuItem
        icon="eye-off"
        text={t('columns.hide')}
        disabled={!canHide}
        onClick={() => setColumnVisible(column.name, false)}
      />
    </Menu>
  );
}
