import { Button, Callout, Intent, Spinner } from '@blueprintjs/core';
import { Fragment, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, type StoreApi } from 'zustand';
import type { ExplorerNodeId } from '../../explorer/explorer-nodes';
import type { BrowseState } from '../../stores/collections/collection-store';
import type { EditorTarget } from '../../stores/store-deps';
import { shownText } from '../../api/console-call-error';
import { ConfirmDeleteAlert } from '../confirm-delete-alert';
import { useDeleteConfirmation } from '../use-delete-confirmation';
import { ViewFrame } from '../view-frame';
import {
  CollectionTable,
  type CollectionColumn,
  type CollectionTableTestIds,
} from './collection-table';

/** The store as the view reads it; an editable store is one too. */
type ReadableStore<S, D> = Pick<
  StoreApi<BrowseState<S, D>>,
  'getState' | 'getInitialState' | 'subscribe'
>;

export interface DetailArgs<D> {
  target: EditorTarget;
  /** The record read for an existing one; null for a new one. */
  current: D | null;
  revision: number;
  onDelete(name: string): void;
}

/** What only a list the administrator edits has: New, and deletion with a confirmation. */
export interface Editing {
  newTestId: string;
  openNew(): void;
  remove(name: string): Promise<boolean>;
  deleteMessage(name: string | null): ReactNode;
}

/**
 * A list-and-detail view of a named collection (Options, Enumerations, Data schemas): the list
 * on top, the record opened in it below, reloaded on each save.
 */
export function CollectionView<S extends { name: string }, D>({
  nodeId,
  store,
  unreadable,
  list,
  detail,
  editing,
  before,
}: {
  nodeId: ExplorerNodeId;
  store: ReadableStore<S, D>;
  /** The titles of a failed read, worded per collection ("The options could not be read"). */
  unreadable: { list: string; record: string };
  list: {
    columns: readonly CollectionColumn<S>[];
    emptyText: string;
    testIds: CollectionTableTestIds;
  };
  detail(args: DetailArgs<D>): ReactNode;
  editing?: Editing;
  /** Another section of the same node, above the list (Data schemas: the source schemas). */
  before?: ReactNode;
}) {
  const items = useStore(store, (s) => s.items);
  const loading = useStore(store, (s) => s.loading);
  const loadError = useStore(store, (s) => s.loadError);
  const editor = useStore(store, (s) => s.editor);
  const current = useStore(store, (s) => s.current);
  const detailError = useStore(store, (s) => s.detailError);
  const revision = useStore(store, (s) => s.revision);
  const load = useStore(store, (s) => s.load);
  const open = useStore(store, (s) => s.open);
  const deletion = useDeleteConfirmation((name) => void editing?.remove(name));
  const { t } = useTranslation('records');

  useEffect(() => {
    void load();
  }, [load]);

  const openName = editor?.kind === 'edit' ? editor.name : null;
  const onDelete = editing ? deletion.ask : undefined;
  const detailArgs = (target: EditorTarget, record: D | null): DetailArgs<D> => ({
    target,
    current: record,
    revision,
    onDelete: deletion.ask,
  });

  return (
    <ViewFrame
      nodeId={nodeId}
      toolbar={
        <>
          {editing && (
            <Button
              icon="add"
              text={t('collection.new')}
              onClick={editing.openNew}
              data-testid={editing.newTestId}
            />
          )}
          <Button
            icon="refresh"
            variant="minimal"
            aria-label={t('collection.refresh')}
            title={t('collection.refresh')}
            loading={loading}
            onClick={() => void load()}
          />
        </>
      }
    >
      {before}
      {loadError && (
        <Callout intent={Intent.DANGER} title={unreadable.list}>
          {shownText(loadError)}
        </Callout>
      )}
      <CollectionTable
        {...list}
        items={items}
        openName={openName}
        onOpen={(name) => void open(name)}
        {...(onDelete ? { onDelete } : {})}
      />
      {editor?.kind === 'new' && (
        <Fragment key={`new:${revision}`}>{detail(detailArgs(editor, null))}</Fragment>
      )}
      {editor?.kind === 'edit' && detailError && (
        <Callout intent={Intent.DANGER} title={unreadable.record}>
          {shownText(detailError)}
        </Callout>
      )}
      {editor?.kind === 'edit' && !current && !detailError && <Spinner size={24} />}
      {editor?.kind === 'edit' && current && (
        // Remounted on each save and on each record, so the form starts from what was kept.
        <Fragment key={`edit:${editor.name}:${revision}`}>
          {detail(detailArgs(editor, current))}
        </Fragment>
      )}
      {editing && (
        <ConfirmDeleteAlert
          isOpen={deletion.isOpen}
          onCancel={deletion.cancel}
          onConfirm={deletion.confirm}
        >
          {editing.deleteMessage(deletion.name)}
        </ConfirmDeleteAlert>
      )}
    </ViewFrame>
  );
}
