import { Dialog, DialogBody } from '@blueprintjs/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelOkFooter } from '../../components/cancel-ok-footer';
import { ErrorCallout } from '../../components/error-callout';
import { TextField } from '../../components/text-field';
import { useWorkflowsList } from '../../stores/stores-context';

/** New: a label and an internal name; the workflow is created with a Start activity. */
export function NewWorkflowDialog({
  isOpen,
  onClose,
  onCreated,
}: {
  isOpen: boolean;
  onClose(): void;
  onCreated(name: string): void;
}) {
  const { t } = useTranslation('workflows');
  const create = useWorkflowsList((s) => s.create);
  const creating = useWorkflowsList((s) => s.creating);
  const createError = useWorkflowsList((s) => s.createError);
  const clearCreateError = useWorkflowsList((s) => s.clearCreateError);
  const [label, setLabel] = useState('');
  const [name, setName] = useState('');
  const close = () => {
    clearCreateError();
    setLabel('');
    setName('');
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create(name.trim(), label.trim());
    if (created) {
      close();
      onCreated(created.name);
    }
  };
  return (
    <Dialog isOpen={isOpen} onClose={close} title={t('new.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <DialogBody>
          <TextField
            id="new-workflow-label"
            label={t('new.label')}
            value={label}
            onChange={setLabel}
            testId="new-workflow-label"
            autoFocus
          />
          <TextField
            id="new-workflow-name"
            label={t('new.name')}
            value={name}
            onChange={setName}
            testId="new-workflow-name"
            required
            help={t('new.nameHelp')}
          />
          <ErrorCallout error={createError} title={t('new.notCreated')} testId="create-error" />
        </DialogBody>
        <CancelOkFooter
          onCancel={close}
          primary={{
            type: 'submit',
            text: t('new.create'),
            loading: creating,
            disabled: name.trim() === '',
          }}
        />
      </form>
    </Dialog>
  );
}
