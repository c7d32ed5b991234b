import type { JobStatus, JobView } from '../../stores/jobs/jobs-store';
import type { WizardRun } from '../../stores/crm/wizard-store';

/** Where step 3 stands: before Start, waiting for the job id, or the job's own status. */
export type RunState = 'idle' | 'starting' | JobStatus;

export function runStateOf(run: WizardRun | null, job: JobView | undefined): RunState {
  if (!run) return 'idle';
  if (!run.jobId) return 'starting';
  return job?.status ?? 'running';
}

export const isActive = (state: RunState) => state === 'starting' || state === 'running';
