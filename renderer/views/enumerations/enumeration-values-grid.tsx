import { Button, Checkbox, Classes, HTMLTable, InputGroup, Intent } from '@blueprintjs/core';
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
  return (
    <div className="console-values">
      <HTMLTable compact className="console-table console-values-table" data-testid="enum-values">
        <thead>
          <tr>
            <th className="console-col-index">#</th>
            <th>Value</th>
            <th>Label</th>
            <th className="console-col-enabled">Enabled</th>
            <th className="console-col-row-actions" aria-label="Row actions" />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className={Classes.TEXT_MUTED}>
                No values yet. Click Add value.
              </td>
            </tr>
          )}
          {rows.map((row, index) => {
            const valueError = messages.get(`values.${index}.value`);
            const labelError = messages.get(`values.${index}.label`);
            return (
              <tr key={row.key} data-testid="enum-value-row">
                <td className="console-col-index">{index + 1}</td>
                <td>
                  <InputGroup
                    size="small"
                    value={row.value}
                    aria-label={`Value of row ${index + 1}`}
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
                    aria-label={`Label of row ${index + 1}`}
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
                      aria-label={`Row ${index + 1} enabled`}
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
                    aria-label={`Move row ${index + 1} up`}
                    disabled={index === 0}
                    onClick={() => actions.move(index, -1)}
                    data-testid="enum-value-up"
                  />
                  <Button
                    variant="minimal"
                    size="small"
                    icon="arrow-down"
                    aria-label={`Move row ${index + 1} down`}
                    disabled={index === rows.length - 1}
                    onClick={() => actions.move(index, 1)}
                    data-testid="enum-value-down"
                  />
                  <Button
                    variant="minimal"
                    size="small"
                    icon="cross"
                    intent={Intent.DANGER}
                    aria-label={`Remove row ${index + 1}`}
                    onClick={() => actions.remove(index)}
                    data-testid="enum-value-remove"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </HTMLTable>
      <Button icon="add" text="Add value" onClick={actions.add} data-testid="enum-values-add" />
    </div>
  );
}
