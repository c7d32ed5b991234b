import { Button, HTMLSelect, Intent, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { resumableStatuses, type RunStatus } from '../../../shared/domain/workflows/run-views';
import { useWorkflowEditor, useWorkflowRun } from '../../stores/stores-context';
import { selectedRun } from '../../stores/workflows/workflow-run-store';
import { runStatusLabel } from '../../stores/workflows/workflow-labels';
import { formatDateTime } from '../../i18n/formats';
import { reasonText } from '../../i18n/message-text';

export const runStatusIntents: Record<RunStatus, Intent> = {
  running: Intent.PRIMARY,
  paused: Intent.WARNING,
  suspended: Intent.WARNING,
  succeeded: Intent.SUCCESS,
  failed: Intent.DANGER,
  cancelled: Intent.NONE,
  interrupted: Intent.WARNING,
};

/** Start, Pause, Resume, Cancel, the run shown and its status. Start saves first. */
export function RunControls() {
  const { t } = useTranslation(['workflows', 'common']);
  const save = useWorkflowEditor((s) => s.save);
  const runs = useWorkflowRun((s) => s.runs);
  const runId = useWorkflowRun((s) => s.runId);
  const run = useWorkflowRun(selectedRun);
  const busy = useWorkflowRun((s) => s.busy);
  const start = useWorkflowRun((s) => s.start);
  const pause = useWorkflowRun((s) => s.pause);
  const resume = useWorkflowRun((s) => s.resume);
  const cancel = useWorkflowRun((s) => s.cancel);
  const pick = useWorkflowRun((s) => s.pick);
  const live = run?.status === 'running';
  const resumable = run !== null && resumableStatuses.includes(run.status);
  const anyActive = runs.some((r) => r.status === 'running' || r.status === 'paused');
  return (
    <div className="workflow-run-controls" role="group" aria-label={t('run.label')}>
      <Button
        icon="play"
        text={t('run.start')}
        intent="success"
        loading={busy === 'start'}
        disabled={busy !== null || anyActive}
        onClick={async () => {
          if (await save()) await start();
        }}
      />
      <Button
        icon="pause"
        text={t('run.pause')}
        disabled={!live || busy !== null}
        loading={busy === 'pause'}
        onClick={() => void pause()}
      />
      {resumable && (
        <Button
          icon="play"
          text={t('run.resume')}
          intent="primary"
          disabled={busy !== null}
          loading={busy === 'resume'}
          onClick={() => void resume()}
        />
      )}
      <Button
        icon="stop"
        text={t('common:cancel')}
        disabled={!(live || resumable) || busy !== null}
        loading={busy === 'cancel'}
        onClick={() => void cancel()}
      />
      {runs.length > 0 && (
        <HTMLSelect
          aria-label={t('run.shown')}
          value={runId ?? ''}
          onChange={(e) => void pick(e.currentTarget.value)}
          options={runs.map((r) => ({
            value: r.id,
            label: `${formatDateTime(r.startedAt)} — ${runStatusLabel(r.status)}`,
          }))}
        />
      )}
      {run && (
        <Tag
          intent={runStatusIntents[run.status]}
          large
          round
          title={run.message ? reasonText(run.message, run.messageText) : undefined}
          data-testid="run-status"
          data-status={run.status}
        >
          {runStatusLabel(run.status)}
        </Tag>
      )}
    </div>
  );
}
