import { copyFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { describeIssues, issuesFromZod } from '../../../shared/errors';
import { DataFileError } from '../data-file-error';
import { AtomicJsonFile, type AtomicFileSystem } from './atomic-json-file';
import {
  configDocumentSchema,
  currentConfigVersion,
  emptyConfigDocument,
  type ConfigDocument,
} from './config-document';
import { configMigrations, migrateDocument } from './migrations';

/**
 * The config store: one JSON document (lowdb) holding operators, options, enumerations and,
 * later, accounts, schemas and workflows. Every change goes through `update`, one at a time;
 * memory changes only once the file is safely written.
 */
export class ConfigStore {
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<ConfigDocument>) {}

  static async open(file: string, fs?: AtomicFileSystem): Promise<ConfigStore> {
    const adapter = new AtomicJsonFile<ConfigDocument>(
      file,
      (raw) => parseDocument(file, raw).doc,
      fs,
    );
    const raw = await adapter.readJson();
    const loaded = raw === null ? null : parseDocument(file, raw);
    const db = new Low(adapter, loaded?.doc ?? emptyConfigDocument());
    if (loaded?.migratedFrom) {
      // Keep the file as it was before rewriting it in the new layout.
      await copyFile(file, `${file}.v${loaded.migratedFrom}.bak`);
    }
    if (!loaded || loaded.migratedFrom) await db.write();
    return new ConfigStore(db);
  }

  get data(): Readonly<ConfigDocument> {
    return this.db.data;
  }

  /**
   * Applies `mutate` to a copy, validates the result, writes it, then makes it current. If the
   * mutation throws or the write fails, nothing changes, on disk or in memory.
   */
  update<R>(mutate: (draft: ConfigDocument) => R): Promise<R> {
    const run = this.tail.then(async () => {
      const draft = structuredClone(this.db.data);
      const result = mutate(draft);
      const next = configDocumentSchema.parse(draft);
      // Not db.write(): it writes db.data, which must stay the old document until this succeeds.
      await this.db.adapter.write(next);
      this.db.data = next;
      return result;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}

function parseDocument(
  file: string,
  raw: unknown,
): { doc: ConfigDocument; migratedFrom: number | null } {
  const outcome = migrateDocument(raw, currentConfigVersion, configMigrations);
  if (outcome.kind === 'refused') throw new DataFileError(file, outcome.problem);
  const parsed = configDocumentSchema.safeParse(outcome.doc);
  if (!parsed.success)
    throw new DataFileError(
      file,
      `it does not match the expected layout (${describeIssues(issuesFromZod(parsed.error))}).`,
    );
  return {
    doc: parsed.data,
    migratedFrom: outcome.kind === 'migrated' ? outcome.fromVersion : null,
  };
}
