import { AnchorButton, Button, Callout, Classes, Intent, ProgressBar } from '@blueprintjs/core';
import { Trans, useTranslation } from 'react-i18next';
import { exportDownloadUrl } from '../../bridge/host-info';
import { formatNumber, formatRows } from '../../i18n/formats';
import { jobFailure, type JobView } from '../../stores/jobs/jobs-store';
import { useHost, useJobs, useRecords } from '../../stores/stores-context';

/** The export of the grid's selection: its progress and Cancel, then the file or the failure. */
export function ExportPanel() {
  const jobId = useRecords((s) => s.exportJobId);
  const startError = useRecords((s) => s.exportError);
  const dismiss = useRecords((s) => s.dismissExport);
  const job = useJobs((s) => (jobId ? s.jobs[jobId] : undefined));
  const { t } = useTranslation(['records', 'common']);

  if (startError)
    return (
      <Callout intent={Intent.DANGER} title={t('export.notStarted')} data-testid="export-panel">
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
          aria-label={t('common:close')}
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
  const { t } = useTranslation(['records', 'common']);
  return (
    <>
      <span className="console-export-label">{t('export.running')}</span>
      <ProgressBar
        className="console-export-bar"
        intent={Intent.PRIMARY}
        value={total ? done / total : undefined}
        aria-label={t('export.progress')}
        data-testid="export-progress"
      />
      <span className={`${Classes.TEXT_MUTED} console-export-count`} data-testid="export-count">
        {total === null
          ? formatRows(done)
          : t('export.count', { done: formatNumber(done), total: formatRows(total) })}
      </span>
      <Button
        text={t('common:cancel')}
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
  const { t } = useTranslation('records');
  if (job.status === 'failed')
    return (
      <Callout intent={Intent.DANGER} title={t('export.failed')} compact>
        <span data-testid="export-message">{jobFailure(job)}</span>
      </Callout>
    );
  if (job.status === 'cancelled')
    return (
      <Callout intent={Intent.WARNING} compact>
        <span data-testid="export-message">{t('export.cancelled')}</span>
      </Callout>
    );
  const file = job.result?.exportFile ?? '';
  const url = exportDownloadUrl(host, file);
  return (
    <Callout intent={Intent.SUCCESS} compact icon="tick-circle">
      <span data-testid="export-message">
        <Trans
          t={t}
          i18nKey="export.done"
          values={{ rows: formatRows(job.result?.rows ?? job.done), file }}
          components={{ strong: <strong /> }}
        />
      </span>{' '}
      {url ? (
        <AnchorButton
          href={url}
          download={file}
          icon="download"
          text={t('export.download')}
          size="small"
          intent={Intent.SUCCESS}
          data-testid="export-download"
        />
      ) : (
        <span className="console-mono" data-testid="export-saved-path">
          {t('export.savedTo', { path: job.result?.exportPath ?? '' })}
        </span>
      )}
    </Callout>
  );
}
