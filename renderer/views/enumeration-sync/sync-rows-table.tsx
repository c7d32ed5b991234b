import { Checkbox, Classes, HTMLSelect, HTMLTable, Icon, Intent, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { SyncRow } from '../../../shared/domain/enumeration-sync';
import type { EnumerationSummary } from '../../../shared/domain/enumerations';
import { messageText } from '../../i18n/message-text';
import type { RowChoice } from '../../stores/crm/enumeration-sync-store';
import { TargetPicker } from './target-picker';

/** The rows of the dialog: CRM enumeration, Adobe Campaign enumeration, Replace. */
export function SyncRowsTable({
  rows,
  choices,
  existing,
  onChoose,
}: {
  rows: readonly SyncRow[];
  choices: Readonly<Record<string, RowChoice>>;
  existing: readonly EnumerationSummary[];
  onChoose(id: string, change: Partial<RowChoice>): void;
}) {
  const { t } = useTranslation('enumerations');
  return (
    <HTMLTable compact striped className="console-table console-sync-table" data-testid="sync-rows">
      <thead>
        <tr>
          <th className="console-col-key" aria-label={t('sync.include')} />
          <th className="console-col-crm">{t('sync.crmEnumeration')}</th>
          <th className="console-col-target">{t('sync.campaignEnumeration')}</th>
          <th className="console-col-type">{t('sync.replace')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={4} className={Classes.TEXT_MUTED}>
              {t('sync.noPicklists')}
            </td>
          </tr>
        )}
        {rows.map((row) => {
          const choice = choices[row.id];
          const refused = row.refusal !== null;
          const off = refused || !choice?.included;
          return (
            <tr
              key={row.id}
              className={refused ? 'console-row-refused' : undefined}
              data-testid="sync-row"
              data-id={row.id}
              data-refused={refused}
            >
              <td className="console-col-key">
                <Checkbox
                  className="console-inline-checkbox"
                  checked={!refused && (choice?.included ?? false)}
                  disabled={refused}
                  aria-label={t('sync.synchronizeRow', { enumeration: row.crmEnumeration })}
                  onChange={(e) => onChoose(row.id, { included: e.currentTarget.checked })}
                  data-testid="sync-row-include"
                />
              </td>
              <td>
                <div>{row.crmEnumeration}</div>
                <div className={`${Classes.TEXT_MUTED} ${Classes.TEXT_SMALL}`}>
                  <span className="console-mono">{row.id}</span> ·{' '}
                  {t('sync.valueCount', { count: row.valueCount })}
                </div>
                {row.refusal && (
                  <div className="console-cell-error" data-testid="sync-row-refusal">
                    <Icon icon="disable" size={12} /> {messageText(row.refusal)}
                  </div>
                )}
              </td>
              <td>
                {refused ? (
                  <Tag minimal intent={Intent.DANGER}>
                    {t('sync.notSupported')}
                  </Tag>
                ) : (
                  <TargetPicker
                    value={choice?.target ?? row.defaultTarget}
                    existing={existing}
                    disabled={off}
                    onChange={(target) => onChoose(row.id, { target })}
                    testId="sync-row-target"
                  />
                )}
              </td>
              <td className="console-col-type">
                <HTMLSelect
                  value={choice?.replace ? 'yes' : 'no'}
                  disabled={off}
                  onChange={(e) => onChoose(row.id, { replace: e.currentTarget.value === 'yes' })}
                  options={[
                    { value: 'no', label: t('sync.no') },
                    { value: 'yes', label: t('sync.yes') },
                  ]}
                  aria-label={t('sync.replace')}
                  data-testid="sync-row-replace"
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </HTMLTable>
  );
}
