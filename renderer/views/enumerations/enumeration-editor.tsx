import { Button, ButtonGroup, Card, FormGroup, H5, Intent } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
import { ErrorCallout } from '../../components/error-callout';
import { messagesByPath, mergeMessages } from '../../components/field-issues';
import { TextField } from '../../components/text-field';
import { useTouched } from '../../components/use-touched';
import type { EditorTarget } from '../../stores/store-deps';
import { useEnumerations } from '../../stores/stores-context';
import {
  addRow,
  enumerationFromDraft,
  moveRow,
  removeRow,
  updateRow,
  validateEnumerationDraft,
  type EnumerationDraft,
} from './enumeration-draft';
import { EnumerationValuesGrid, type ValuesGridActions } from './enumeration-values-grid';

type Field = 'name' | 'label' | 'values';

export function EnumerationEditor({
  target,
  revision,
  initial,
  onDelete,
}: {
  target: EditorTarget;
  /** Successful saves so far; the form is remounted on each, and tests wait on it. */
  revision: number;
  initial: EnumerationDraft;
  onDelete: (name: string) => void;
}) {
  const saving = useEnumerations((s) => s.saving);
  const saveError = useEnumerations((s) => s.saveError);
  const save = useEnumerations((s) => s.save);
  const closeEditor = useEnumerations((s) => s.closeEditor);
  const [draft, setDraft] = useState(initial);
  const [localRefusal, setLocalRefusal] = useState(false);
  const [remoteFresh, setRemoteFresh] = useState(false);
  const { touch, shows, attempt } = useTouched<Field>();

  const local = validateEnumerationDraft(draft);
  const remote = remoteFresh ? messagesByPath(saveError?.issues ?? [], 'enumeration') : new Map();
  const messages = mergeMessages(local, remote);
  // Row messages show as soon as the grid is touched: a duplicate is refused while typing.
  const shown = (path: string, field: Field) =>
    shows(field) || remote.has(path) ? messages.get(path) : undefined;
  const rowMessages = new Map(
    [...messages].filter(([path]) => path.startsWith('values.') && shown(path, 'values')),
  );

  const change = (field: Field, next: (d: EnumerationDraft) => EnumerationDraft) => {
    touch(field);
    setRemoteFresh(false);
    setDraft(next);
  };
  const rows: ValuesGridActions = {
    change: (i, c) => change('values', (d) => ({ ...d, values: updateRow(d.values, i, c) })),
    move: (i, delta) => change('values', (d) => ({ ...d, values: moveRow(d.values, i, delta) })),
    remove: (i) => change('values', (d) => ({ ...d, values: removeRow(d.values, i) })),
    add: () => change('values', (d) => ({ ...d, values: addRow(d.values) })),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    attempt();
    setLocalRefusal(local.size > 0);
    if (local.size > 0) return;
    setRemoteFresh(!(await save(enumerationFromDraft(draft))));
  };

  return (
    <Card className="console-detail" data-testid="enumeration-editor" data-revision={revision}>
      <H5 className="console-detail-title">
        {target.kind === 'new' ? 'New enumeration' : `Enumeration ${target.name}`}
      </H5>
      {localRefusal && local.size > 0 && (
        <ErrorCallout
          error={`The enumeration was not saved: ${[...local.values()].join(' ')}`}
          title="Not saved"
          testId="enumeration-form-error"
        />
      )}
      {!localRefusal && (
        <ErrorCallout error={saveError} title="Not saved" testId="enumeration-form-error" />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="console-form-grid">
          <TextField
            id="enumeration-name"
            label="Internal name"
            value={draft.name}
            onChange={(v) => change('name', (d) => ({ ...d, name: v }))}
            error={shown('name', 'name')}
            testId="enumeration-name"
            required
            autoFocus={target.kind === 'new'}
          />
          <TextField
            id="enumeration-label"
            label="Label"
            value={draft.label}
            onChange={(v) => change('label', (d) => ({ ...d, label: v }))}
            error={shown('label', 'label')}
            testId="enumeration-label"
          />
        </div>
        <FormGroup label="Values" helperText={shown('values', 'values')}>
          <EnumerationValuesGrid rows={draft.values} messages={rowMessages} actions={rows} />
        </FormGroup>
        <div className="console-form-actions">
          <ButtonGroup>
            <Button
              type="submit"
              intent={Intent.PRIMARY}
              icon="floppy-disk"
              text="Save"
              loading={saving}
              data-testid="enumeration-save"
            />
            <Button text="Cancel" onClick={closeEditor} data-testid="enumeration-cancel" />
          </ButtonGroup>
          {target.kind === 'edit' && (
            <Button
              intent={Intent.DANGER}
              variant="minimal"
              icon="trash"
              text="Delete"
              onClick={() => onDelete(target.name)}
              data-testid="enumeration-delete"
            />
          )}
        </div>
      </form>
    </Card>
  );
}
