import { Button, Checkbox, Classes, PopoverNext } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { TableDefinition } from '../../../shared/domain/records';
import { useRecords } from '../../stores/stores-context';

/** A checkbox per column; the last column shown cannot be unticked. */
export function ColumnChooser({ definition }: { definition: TableDefinition }) {
  const hidden = useRecords((s) => s.hidden);
  const setColumnVisible = useRecords((s) => s.setColumnVisible);
  const shownCount = definition.columns.length - hidden.length;
  const { t } = useTranslation('records');
  return (
    <PopoverNext
      placement="bottom-end"
      content={
        <div className="console-column-chooser" data-testid="column-chooser">
          <div className={`${Classes.TEXT_MUTED} console-column-chooser-title`}>
            {t('columns.shown')}
          </div>
          {definition.columns.map((c) => {
            const shown = !hidden.includes(c.name);
            return (
              <Checkbox
                key={c.name}
                checked={shown}
                disabled={shown && shownCount === 1}
                onChange={(e) => setColumnVisible(c.name, e.currentTarget.checked)}
                labelElement={
                  <span data-testid={`column-toggle-${c.name}`}>
                    {c.label} <span className={Classes.TEXT_MUTED}>({c.name})</span>
                  </span>
                }
              />
            );
          })}
        </div>
      }
    >
      <Button
        icon="th-list"
        endIcon="caret-down"
        text={
          hidden.length > 0
            ? t('columns.buttonCount', { shown: shownCount, total: definition.columns.length })
            : t('columns.button')
        }
        data-testid="column-chooser-button"
      />
    </PopoverNext>
  );
}
