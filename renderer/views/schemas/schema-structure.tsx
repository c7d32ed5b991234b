import { HTMLTable, Icon, Tooltip } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { TableDefinition } from '../../../shared/domain/records';

/** The Structure tab: one line per column, the primary key marked. */
export function SchemaStructure({ definition }: { definition: TableDefinition }) {
  const unique = new Set(definition.uniqueKeys.flat());
  const { t } = useTranslation('schemas');
  return (
    <HTMLTable compact striped className="console-table" data-testid="schema-structure">
      <thead>
        <tr>
          <th className="console-col-key" aria-label={t('columns.key')} />
          <th>{t('columns.label')}</th>
          <th className="console-col-name">{t('columns.name')}</th>
          <th className="console-col-type">{t('columns.type')}</th>
          <th className="console-col-count">{t('columns.length')}</th>
          <th>{t('columns.enumeration')}</th>
        </tr>
      </thead>
      <tbody>
        {definition.columns.map((c) => {
          const isKey = definition.key.includes(c.name);
          return (
            <tr key={c.name} data-testid="structure-row" data-name={c.name} data-key={isKey}>
              <td className="console-col-key">
                {isKey && (
                  <Tooltip content={t('columns.primaryKey')}>
                    <Icon icon="key" intent="warning" aria-label={t('columns.primaryKey')} />
                  </Tooltip>
                )}
                {!isKey && unique.has(c.name) && (
                  <Tooltip content={t('columns.uniqueKey')}>
                    <Icon
                      icon="key"
                      className="console-muted-icon"
                      aria-label={t('columns.uniqueKey')}
                    />
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
