import { Callout, Intent, ProgressBar } from '@blueprintjs/core';
import { useJobs, useWizard } from '../../stores/stores-context';
import { changesAreFresh } from '../../stores/crm/wizard-store';
import { JobLog } from './job-log';
import { estimateRemaining, formatDuration, progressFraction } from './job-timing';
import { isActive, runStateOf } from './run-state';
import { SchemaChangesPanel } from './schema-changes-panel';
import { useNow } from './use-now';

const outcomes = {
  succeeded: { intent: Intent.SUCCESS, text: 'The schema was generated.' },
  failed: { intent: Intent.DANGER, text: 'The schema generation failed.' },
  cancelled: { intent: Intent.WARNING, text: 'The schema generation was cancelled.' },
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
        <p>
          Click &apos;Start&apos; to generate the schema of the {selected.length} selected{' '}
          {selected.length === 1 ? 'table' : 'tables'}: {selected.join(', ')}.
        </p>
      )}
      {configured && state === 'idle' && changes && <SchemaChangesPanel load={changes.load} />}
      {startError && (
        <Callout intent={Intent.DANGER} icon="error" title="Not started">
          <span data-testid="wizard-start-error">{startError}</span>
        </Callout>
      )}
      <JobLog lines={job?.log ?? []} />
      <div className="console-job-timing">
        <span>
          Elapsed:{' '}
          <strong data-testid="wizard-elapsed">{run ? formatDuration(elapsed) : '—'}</strong>
        </span>
        <span>
          Remaining:{' '}
          <strong data-testid="wizard-remaining">
            {remaining === null ? '—' : formatDuration(remaining)}
          </strong>
        </span>
        <span data-testid="wizard-progress-count">
          {total === null ? '' : `${done} / ${total}`}
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
        aria-label="Progress of the schema generation"
        data-testid="wizard-progress"
      />
      {(state === 'succeeded' || state === 'failed' || state === 'cancelled') && (
        <Callout intent={outcomes[state].intent} data-testid="wizard-outcome" data-outcome={state}>
          {outcomes[state].text} {job?.message}
          {state === 'succeeded' &&
            ' Log off and log on again to approve it; its tables are created then.'}
        </Callout>
      )}
    </div>
  );
}
