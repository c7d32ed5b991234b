import { Checkbox, Classes, HTMLTable, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { CrmTableSummary } from '../../../shared/domain/crm';

/** The "Available tables" grid: Table label, Table internal name, Selected. */
export function AvailableTables({
  tables,
  selected,
  lastRun,
  onToggle,
}: {
  tables: readonly CrmTableSummary[];
  selected: ReadonlySet<string>;
  lastRun: ReadonlySet<string>;
  onToggle(table: string, on: boolean): void;
}) {
  const { t } = useTranslation('wizard');
  return (
    <div className="console-wizard-grid">
      <HTMLTable compact striped interactive className="console-table" data-testid="wizard-tables">
        <thead>
          <tr>
            <th>{t('tables.label')}</th>
            <th>{t('tables.name')}</th>
            <th className="console-col-enabled">{t('tables.selected')}</th>
          </tr>
        </thead>
        <tbody>
          {tables.length === 0 && (
            <tr>
              <td colSpan={3} className={Classes.TEXT_MUTED}>
                {t('tables.noMatch')}
              </td>
            </tr>
          )}
          {tables.map((table) => {
            const on = selected.has(table.name);
            return (
              <tr
                key={table.name}
                onClick={() => onToggle(table.name, !on)}
                data-testid="wizard-table-row"
                data-name={table.name}
                data-selected={on}
              >
                <td>
                  {table.label}{' '}
                  {table.custom && (
                    <Tag minimal round>
                      {t('tables.custom')}
                    </Tag>
                  )}{' '}
                  {lastRun.has(table.name) && (
                    <Tag minimal round intent="primary" title={t('tables.lastRunTitle')}>
                      {t('tables.lastRun')}
                    </Tag>
                  )}
                </td>
                <td className="console-mono">{table.name}</td>
                <td className="console-col-enabled" onClick={(e) => e.stopPropagation()}>
                  <Checkbox
                    className="console-inline-checkbox"
                    checked={on}
                    aria-label={t('tables.select', { label: table.label })}
                    onChange={(e) => onToggle(table.name, e.currentTarget.checked)}
                    data-testid="wizard-table-selected"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
    </div>
  );
}
