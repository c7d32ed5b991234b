import { jobFailure } from '../../stores/jobs/jobs-store';
import { Callout, Intent, ProgressBar } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useJobs, useWizard } from '../../stores/stores-context';
import { changesAreFresh } from '../../stores/crm/wizard-store';
import { JobLog } from './job-log';
import { estimateRemaining, formatDuration, progressFraction } from './job-timing';
import { isActive, runStateOf } from './run-state';
import { SchemaChangesPanel } from './schema-changes-panel';
import { useNow } from './use-now';

const outcomeIntents = {
  succeeded: Intent.SUCCESS,
  failed: Intent.DANGER,
  cancelled: Intent.WARNING,
} as const;

/** Step 3, "Create the schema": the log, Elapsed, Remaining and the progress bar of the job. */
export function CreateSchemaStep() {
  const run = useWizard((s) => s.run);
  const selected = useWizard((s) => s.selected);
  const configured = useWizard((s) => s.account?.configured ?? false);
  const changes = useWizard((s) => (changesAreFresh(s) ? s.changes : null));
  const startError = useWizard((s) => s.startError);
  const job = useJobs((s) => (run?.jobId ? s.jobs[run.jobId] : undefined));
  const state = runStateOf(run, job);
  const now = useNow(isActive(state));
  const { t } = useTranslation('wizard');

  const end = job?.endedAt ?? now;
  const elapsed = run ? Math.max(0, end - run.startedAt) : 0;
  const done = job?.done ?? 0;
  const total = job?.total ?? null;
  const remaining = state === 'succeeded' ? 0 : estimateRemaining(elapsed, done, total);
  const fraction = state === 'succeeded' ? 1 : progressFraction(done, total);

  return (
    <div
      className="console-wizard-panel"
      data-testid="wizard-step-create-schema"
      data-run-state={state}
    >
      {state === 'idle' && (
        <p>{t('create.intro', { count: selected.length, tables: selected.join(', ') })}</p>
      )}
      {configured && state === 'idle' && changes && <SchemaChangesPanel load={changes.load} />}
      {startError && (
        <Callout intent={Intent.DANGER} icon="error" title={t('create.notStarted')}>
          <span data-testid="wizard-start-error">{startError}</span>
        </Callout>
      )}
      <JobLog lines={job?.log ?? []} />
      <div className="console-job-timing">
        <span>
          {t('create.elapsed')}{' '}
          <strong data-testid="wizard-elapsed">{run ? formatDuration(elapsed) : '—'}</strong>
        </span>
        <span>
          {t('create.remaining')}{' '}
          <strong data-testid="wizard-remaining">
            {remaining === null ? '—' : formatDuration(remaining)}
          </strong>
        </span>
        <span data-testid="wizard-progress-count">
          {total === null ? '' : t('create.progressCount', { done, total })}
        </span>
      </div>
      <ProgressBar
        value={fraction ?? (isActive(state) ? undefined : 0)}
        animate={isActive(state)}
        stripes={isActive(state)}
        intent={
          state === 'failed'
            ? Intent.DANGER
            : state === 'succeeded'
              ? Intent.SUCCESS
              : Intent.PRIMARY
        }
        aria-label={t('create.progress')}
        data-testid="wizard-progress"
      />
      {(state === 'succeeded' || state === 'failed' || state === 'cancelled') && (
        <Callout intent={outcomeIntents[state]} data-testid="wizard-outcome" data-outcome={state}>
          {state === 'succeeded'
            ? t('create.outcome.succeeded')
            : state === 'failed'
              ? t('create.outcome.failed')
              : t('create.outcome.cancelled')}{' '}
          {job && jobFailure(job)}
          {state === 'succeeded' && ` ${t('create.approveNote')}`}
        </Callout>
      )}
    </div>
  );
}
