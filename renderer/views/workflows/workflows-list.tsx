import { Button, Callout, HTMLTable, NonIdealState, Spinner, Tag } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from '../../../shared/domain/workflows/run-views';
import { ConfirmDeleteAlert } from '../../components/confirm-delete-alert';
import { useDeleteConfirmation } from '../../components/use-delete-confirmation';
import { formatDateTime } from '../../i18n/formats';
import { useWorkflowEditor, useWorkflowsList } from '../../stores/stores-context';
import { runStatusLabel } from '../../stores/workflows/workflow-labels';
import { NewWorkflowDialog } from './new-workflow-dialog';
import { runStatusIntents } from './run-controls';

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '');

/** Production > Workflows: label, internal name, version, last run; New, Open, Delete. */
export function WorkflowsList() {
  const { t } = useTranslation(['workflows', 'common']);
  const items = useWorkflowsList((s) => s.items);
  const load = useWorkflowsList((s) => s.load);
  const remove = useWorkflowsList((s) => s.remove);
  const open = useWorkflowEditor((s) => s.open);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const confirm = useDeleteConfirmation((name) => void remove(name));

  useEffect(() => void load(), [load]);

  const list = items.status === 'ready' ? items.value : [];
  return (
    <div className="workflow-list">
      <div className="workflow-list-toolbar" role="toolbar" aria-label={t('list.label')}>
        <Button
          icon="add"
          text={t('list.new')}
          intent="primary"
          onClick={() => setCreating(true)}
        />
        <Button
          icon="edit"
          text={t('list.open')}
          disabled={!selected}
          onClick={() => selected && void open(selected)}
        />
        <Button
          icon="trash"
          text={t('common:delete')}
          disabled={!selected}
          onClick={() => selected && confirm.ask(selected)}
        />
        <Button
          icon="refresh"
          variant="minimal"
          aria-label={t('list.refresh')}
          onClick={() => void load()}
        />
      </div>
      {items.status === 'loading' && <Spinner size={24} aria-label={t('list.loading')} />}
      {items.status === 'failed' && <Callout intent="danger">{items.error}</Callout>}
      {items.status === 'ready' && list.length === 0 && (
        <div className="console-empty" data-testid="empty-state">
          <NonIdealState
            icon="flow-branch"
            title={t('list.emptyTitle')}
            description={t('list.emptyDescription')}
          />
        </div>
      )}
      {list.length > 0 && (
        <HTMLTable
          interactive
          striped
          className="console-table"
          aria-label={t('list.label')}
          data-testid="workflow-list"
        >
          <thead>
            <tr>
              <th>{t('list.columns.label')}</th>
              <th>{t('list.columns.name')}</th>
              <th>{t('list.columns.version')}</th>
              <th>{t('list.columns.lastRun')}</th>
              <th>{t('list.columns.started')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((w) => (
              <WorkflowRow
                key={w.name}
                workflow={w}
                selected={w.name === selected}
                onSelect={() => setSelected(w.name)}
                onOpen={() => void open(w.name)}
              />
            ))}
          </tbody>
        </HTMLTable>
      )}
      <NewWorkflowDialog
        isOpen={creating}
        onClose={() => setCreating(false)}
        onCreated={(name) => void open(name)}
      />
      <ConfirmDeleteAlert
        isOpen={confirm.isOpen}
        onConfirm={confirm.confirm}
        onCancel={confirm.cancel}
      >
        {t('list.confirmDelete', { name: confirm.name })}
      </ConfirmDeleteAlert>
    </div>
  );
}

function WorkflowRow({
  workflow: w,
  selected,
  onSelect,
  onOpen,
}: {
  workflow: WorkflowSummary;
  selected: boolean;
  onSelect(): void;
  onOpen(): void;
}) {
  const { t } = useTranslation('workflows');
  return (
    <tr
      className={selected ? 'console-row-selected' : undefined}
      aria-selected={selected}
      tabIndex={0}
      onClick={onSelect}
      onDoubleClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen();
        if (e.key === ' ') onSelect();
      }}
      data-testid={`workflow-row-${w.name}`}
    >
      <td>{w.label || w.name}</td>
      <td>{w.name}</td>
      <td>{w.version}</td>
      <td>
        {w.lastRun ? (
          <Tag minimal intent={runStatusIntents[w.lastRun.status]}>
            {runStatusLabel(w.lastRun.status)}
          </Tag>
        ) : (
          t('list.neverRun')
        )}
      </td>
      <td>{when(w.lastRun?.startedAt ?? null)}</td>
    </tr>
  );
}
