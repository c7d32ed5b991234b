import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { RecordRow } from '../../../../../shared/domain/records';

const csvOptions = { cast: { boolean: (value: boolean) => String(value) } };

/**
 * "Keep the rejections in a file": a CSV written beside its final path and renamed over it once
 * complete, so the file is either the previous one or the whole new one.
 */
export class RejectionFile {
  private constructor(
    readonly path: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
    private readonly columns: string[],
  ) {}

  static async create(
    dataDir: string,
    file: string,
    columns: readonly string[],
  ): Promise<RejectionFile> {
    const path = resolve(dataDir, file);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(temporary, 'w');
    await handle.writeFile(stringify([[...columns]], csvOptions));
    return new RejectionFile(path, temporary, handle, [...columns]);
  }

  async add(rows: readonly RecordRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.handle.writeFile(
      stringify(
        rows.map((row) => this.columns.map((c) => row[c] ?? null)),
        csvOptions,
      ),
    );
  }

  async commit(): Promise<void> {
    await this.handle.sync();
    await this.handle.close();
    await rename(this.temporary, this.path);
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}
