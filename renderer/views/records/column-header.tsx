import { Icon, Menu, MenuDivider, MenuItem, PopoverNext } from '@blueprintjs/core';
import { ColumnHeaderCell } from '@blueprintjs/table';
import * as TableClasses from '@blueprintjs/table/lib/esm/common/classes';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDefinition } from '../../../shared/domain/records';
import { useRecords } from '../../stores/stores-context';
import { headerKeys, useHeaderFocus, type HeaderKey } from './header-focus';

/**
 * A column's header: a button with its label and sort arrow that opens a menu to sort or hide
 * the column, by mouse or keyboard. Both read the sort from the store themselves, so a sort
 * does not make the whole table redraw.
 */
export function renderColumnHeader(column: ColumnDefinition, canHide: boolean) {
  return (
    <ColumnHeaderCell
      name={column.label}
      nameRenderer={(name) => <HeaderButton column={column} name={name} canHide={canHide} />}
    />
  );
}

type Sort = 'ascending' | 'descending' | 'none';

function HeaderButton({
  column,
  name,
  canHide,
}: {
  column: ColumnDefinition;
  name: string;
  canHide: boolean;
}) {
  const sorted = useRecords((s) => (s.sort?.column === column.name ? s.sort : null));
  const sort: Sort = sorted ? (sorted.descending ? 'descending' : 'ascending') : 'none';
  const focus = useHeaderFocus();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLUListElement | null>(null);
  // Blueprint draws each header twice; the copy under the top quadrant is never a stop.
  const [shown, setShown] = useState(false);
  useLayoutEffect(() => {
    setShown(button.current?.closest(`.${TableClasses.TABLE_QUADRANT_TOP}`) != null);
  }, []);
  const pending = shown && focus?.pending === column.name;
  useEffect(() => {
    if (pending) button.current?.focus();
  }, [pending]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
    } else if (headerKeys.includes(event.key)) {
      event.preventDefault();
      focus?.move(column.name, event.key as HeaderKey);
    }
  };

  return (
    <span
      role={shown ? 'columnheader' : undefined}
      aria-sort={shown ? sort : undefined}
      className="console-grid-header-cell"
    >
      <PopoverNext
        isOpen={open}
        onInteraction={setOpen}
        placement="bottom-start"
        shouldReturnFocusOnClose
        onOpened={() => firstItem(menu.current)?.focus()}
        content={<ColumnMenu column={column} canHide={canHide} sort={sorted} menuRef={menu} />}
        renderTarget={({ isOpen, ref, onKeyDown: popoverKeys, ...targetProps }) => (
          <button
            {...targetProps}
            ref={(element) => {
              button.current = element;
              if (typeof ref === 'function') ref(element);
              else if (ref) ref.current = element;
            }}
            type="button"
            className={`console-grid-header ${targetProps.className ?? ''}`}
            tabIndex={shown && focus?.current === column.name ? 0 : -1}
            aria-expanded={isOpen}
            title={`${name} (${column.name})`}
            data-testid={`grid-header-${column.name}`}
            data-sort={sort}
            onFocus={() => shown && focus?.took(column.name)}
            onKeyDown={(event) => {
              popoverKeys?.(event);
              onKeyDown(event);
            }}
          >
            <span className="console-grid-header-name">{name}</span>
            {sorted && (
              <Icon
                icon={sorted.descending ? 'arrow-down' : 'arrow-up'}
                size={12}
                className="console-grid-sort-icon"
              />
            )}
            <Icon icon="chevron-down" size={12} className="console-grid-header-menu-icon" />
          </button>
        )}
      />
    </span>
  );
}

const items = (menu: HTMLElement | null) =>
  [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].filter(
    (item) => item.getAttribute('aria-disabled') !== 'true',
  );
const firstItem = (menu: HTMLElement | null) => items(menu)[0];

/** Up and Down move between the menu's items, as in any menu; Enter and Space choose. */
function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const all = items(event.currentTarget);
  const at = all.findIndex((item) => item === document.activeElement);
  const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
  all[(next + all.length) % all.length]?.focus();
}

function ColumnMenu({
  column,
  canHide,
  sort,
  menuRef,
}: {
  column: ColumnDefinition;
  canHide: boolean;
  sort: { descending: boolean } | null;
  menuRef: React.RefObject<HTMLUListElement | null>;
}) {
  const sortBy = useRecords((s) => s.sortBy);
  const setColumnVisible = useRecords((s) => s.setColumnVisible);
  const { t } = useTranslation('records');
  return (
    <Menu
      ulRef={menuRef}
      onKeyDown={onMenuKeyDown}
      aria-label={t('columns.menu', { column: column.label })}
    >
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
