import { msg } from '../../../../shared/i18n/message';
import { appendFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConsoleError } from '../../../core/console-error';
import { asDiskError } from '../../../core/disk-error';

/** A file to load is at most this large: the import holds one transaction for all of it. */
export const maxUploadBytes = 512 * 1024 * 1024;

/**
 * The files sent to be loaded, in the data folder's `imports/` under the id the window chose.
 * Both hosts send them the same way, in pieces over the contract, so neither needs a route of
 * its own and a piece that goes missing is refused rather than leaving a hole.
 */
export class UploadFolder {
  constructor(private readonly dir: string) {}

  pathOf(uploadId: string): string {
    return join(this.dir, `${uploadId}.upload`);
  }

  /** Appends a piece at `offset`, which must be the file's size so far; returns the new size. */
  async append(uploadId: string, offset: number, data: Buffer): Promise<number> {
    const path = this.pathOf(uploadId);
    const size = await this.size(uploadId);
    if (offset !== size)
      throw new ConsoleError('CONFLICT', msg('messages:files.uploadOffset', { size, offset }));
    if (size + data.length > maxUploadBytes)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:files.tooLarge', { megabytes: maxUploadBytes / 1024 / 1024 }),
      );
    try {
      await mkdir(this.dir, { recursive: true });
      await appendFile(path, data);
    } catch (error) {
      throw asDiskError(error, this.dir);
    }
    return size + data.length;
  }

  async size(uploadId: string): Promise<number> {
    try {
      return (await stat(this.pathOf(uploadId))).size;
    } catch {
      return 0;
    }
  }

  /** The upload's path, refused when nothing was sent under that id. */
  async existing(uploadId: string): Promise<string> {
    if ((await this.size(uploadId)) === 0)
      throw new ConsoleError('NOT_FOUND', msg('messages:files.uploadGone'));
    return this.pathOf(uploadId);
  }
}
