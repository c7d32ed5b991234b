import { Button, Checkbox, Classes, HTMLTable, InputGroup, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { FieldMessages } from '../../components/field-issues';
import type { ValueRowDraft } from './enumeration-draft';

export interface ValuesGridActions {
  change(index: number, change: Partial<Omit<ValueRowDraft, 'key'>>): void;
  move(index: number, delta: -1 | 1): void;
  remove(index: number): void;
  add(): void;
}

/** The values of an enumeration, in display order: Value, Label, Enabled, and row moves. */
export function EnumerationValuesGrid({
  rows,
  messages,
  actions,
}: {
  rows: readonly ValueRowDraft[];
  /** Keyed `values.N.value` / `values.N.label`, as the shared schema reports them. */
  messages: FieldMessages;
  actions: ValuesGridActions;
}) {
  const { t } = useTranslation('enumerations');
  return (
    <div className="console-values">
      <HTMLTable compact className="console-table console-values-table" data-testid="enum-values">
        <thead>
          <tr>
            <th className="console-col-index">#</th>
            <th>{t('values.value')}</th>
            <th>{t('values.label')}</th>
            <th className="console-col-enabled">{t('values.enabled')}</th>
            <th className="console-col-row-actions" aria-label={t('values.rowActions')} />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className={Classes.TEXT_MUTED}>
                {t('values.empty')}
              </td>
            </tr>
          )}
          {rows.map((row, index) => {
            const valueError = messages.get(`values.${index}.value`);
            const labelError = messages.get(`values.${index}.label`);
            const row1 = { row: index + 1 };
            return (
              <tr key={row.key} data-testid="enum-value-row">
                <td className="console-col-index">{index + 1}</td>
                <td>
                  <InputGroup
                    size="small"
                    value={row.value}
                    aria-label={t('values.valueOfRow', row1)}
                    intent={valueError ? Intent.DANGER : Intent.NONE}
                    onValueChange={(value) => actions.change(index, { value })}
                    spellCheck={false}
                    data-testid="enum-value-value"
                  />
                  {valueError && (
                    <div className="console-cell-error" data-testid="enum-value-value-error">
                      {valueError}
                    </div>
                  )}
                </td>
                <td>
                  <InputGroup
                    size="small"
                    value={row.label}
                    aria-label={t('values.labelOfRow', row1)}
                    intent={labelError ? Intent.DANGER : Intent.NONE}
                    onValueChange={(label) => actions.change(index, { label })}
                    data-testid="enum-value-label"
                  />
                  {labelError && <div className="console-cell-error">{labelError}</div>}
                </td>
                <td className="console-col-enabled">
                  {/* The wrapper gives tests a clickable box: Blueprint hides the input itself. */}
                  <span className="console-checkbox-box" data-testid="enum-value-enabled">
                    <Checkbox
                      checked={row.enabled}
                      aria-label={t('values.rowEnabled', row1)}
                      onChange={(e) => actions.change(index, { enabled: e.currentTarget.checked })}
                      className="console-inline-checkbox"
                    />
                  </span>
                </td>
                <td className="console-col-row-actions">
                  <Button
                    variant="minimal"
                    size="small"
                    icon="arrow-up"
                    aria-label={t('values.moveUp', row1)}
                    disabled={index === 0}
                    onClick={() => actions.move(index, -1)}
                    data-testid="enum-value-up"
                  />
                  <Button
                    variant="minimal"
                    size="small"
                    icon="arrow-down"
                    aria-label={t('values.moveDown', row1)}
                    disabled={index === rows.length - 1}
                    onClick={() => actions.move(index, 1)}
                    data-testid="enum-value-down"
                  />
                  <Button
                    variant="minimal"
                    size="small"
                    icon="cross"
                    intent={Intent.DANGER}
                    aria-label={t('values.remove', row1)}
                    onClick={() => actions.remove(index)}
                    data-testid="enum-value-remove"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
      <Button
        icon="add"
        text={t('values.add')}
        onClick={actions.add}
        data-testid="enum-values-add"
      />
    </div>
  );
}
