import { Button, Callout, Intent, Spinner } from '@blueprintjs/core';
import { useEffect } from 'react';
import { ConfirmDeleteAlert } from '../../components/confirm-delete-alert';
import { useDeleteConfirmation } from '../../components/use-delete-confirmation';
import { ViewFrame } from '../../components/view-frame';
import { useEnumerations } from '../../stores/stores-context';
import { draftFromEnumeration, emptyEnumerationDraft } from './enumeration-draft';
import { EnumerationEditor } from './enumeration-editor';
import { EnumerationsTable } from './enumerations-table';

/** Administration > Platform > Enumerations: the list, and the editor of the one opened. */
export function EnumerationsView() {
  const items = useEnumerations((s) => s.items);
  const loading = useEnumerations((s) => s.loading);
  const loadError = useEnumerations((s) => s.loadError);
  const editor = useEnumerations((s) => s.editor);
  const current = useEnumerations((s) => s.current);
  const detailError = useEnumerations((s) => s.detailError);
  const revision = useEnumerations((s) => s.revision);
  const load = useEnumerations((s) => s.load);
  const openNew = useEnumerations((s) => s.openNew);
  const open = useEnumerations((s) => s.open);
  const remove = useEnumerations((s) => s.remove);
  const deletion = useDeleteConfirmation((name) => void remove(name));

  useEffect(() => {
    void load();
  }, [load]);

  const openName = editor?.kind === 'edit' ? editor.name : null;

  return (
    <ViewFrame
      nodeId="enumerations"
      toolbar={
        <>
          <Button icon="add" text="New" onClick={openNew} data-testid="enumerations-new" />
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
        <Callout intent={Intent.DANGER} title="The enumerations could not be read">
          {loadError}
        </Callout>
      )}
      <EnumerationsTable
        items={items}
        openName={openName}
        onOpen={(name) => void open(name)}
        onDelete={deletion.ask}
      />
      {editor?.kind === 'new' && (
        <EnumerationEditor
          key={`new:${revision}`}
          target={editor}
          revision={revision}
          initial={emptyEnumerationDraft()}
          onDelete={deletion.ask}
        />
      )}
      {editor?.kind === 'edit' && detailError && (
        <Callout intent={Intent.DANGER} title="The enumeration could not be read">
          {detailError}
        </Callout>
      )}
      {editor?.kind === 'edit' && !current && !detailError && <Spinner size={24} />}
      {editor?.kind === 'edit' && current && (
        <EnumerationEditor
          key={`edit:${current.name}:${revision}`}
          target={editor}
          revision={revision}
          initial={draftFromEnumeration(current)}
          onDelete={deletion.ask}
        />
      )}
      <ConfirmDeleteAlert
        isOpen={deletion.isOpen}
        onCancel={deletion.cancel}
        onConfirm={deletion.confirm}
      >
        Delete the enumeration <strong>{deletion.name}</strong> and its values?
      </ConfirmDeleteAlert>
    </ViewFrame>
  );
}
