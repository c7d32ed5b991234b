import { msg } from '../../../shared/i18n/message';
import { join } from 'node:path';
import type { Clock } from '../../core/clock';
import type {
  PageRequest,
  RecordFilter,
  RecordQuery,
  RecordRow,
  TableDefinition,
  TableSummary,
} from '../../../shared/domain/records';
import { ConsoleError } from '../../core/console-error';
import { RecordStoreError, type RecordStore } from '../../storage/records/record-store';
import type { JobRunner } from '../jobs/job-runner';
import { exportCsv } from './csv-export';
import { dataFolder } from '../../core/data-folder';
import type { ErrorIssue } from '../../../shared/errors';
import { RecordEdits } from './record-edits';
import type {
  FileFormat,
  FileImportRequest,
  FilePreview,
} from '../../../shared/domain/file-import';
import { UploadFolder } from './file-import/upload-folder';
import { previewFile } from './file-import/file-format';
import { importFile, importPlan } from './file-import/import-file';

/** Turns record-store failures into errors the console shows as they are. */
async function shown<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RecordStoreError)) throw error;
    const code =
      error.code === 'UNKNOWN_TABLE' || error.code === 'UNKNOWN_COLUMN'
        ? 'NOT_FOUND'
        : error.code.startsWith('DATABASE_')
          ? 'DATABASE_UNAVAILABLE'
          : 'VALIDATION_FAILED';
    throw new ConsoleError(code, msg('messages:records.storeRefused', { reason: error.text }));
  }
}

/** The data explorer: tables, pages of rows, counts and CSV exports of the record store. */
export class RecordsService {
  private readonly edits: RecordEdits;
  private readonly uploads: UploadFolder;

  constructor(
    private readonly store: RecordStore,
    private readonly jobs: JobRunner,
    private readonly dataDir: string,
    private readonly clock: Clock,
  ) {
    this.edits = new RecordEdits(store, clock);
    this.uploads = new UploadFolder(join(dataDir, dataFolder.imports));
  }

  /** A piece of a file to load, appended at `offset`; the file's size so far. */
  async upload(uploadId: string, offset: number, base64: string): Promise<{ size: number }> {
    return { size: await this.uploads.append(uploadId, offset, Buffer.from(base64, 'base64')) };
  }

  /** An uploaded file's format (detected where not given), column names and first rows. */
  async previewFile(uploadId: string, format: Partial<FileFormat>): Promise<FilePreview> {
    return previewFile(await this.uploads.existing(uploadId), format);
  }

  /** Checks the import at once (file, table, mapping, key), then loads the file in the background. */
  async importFile(request: FileImportRequest): Promise<{ jobId: string }> {
    const path = await this.uploads.existing(request.uploadId);
    importPlan(await this.describe(request.table), request);
    const jobId = this.jobs.start((context) =>
      shown(() =>
        importFile(
          this.store,
          path,
          request,
          join(this.dataDir, dataFolder.exports),
          context,
          this.clock,
        ),
      ),
    );
    return { jobId };
  }

  async tables(): Promise<TableSummary[]> {
    return (await this.store.listTables()).filter((t) => t.kind === 'table');
  }

  describe(table: string): Promise<TableDefinition> {
    return shown(() => this.store.describeTable(table));
  }

  count(table: string, filter?: RecordFilter): Promise<number> {
    return shown(() => this.store.count(table, filter));
  }

  page(request: PageRequest): Promise<RecordRow[]> {
    return shown(() => this.store.readPage(request));
  }

  check(table: string, values: RecordRow): Promise<ErrorIssue[]> {
    return shown(() => this.edits.check(table, values));
  }

  create(table: string, values: RecordRow): Promise<RecordRow> {
    return shown(() => this.edits.create(table, values));
  }

  update(table: string, original: RecordRow, values: RecordRow): Promise<RecordRow> {
    return shown(() => this.edits.update(table, original, values));
  }

  remove(table: string, keys: readonly RecordRow[]): Promise<number> {
    return shown(() => this.edits.remove(table, keys));
  }

  /** Checks the query at once (unknown table or column, bad filter), then exports in the background. */
  async exportCsv(table: string, query: RecordQuery): Promise<{ jobId: string }> {
    await this.page({ table, ...query, offset: 0, limit: 1 });
    const jobId = this.jobs.start((context) =>
      exportCsv(
        this.store,
        join(this.dataDir, dataFolder.exports),
        table,
        query,
        context,
        this.clock,
      ),
    );
    return { jobId };
  }
}
