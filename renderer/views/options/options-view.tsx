import { Button, Callout, Intent } from '@blueprintjs/core';
import { useEffect } from 'react';
import { ConfirmDeleteAlert } from '../../components/confirm-delete-alert';
import { useDeleteConfirmation } from '../../components/use-delete-confirmation';
import { ViewFrame } from '../../components/view-frame';
import { useOptions } from '../../stores/stores-context';
import { draftFromOption, emptyOptionDraft } from './option-draft';
import { OptionForm } from './option-form';
import { OptionsTable } from './options-table';

/** Administration > Platform > Options: the list, and the form of the option opened in it. */
export function OptionsView() {
  const items = useOptions((s) => s.items);
  const loading = useOptions((s) => s.loading);
  const loadError = useOptions((s) => s.loadError);
  const editor = useOptions((s) => s.editor);
  const revision = useOptions((s) => s.revision);
  const load = useOptions((s) => s.load);
  const openNew = useOptions((s) => s.openNew);
  const openExisting = useOptions((s) => s.openExisting);
  const remove = useOptions((s) => s.remove);
  const deletion = useDeleteConfirmation((name) => void remove(name));

  useEffect(() => {
    void load();
  }, [load]);

  const openName = editor?.kind === 'edit' ? editor.name : null;
  const current = openName ? items.find((o) => o.name === openName) : undefined;

  return (
    <ViewFrame
      nodeId="options"
      toolbar={
        <>
          <Button icon="add" text="New" onClick={openNew} data-testid="options-new" />
          <Button
            icon="refresh"
            variant="minimal"
            aria-label="Refresh"
            title="Refresh"
            loading={loading}
            onClick={() => void load()}
          />
        </>
      }
    >
      {loadError && (
        <Callout intent={Intent.DANGER} title="The options could not be read">
          {loadError}
        </Callout>
      )}
      <OptionsTable
        items={items}
        openName={openName}
        onOpen={openExisting}
        onDelete={deletion.ask}
      />
      {editor?.kind === 'new' && (
        <OptionForm
          key={`new:${revision}`}
          target={editor}
          revision={revision}
          initial={emptyOptionDraft}
          onDelete={deletion.ask}
        />
      )}
      {editor?.kind === 'edit' && current && (
        <OptionForm
          key={`edit:${current.name}:${revision}`}
          target={editor}
          revision={revision}
          initial={draftFromOption(current)}
          onDelete={deletion.ask}
        />
      )}
      <ConfirmDeleteAlert
        isOpen={deletion.isOpen}
        onCancel={deletion.cancel}
        onConfirm={deletion.confirm}
      >
        Delete the option <strong>{deletion.name}</strong>? Workflows that read it will no longer
        find it.
      </ConfirmDeleteAlert>
    </ViewFrame>
  );
}
