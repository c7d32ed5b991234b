import { createStore } from 'zustand/vanilla';
import type { FileFormat, FilePreview } from '../../../shared/domain/file-import';
import type { TableDefinition } from '../../../shared/domain/records';
import type { UpdateOperation } from '../../../shared/domain/workflows/update-data-settings';
import { consoleI18n } from '../../i18n/console-i18n';
import type { JobsStore } from '../jobs/jobs-store';
import { asCallError, type StoreDeps } from '../store-deps';
import type { RecordsStore } from './records-store';

/** Bytes per piece sent: 512 KiB, under the contract's limit once in base64. */
const pieceBytes = 512 * 1024;

export interface FileImportState {
  isOpen: boolean;
  fileName: string | null;
  uploadId: string | null;
  /** Bytes sent so far while the file goes up; null when not sending. */
  uploaded: number | null;
  preview: FilePreview | null;
  /** The destination column of each file column, by position; '' leaves it out. */
  mapping: string[];
  operation: UpdateOperation;
  /** The key rows are reconciled on, its columns joined by ','. */
  reconciliation: string;
  jobId: string | null;
  /** When the job started (performance.now()), for the rate. */
  startedAt: number | null;
  /** Rows read per second so far. */
  rate: number;
  error: string | null;
  open(): void;
  close(): void;
  chooseFile(file: File): Promise<void>;
  setFormat(format: Partial<FileFormat>): Promise<void>;
  setDestination(source: number, destination: string): void;
  setOperation(operation: UpdateOperation): void;
  setReconciliation(key: string): void;
  start(): Promise<void>;
  /**
   * For a Data loading (file) activity: sends a file and reads its format and columns; the
   * refusal's message when it cannot.
   */
  sendForActivity(
    file: File,
    format: Partial<FileFormat>,
  ): Promise<{ uploadId: string; preview: FilePreview } | string>;
  reset(): void;
}

const initial = {
  isOpen: false,
  fileName: null,
  uploadId: null,
  uploaded: null,
  preview: null,
  mapping: [],
  operation: 'insert',
  reconciliation: '',
  jobId: null,
  startedAt: null,
  rate: 0,
  error: null,
} satisfies Partial<FileImportState>;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const simplified = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The table's column each file column most likely fills: same name or label, any case. */
export function guessMapping(columns: readonly string[], table: TableDefinition): string[] {
  const used = new Set<string>();
  return columns.map((name) => {
    const match = table.columns.find(
      (c) =>
        !used.has(c.name) &&
        (simplified(c.name) === simplified(name) || simplified(c.label) === simplified(name)),
    );
    if (!match) return '';
    used.add(match.name);
    return match.name;
  });
}

/** The keys rows can be reconciled on: the primary key, then each unique key. */
export function reconciliationKeys(table: TableDefinition): string[][] {
  return [table.key, ...table.uniqueKeys];
}

/** A key all mapped suits Insert or update; none mapped, Insert with numbered keys. */
function defaults(mapping: readonly string[], table: TableDefinition) {
  const mapped = new Set(mapping.filter(Boolean));
  const key = reconciliationKeys(table).find((k) => k.every((c) => mapped.has(c)));
  return key
    ? { operation: 'upsert' as const, reconciliation: key.join(',') }
    : { operation: 'insert' as const, reconciliation: table.key.join(',') };
}

/** Sends a file in pieces; returns its upload id. */
async function sendFile(
  api: StoreDeps['api'],
  file: File,
  onProgress: (sent: number) => boolean,
): Promise<string | null> {
  const uploadId = crypto.randomUUID();
  for (let offset = 0; offset < file.size; offset += pieceBytes) {
    const piece = new Uint8Array(await file.slice(offset, offset + pieceBytes).arrayBuffer());
    await api.records.upload({ uploadId, offset, data: base64(piece) });
    if (!onProgress(offset + piece.length)) return null;
  }
  return uploadId;
}

/** Import a file into the data explorer's open table: file, format and mapping, then the job. */
export function createFileImportStore({ api }: StoreDeps, records: RecordsStore, jobs: JobsStore) {
  return createStore<FileImportState>()((set, get) => {
    const definition = () => records.getState().definition;
    const preview = async (format: Partial<FileFormat>) => {
      const { uploadId } = get();
      const table = definition();
      if (!uploadId || !table) return;
      try {
        const found = await api.records.previewFile({ uploadId, ...format });
        const mapping = guessMapping(found.columns, table);
        set({ preview: found, mapping, error: null, ...defaults(mapping, table) });
      } catch (error) {
        set({ error: asCallError('records.previewFile', error).message });
      }
    };

    return {
      ...initial,

      open: () => set({ ...initial, isOpen: true }),
      close: () => set({ isOpen: false }),

      async chooseFile(file) {
        if (file.size === 0) {
          set({
            ...initial,
            isOpen: true,
            fileName: file.name,
            error: consoleI18n.t('records:import.empty'),
          });
          return;
        }
        set({ ...initial, isOpen: true, fileName: file.name, uploaded: 0 });
        let uploadId: string | null;
        try {
          uploadId = await sendFile(api, file, (sent) => {
            if (get().fileName !== file.name) return false;
            set({ uploaded: sent });
            return true;
          });
          if (!uploadId) return;
        } catch (error) {
          set({ uploaded: null, error: asCallError('records.upload', error).message });
          return;
        }
        set({ uploadId, uploaded: null });
        await preview({});
      },

      async setFormat(format) {
        const current = get().preview;
        if (!current) return;
        const { encoding, separator, header } = current;
        await preview({ encoding, separator, header, ...format });
      },

      setDestination(source, destination) {
        const mapping = [...get().mapping];
        mapping[source] = destination;
        set({ mapping });
      },
      setOperation: (operation) => set({ operation }),
      setReconciliation: (reconciliation) => set({ reconciliation }),

      async start() {
        const { uploadId, preview: found, mapping, operation, reconciliation } = get();
        const table = definition();
        if (!uploadId || !found || !table) return;
        set({ error: null });
        try {
          const { jobId } = await api.records.importFile({
            uploadId,
            table: table.name,
            format: { encoding: found.encoding, separator: found.separator, header: found.header },
            mapping: mapping.flatMap((destination, source) =>
              destination ? [{ source, destination }] : [],
            ),
            operation,
            reconciliation: reconciliation.split(','),
          });
          const startedAt = performance.now();
          set({ jobId, startedAt, rate: 0 });
          jobs
            .getState()
            .track(jobId, consoleI18n.t('records:jobs.import', { table: table.label }));
          let settled = false;
          const follow = (state: ReturnType<typeof jobs.getState>) => {
            const job = state.jobs[jobId];
            if (!job || settled) return;
            if (job.status === 'running') {
              const seconds = (performance.now() - startedAt) / 1000;
              if (seconds > 0) set({ rate: Math.round(job.done / seconds) });
              return;
            }
            settled = true;
            stop();
            records.getState().refresh();
          };
          const stop = jobs.subscribe(follow);
          // A short import may have ended before the subscription: look once now too.
          follow(jobs.getState());
        } catch (error) {
          set({ error: asCallError('records.importFile', error).message });
        }
      },

      async sendForActivity(file, format) {
        if (file.size === 0) return consoleI18n.t('records:import.empty');
        try {
          const uploadId = (await sendFile(api, file, () => true)) as string;
          return { uploadId, preview: await api.records.previewFile({ uploadId, ...format }) };
        } catch (error) {
          return asCallError('records.upload', error).message;
        }
      },

      reset: () => set({ ...initial }),
    };
  });
}

export type FileImportStore = ReturnType<typeof createFileImportStore>;
