import { AnchorButton, Button, Callout, Classes, Intent, ProgressBar } from '@blueprintjs/core';
import { exportDownloadUrl } from '../../bridge/host-info';
import { formatNumber, formatRows } from '../../i18n/formats';
import type { JobView } from '../../stores/jobs/jobs-store';
import { useHost, useJobs, useRecords } from '../../stores/stores-context';

/** The export of the grid's selection: its progress and Cancel, then the file or the failure. */
export function ExportPanel() {
  const jobId = useRecords((s) => s.exportJobId);
  const startError = useRecords((s) => s.exportError);
  const dismiss = useRecords((s) => s.dismissExport);
  const job = useJobs((s) => (jobId ? s.jobs[jobId] : undefined));

  if (startError)
    return (
      <Callout intent={Intent.DANGER} title="The export did not start" data-testid="export-panel">
        <span data-testid="export-message">{startError}</span>
      </Callout>
    );
  if (!jobId) return null;
  const status = job?.status ?? 'running';
  return (
    <div className="console-export" data-testid="export-panel" data-status={status}>
      {status === 'running' ? <Running job={job} /> : <Finished job={job as JobView} />}
      {status !== 'running' && (
        <Button
          variant="minimal"
          size="small"
          icon="cross"
          aria-label="Close"
          onClick={dismiss}
          data-testid="export-dismiss"
        />
      )}
    </div>
  );
}

function Running({ job }: { job: JobView | undefined }) {
  const cancel = useJobs((s) => s.cancel);
  const done = job?.done ?? 0;
  const total = job?.total ?? null;
  return (
    <>
      <span className="console-export-label">Exporting…</span>
      <ProgressBar
        className="console-export-bar"
        intent={Intent.PRIMARY}
        value={total ? done / total : undefined}
        aria-label="Progress of the export"
        data-testid="export-progress"
      />
      <span className={`${Classes.TEXT_MUTED} console-export-count`} data-testid="export-count">
        {total === null ? formatRows(done) : `${formatNumber(done)} / ${formatRows(total)}`}
      </span>
      <Button
        text="Cancel"
        icon="stop"
        loading={job?.cancelling}
        disabled={!job}
        onClick={() => job && void cancel(job.id)}
        data-testid="export-cancel"
      />
    </>
  );
}

function Finished({ job }: { job: JobView }) {
  const host = useHost();
  if (job.status === 'failed')
    return (
      <Callout intent={Intent.DANGER} title="The export failed" compact>
        <span data-testid="export-message">{job.message}</span>
      </Callout>
    );
  if (job.status === 'cancelled')
    return (
      <Callout intent={Intent.WARNING} compact>
        <span data-testid="export-message">The export was cancelled; no file was written.</span>
      </Callout>
    );
  const file = job.result?.exportFile ?? '';
  const url = exportDownloadUrl(host, file);
  return (
    <Callout intent={Intent.SUCCESS} compact icon="tick-circle">
      <span data-testid="export-message">
        {formatRows(job.result?.rows ?? job.done)} exported to <strong>{file}</strong>.
      </span>{' '}
      {url ? (
        <AnchorButton
          href={url}
          download={file}
          icon="download"
          text="Download"
          size="small"
          intent={Intent.SUCCESS}
          data-testid="export-download"
        />
      ) : (
        <span className="console-mono" data-testid="export-saved-path">
          Saved to {job.result?.exportPath}
        </span>
      )}
    </Callout>
  );
}
