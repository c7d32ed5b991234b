import { jobFailure } from '../../stores/jobs/jobs-store';
import {
  AnchorButton,
  Button,
  Callout,
  Checkbox,
  Classes,
  Dialog,
  DialogBody,
  DialogFooter,
  FileInput,
  FormGroup,
  HTMLSelect,
  HTMLTable,
  Intent,
  ProgressBar,
} from '@blueprintjs/core';
import type { TFunction } from 'i18next';
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fileEncodings,
  fileSeparators,
  type FileEncoding,
  type FileSeparator,
} from '../../../shared/domain/file-import';
import type { TableDefinition } from '../../../shared/domain/records';
import type { UpdateOperation } from '../../../shared/domain/workflows/update-data-settings';
import { exportDownloadUrl } from '../../bridge/host-info';
import { formatNumber, formatRows } from '../../i18n/formats';
import { reconciliationKeys } from '../../stores/records/file-import-store';
import { useFileImport, useHost, useJobs } from '../../stores/stores-context';

const operations: readonly UpdateOperation[] = ['insert', 'update', 'upsert'];

function operationLabel(t: TFunction<'records'>, operation: UpdateOperation): string {
  switch (operation) {
    case 'insert':
      return t('import.operations.insert');
    case 'update':
      return t('import.operations.update');
    case 'upsert':
      return t('import.operations.upsert');
  }
}

function separatorLabel(t: TFunction<'records'>, separator: FileSeparator): string {
  switch (separator) {
    case ',':
      return t('import.separators.comma');
    case ';':
      return t('import.separators.semicolon');
    case '\t':
      return t('import.separators.tab');
    case '|':
      return t('import.separators.pipe');
  }
}

/** Import a file: choose it, check its format and the mapping on a preview, then load it. */
export function FileImportDialog({ definition }: { definition: TableDefinition }) {
  const isOpen = useFileImport((s) => s.isOpen);
  const close = useFileImport((s) => s.close);
  const jobId = useFileImport((s) => s.jobId);
  const { t } = useTranslation('records');
  return (
    <Dialog
      isOpen={isOpen}
      onClose={close}
      title={t('import.title', { table: definition.label })}
      className="console-import-dialog"
      canOutsideClickClose={false}
    >
      <DialogBody>
        <div data-testid="import-dialog">
          {jobId ? <ImportProgress jobId={jobId} /> : <ImportSettings definition={definition} />}
        </div>
      </DialogBody>
      <ImportFooter />
    </Dialog>
  );
}

function ImportSettings({ definition }: { definition: TableDefinition }) {
  const fileName = useFileImport((s) => s.fileName);
  const uploaded = useFileImport((s) => s.uploaded);
  const preview = useFileImport((s) => s.preview);
  const error = useFileImport((s) => s.error);
  const chooseFile = useFileImport((s) => s.chooseFile);
  const setFormat = useFileImport((s) => s.setFormat);
  const operation = useFileImport((s) => s.operation);
  const setOperation = useFileImport((s) => s.setOperation);
  const reconciliation = useFileImport((s) => s.reconciliation);
  const setReconciliation = useFileImport((s) => s.setReconciliation);
  const { t } = useTranslation('records');
  return (
    <>
      <FormGroup label={t('import.file')} labelFor="import-file" helperText={t('import.fileHelp')}>
        <FileInput
          fill
          text={fileName ?? t('import.chooseFile')}
          buttonText={t('import.browse')}
          hasSelection={fileName !== null}
          inputProps={
            {
              id: 'import-file',
              accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain',
              'data-testid': 'import-file-input',
            } as InputHTMLAttributes<HTMLInputElement>
          }
          onInputChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void chooseFile(file);
          }}
        />
      </FormGroup>
      {uploaded !== null && (
        <p className={Classes.TEXT_MUTED}>
          {t('import.sending', { bytes: formatNumber(uploaded) })}
        </p>
      )}
      {error && (
        <Callout intent={Intent.DANGER} data-testid="import-error">
          {error}
        </Callout>
      )}
      {preview && (
        <>
          <div className="console-import-format">
            <FormGroup label={t('import.encoding')} labelFor="import-encoding" inline>
              <HTMLSelect
                id="import-encoding"
                value={preview.encoding}
                options={[...fileEncodings]}
                onChange={(e) =>
                  void setFormat({ encoding: e.currentTarget.value as FileEncoding })
                }
                data-testid="import-encoding"
              />
            </FormGroup>
            <FormGroup label={t('import.separator')} labelFor="import-separator" inline>
              <HTMLSelect
                id="import-separator"
                value={preview.separator}
                options={fileSeparators.map((s) => ({ value: s, label: separatorLabel(t, s) }))}
                onChange={(e) =>
                  void setFormat({ separator: e.currentTarget.value as FileSeparator })
                }
                data-testid="import-separator"
              />
            </FormGroup>
            <Checkbox
              label={t('import.header')}
              checked={preview.header}
              onChange={(e) => void setFormat({ header: e.currentTarget.checked })}
              data-testid="import-header"
            />
          </div>
          <MappingPreview definition={definition} />
          <div className="console-import-format">
            <FormGroup label={t('import.operation')} labelFor="import-operation" inline>
              <HTMLSelect
                id="import-operation"
                value={operation}
                options={operations.map((value) => ({ value, label: operationLabel(t, value) }))}
                onChange={(e) => setOperation(e.currentTarget.value as UpdateOperation)}
                data-testid="import-operation"
              />
            </FormGroup>
            <FormGroup label={t('import.reconciledOn')} labelFor="import-key" inline>
              <HTMLSelect
                id="import-key"
                value={reconciliation}
                options={reconciliationKeys(definition).map((k) => ({
                  value: k.join(','),
                  label: k
                    .map((c) => definition.columns.find((d) => d.name === c)?.label ?? c)
                    .join(', '),
                }))}
                onChange={(e) => setReconciliation(e.currentTarget.value)}
                data-testid="import-key"
              />
            </FormGroup>
          </div>
        </>
      )}
    </>
  );
}

/** The first rows of the file, each column headed by the table column it fills. */
function MappingPreview({ definition }: { definition: TableDefinition }) {
  const preview = useFileImport((s) => s.preview);
  const mapping = useFileImport((s) => s.mapping);
  const setDestination = useFileImport((s) => s.setDestination);
  const { t } = useTranslation('records');
  if (!preview) return null;
  const options = [
    { value: '', label: t('import.notLoaded') },
    ...definition.columns.map((c) => ({ value: c.name, label: c.label })),
  ];
  return (
    <div className="console-import-preview" tabIndex={0} aria-label={t('import.preview')}>
      <HTMLTable compact bordered>
        <thead>
          <tr>
            {preview.columns.map((name, i) => (
              <th key={i}>
                <div className={Classes.TEXT_MUTED}>{name}</div>
                <HTMLSelect
                  value={mapping[i] ?? ''}
                  options={options}
                  onChange={(e) => setDestination(i, e.currentTarget.value)}
                  aria-label={t('import.mapColumn', { table: definition.label, column: name })}
                  data-testid={`import-map-${i}`}
                />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, r) => (
            <tr key={r}>
              {preview.columns.map((_, c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </div>
  );
}

function ImportProgress({ jobId }: { jobId: string }) {
  const job = useJobs((s) => s.jobs[jobId]);
  const rate = useFileImport((s) => s.rate);
  const cancel = useJobs((s) => s.cancel);
  const host = useHost();
  const { t } = useTranslation(['records', 'common']);
  const status = job?.status ?? 'running';
  const done = job?.done ?? 0;
  if (status === 'running') {
    return (
      <div data-testid="import-progress" data-status="running">
        <ProgressBar intent={Intent.PRIMARY} aria-label={t('import.progress')} />
        <p>{t('import.reading', { rows: formatRows(done), rate: formatNumber(rate) })}</p>
        <Button
          text={t('common:cancel')}
          icon="stop"
          loading={job?.cancelling}
          onClick={() => void cancel(jobId)}
          data-testid="import-cancel"
        />
      </div>
    );
  }
  if (status !== 'succeeded')
    return (
      <Callout
        intent={status === 'cancelled' ? Intent.WARNING : Intent.DANGER}
        data-testid="import-progress"
        data-status={status}
      >
        {status === 'cancelled'
          ? t('import.cancelled')
          : t('import.failed', { message: (job && jobFailure(job)) ?? '' })}
      </Callout>
    );
  const rejected = job?.result?.rejected ?? 0;
  const file = job?.result?.exportFile;
  const url = file ? exportDownloadUrl(host, file) : null;
  return (
    <Callout intent={Intent.SUCCESS} data-testid="import-progress" data-status={status}>
      <span data-testid="import-message">
        {t('import.done', {
          rows: formatRows(job?.result?.rows ?? 0),
          rejected: formatNumber(rejected),
        })}
      </span>{' '}
      {file &&
        (url ? (
          <AnchorButton href={url} download={file} icon="download" text={t('import.rejects')} />
        ) : (
          <span className="console-mono">
            {t('import.rejectsSavedTo', { path: job?.result?.exportPath ?? '' })}
          </span>
        ))}
    </Callout>
  );
}

function ImportFooter() {
  const close = useFileImport((s) => s.close);
  const start = useFileImport((s) => s.start);
  const preview = useFileImport((s) => s.preview);
  const mapping = useFileImport((s) => s.mapping);
  const jobId = useFileImport((s) => s.jobId);
  const { t } = useTranslation(['records', 'common']);
  if (jobId) return <DialogFooter actions={<Button text={t('common:close')} onClick={close} />} />;
  return (
    <DialogFooter
      actions={
        <>
          <Button text={t('common:cancel')} onClick={close} />
          <Button
            intent={Intent.PRIMARY}
            text={t('import.start')}
            disabled={!preview || !mapping.some(Boolean)}
            onClick={() => void start()}
            data-testid="import-start"
          />
        </>
      }
    />
  );
}
