import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { DataFileError } from '../data-file-error';
import { describeThrown } from '../../core/describe-thrown';
import { asDiskError } from '../../core/disk-error';

/** The file operations the adapter needs; tests pass a variant that fails at a chosen step. */
export interface AtomicFileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  open: typeof nodeFs.open;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

/**
 * A lowdb adapter for one JSON file, written here rather than taken from lowdb's JSONFile
 * (steno) because it must validate what it reads, refuse rather than reset a bad file, and let
 * tests interrupt a write between the temp file and the rename.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly parse: (raw: unknown) => T,
    private readonly fs: AtomicFileSystem = nodeFs,
  ) {}

  async read(): Promise<T | null> {
    const raw = await this.readJson();
    return raw === null ? null : this.parse(raw);
  }

  /** The file's JSON before validation; null when there is no file yet. */
  async readJson(): Promise<unknown> {
    await this.removeStaleTempFiles();
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new DataFileError(this.file, `it cannot be read (${describeThrown(error)}).`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new DataFileError(this.file, `it is not valid JSON (${describeThrown(error)}).`);
    }
  }

  /** Writes are serialized: each one waits for the previous to finish, failed or not. */
  write(data: T): Promise<void> {
    const run = this.queue.then(
      () => this.writeNow(data),
      () => this.writeNow(data),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  private tempPrefix(): string {
    return `.${basename(this.file)}.`;
  }

  private async writeNow(data: T): Promise<void> {
    const temp = join(
      dirname(this.file),
      `${this.tempPrefix()}${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      const handle = await this.fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.fs.rename(temp, this.file);
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      throw asDiskError(error, dirname(this.file));
    }
  }

  /** A crash between write and rename leaves a temp file; the real file is intact, so drop it. */
  private async removeStaleTempFiles(): Promise<void> {
    let names: string[];
    try {
      names = await this.fs.readdir(dirname(this.file));
    } catch {
      return;
    }
    const prefix = this.tempPrefix();
    await Promise.all(
      names
        .filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'))
        .map((n) => this.fs.unlink(join(dirname(this.file), n)).catch(() => undefined)),
    );
  }
}
