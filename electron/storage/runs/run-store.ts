import { messageKeySchema, messageParamsSchema } from '../../../shared/i18n/message';
import { appendFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { describeIssues, issuesFromZod } from '../../../shared/errors';
import type { RunLogLine } from '../../../shared/domain/workflows/run-views';
import { AtomicJsonFile } from '../config/atomic-json-file';
import { DataFileError } from '../data-file-error';
import { runRecordSchema, type RunRecord } from './run-record';
import { describeThrown } from '../../core/describe-thrown';
import { asDiskError } from '../../core/disk-error';

const runLogLineSchema = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  activity: z.string().nullable(),
  text: z.string(),
  // Lines written before the console worded them as catalogue messages have only their text.
  key: messageKeySchema.optional(),
  params: messageParamsSchema.optional(),
});

/** A run folder as found at start-up: its record, or why it cannot be read. */
export type StoredRun =
  | { kind: 'ok'; record: RunRecord }
  | {
      kind: 'broken';
      id: string;
      /** What could still be read of the file, to list the run under its workflow. */
      workflow: string | null;
      version: number;
      startedAt: string | null;
      reason: string;
    };

const runFile = 'run.json';
const logFile = 'log.jsonl';
const tasksFolder = 'tasks';

/**
 * The runs' folders, `<root>/<runId>/`: `run.json` (written atomically, validated on read),
 * `log.jsonl` (append-only) and `tasks/<taskId>/`, each execution's own files.
 */
export class RunStore {
  private readonly files = new Map<string, AtomicJsonFile<RunRecord>>();
  private readonly logTails = new Map<string, Promise<unknown>>();

  constructor(readonly root: string) {}

  async loadAll(): Promise<StoredRun[]> {
    await mkdir(this.root, { recursive: true });
    const ids = (await readdir(this.root, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    return Promise.all(ids.map((id) => this.load(id)));
  }

  async save(record: RunRecord): Promise<void> {
    try {
      await mkdir(this.folder(record.id), { recursive: true });
      await this.file(record.id).write(record);
    } catch (error) {
      throw asDiskError(error, this.root);
    }
  }

  /** Appends are serialized per run, so lines stay in sequence order. */
  appendLog(runId: string, line: RunLogLine): Promise<void> {
    const previous = this.logTails.get(runId) ?? Promise.resolve();
    const next = previous.then(async () => {
      await mkdir(this.folder(runId), { recursive: true });
      await appendFile(join(this.folder(runId), logFile), `${JSON.stringify(line)}\n`, 'utf8');
    });
    this.logTails.set(
      runId,
      next.catch(() => undefined),
    );
    return next;
  }

  /** Waits for the log lines already handed to `appendLog`. */
  async flushLog(runId: string): Promise<void> {
    await this.logTails.get(runId);
  }

  /** Lines after `afterSeq`; a line cut short by a crash is skipped. */
  async readLog(
    runId: string,
    afterSeq = 0,
    limit = Number.POSITIVE_INFINITY,
  ): Promise<RunLogLine[]> {
    await this.flushLog(runId);
    let text: string;
    try {
      text = await readFile(join(this.folder(runId), logFile), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const lines: RunLogLine[] = [];
    for (const raw of text.split('\n')) {
      if (lines.length >= limit) break;
      const line = parseLogLine(raw);
      if (line && line.seq > afterSeq) lines.push(line);
    }
    return lines;
  }

  async lastLogSeq(runId: string): Promise<number> {
    const lines = await this.readLog(runId);
    return lines.reduce((max, l) => Math.max(max, l.seq), 0);
  }

  taskDir(runId: string, taskId: string): string {
    return join(this.folder(runId), tasksFolder, taskId);
  }

  async removeTaskDirs(runId: string): Promise<void> {
    await rm(join(this.folder(runId), tasksFolder), { recursive: true, force: true });
  }

  async remove(runId: string): Promise<void> {
    await this.flushLog(runId);
    await rm(this.folder(runId), { recursive: true, force: true });
    this.files.delete(runId);
    this.logTails.delete(runId);
  }

  private folder(runId: string): string {
    return join(this.root, runId);
  }

  private file(runId: string): AtomicJsonFile<RunRecord> {
    let file = this.files.get(runId);
    if (!file) {
      const path = join(this.folder(runId), runFile);
      file = new AtomicJsonFile(path, (raw) => parseRecord(path, raw));
      this.files.set(runId, file);
    }
    return file;
  }

  private async load(id: string): Promise<StoredRun> {
    let raw: unknown = null;
    try {
      raw = await this.file(id).readJson();
      if (raw === null) throw new Error(`the folder has no ${runFile}.`);
      return { kind: 'ok', record: parseRecord(this.file(id).file, raw) };
    } catch (error) {
      const readable =
        typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const snapshot = readable.snapshot as Record<string, unknown> | undefined;
      return {
        kind: 'broken',
        id,
        workflow: typeof readable.workflow === 'string' ? readable.workflow : null,
        version: typeof snapshot?.version === 'number' ? snapshot.version : 0,
        startedAt: typeof readable.startedAt === 'string' ? readable.startedAt : null,
        reason: describeThrown(error),
      };
    }
  }
}

function parseRecord(path: string, raw: unknown): RunRecord {
  const parsed = runRecordSchema.safeParse(raw);
  if (!parsed.success)
    throw new DataFileError(
      path,
      `it does not match the expected layout (${describeIssues(issuesFromZod(parsed.error))}).`,
    );
  return parsed.data;
}

function parseLogLine(raw: string): RunLogLine | null {
  if (!raw.trim()) return null;
  try {
    const parsed = runLogLineSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
