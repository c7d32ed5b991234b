import { Button, ButtonGroup, Card, FormGroup, H5, HTMLSelect, Intent } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
import { campaignDateTimeFormat } from '../../../shared/domain/campaign-datetime';
import { optionTypeLabels, optionTypes, type OptionType } from '../../../shared/domain/options';
import { ErrorCallout } from '../../components/error-callout';
import { messagesByPath, mergeMessages } from '../../components/field-issues';
import { TextField } from '../../components/text-field';
import { useTouched } from '../../components/use-touched';
import type { EditorTarget } from '../../stores/store-deps';
import { useOptions } from '../../stores/stores-context';
import {
  optionInputFromDraft,
  validateOptionDraft,
  type OptionDraft,
  type OptionField,
} from './option-draft';

const valueHelp: Record<OptionType, string | undefined> = {
  text: undefined,
  integer: 'A whole number, e.g. 42.',
  decimal: 'A dot separates the decimals, e.g. 3.5.',
  datetime: `Format: ${campaignDateTimeFormat} (24-hour clock, no time zone).`,
};

export function OptionForm({
  target,
  revision,
  initial,
  onDelete,
}: {
  target: EditorTarget;
  /** Successful saves so far; the form is remounted on each, and tests wait on it. */
  revision: number;
  initial: OptionDraft;
  onDelete: (name: string) => void;
}) {
  const saving = useOptions((s) => s.saving);
  const saveError = useOptions((s) => s.saveError);
  const save = useOptions((s) => s.save);
  const closeEditor = useOptions((s) => s.closeEditor);
  const [draft, setDraft] = useState(initial);
  const [localRefusal, setLocalRefusal] = useState(false);
  // The service's field messages describe the draft it refused; editing makes them stale.
  const [remoteFresh, setRemoteFresh] = useState(false);
  const { touch, shows, attempt } = useTouched<OptionField>();

  const local = validateOptionDraft(draft);
  const remote = remoteFresh ? messagesByPath(saveError?.issues ?? [], 'option') : new Map();
  const messages = mergeMessages(local, remote);
  const shown = (field: OptionField) =>
    shows(field) || remote.has(field) ? messages.get(field) : undefined;

  const edit = (field: OptionField, value: string) => {
    touch(field);
    setRemoteFresh(false);
    setDraft((d) => ({ ...d, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    attempt();
    setLocalRefusal(local.size > 0);
    if (local.size > 0) return;
    const saved = await save(optionInputFromDraft(draft));
    setRemoteFresh(!saved);
  };

  return (
    <Card className="console-detail" data-testid="option-form" data-revision={revision}>
      <H5 className="console-detail-title">
        {target.kind === 'new' ? 'New option' : `Option ${target.name}`}
      </H5>
      {localRefusal && local.size > 0 && (
        <ErrorCallout
          error="The option was not saved: correct the fields marked in red."
          title="Not saved"
          testId="option-form-error"
        />
      )}
      {!localRefusal && (
        <ErrorCallout error={saveError} title="Not saved" testId="option-form-error" />
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="console-form-grid">
        <TextField
          id="option-name"
          label="Internal name"
          value={draft.name}
          onChange={(v) => edit('name', v)}
          error={shown('name')}
          testId="option-name"
          required
          autoFocus={target.kind === 'new'}
        />
        <TextField
          id="option-label"
          label="Label"
          value={draft.label}
          onChange={(v) => edit('label', v)}
          error={shown('label')}
          testId="option-label"
        />
        <FormGroup label="Type" labelFor="option-type">
          <HTMLSelect
            id="option-type"
            fill
            value={draft.type}
            onChange={(e) => edit('type', e.currentTarget.value)}
            options={optionTypes.map((t) => ({ value: t, label: optionTypeLabels[t] }))}
            data-testid="option-type"
          />
        </FormGroup>
        <TextField
          id="option-value"
          label="Value"
          value={draft.value}
          onChange={(v) => edit('value', v)}
          error={shown('value')}
          help={valueHelp[draft.type]}
          placeholder={draft.type === 'datetime' ? campaignDateTimeFormat : undefined}
          testId="option-value"
        />
        <div className="console-form-actions">
          <ButtonGroup>
            <Button
              type="submit"
              intent={Intent.PRIMARY}
              icon="floppy-disk"
              text="Save"
              loading={saving}
              data-testid="option-save"
            />
            <Button text="Cancel" onClick={closeEditor} data-testid="option-cancel" />
          </ButtonGroup>
          {target.kind === 'edit' && (
            <Button
              intent={Intent.DANGER}
              variant="minimal"
              icon="trash"
              text="Delete"
              onClick={() => onDelete(target.name)}
              data-testid="option-delete"
            />
          )}
        </div>
      </form>
    </Card>
  );
}
