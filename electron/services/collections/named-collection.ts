import { ConsoleError } from '../../core/console-error';
import type { ConfigDocument } from '../../storage/config/config-document';
import type { ConfigStore } from '../../storage/config/config-store';
import { byName, sameName } from '../../../shared/domain/names';
import { issueOf } from '../../../shared/errors';
import { msg, type ConsoleMessage } from '../../../shared/i18n/message';

/** The refusals of each collection, worded for the kind of record it holds. */
const refusals: Record<
  NamedCollectionKey,
  { notFound(name: string): ConsoleMessage; exists(name: string): ConsoleMessage }
> = {
  accounts: {
    notFound: (name) => msg('messages:accounts.notFound', { name }),
    exists: (name) => msg('messages:accounts.alreadyExists', { name }),
  },
  options: {
    notFound: (name) => msg('messages:options.notFound', { name }),
    exists: (name) => msg('messages:options.alreadyExists', { name }),
  },
  enumerations: {
    notFound: (name) => msg('messages:enumerations.notFound', { name }),
    exists: (name) => msg('messages:enumerations.alreadyExists', { name }),
  },
};

/** The config-store collections whose records are identified by an internal name. */
export type NamedCollectionKey = 'options' | 'enumerations' | 'accounts';
export type NamedRecord<K extends NamedCollectionKey> = ConfigDocument[K][number];

/**
 * List / get / create / update / delete over one named collection (Options, Enumerations).
 * Names are unique regardless of case; records arrive already validated by the contract.
 */
export class NamedCollection<K extends NamedCollectionKey> {
  constructor(
    private readonly store: ConfigStore,
    private readonly key: K,
  ) {}

  list(): NamedRecord<K>[] {
    return [...this.records(this.store.data)].sort(byName);
  }

  get(name: string): NamedRecord<K> {
    const records = this.records(this.store.data);
    return structuredClone(records[this.indexOf(records, name)] as NamedRecord<K>);
  }

  create(record: NamedRecord<K>): Promise<NamedRecord<K>> {
    return this.save(null, () => record);
  }

  update(originalName: string, record: NamedRecord<K>): Promise<NamedRecord<K>> {
    return this.save(originalName, () => record);
  }

  /**
   * Creates (originalName null) or replaces a record built from the one stored, in one
   * store update: `build` sees the current record, e.g. to keep a secret it does not change.
   */
  async save(
    originalName: string | null,
    build: (existing: NamedRecord<K> | null) => NamedRecord<K>,
  ): Promise<NamedRecord<K>> {
    return this.store.update((doc) => {
      const records = this.records(doc);
      const index = originalName === null ? -1 : this.indexOf(records, originalName);
      const record = build(index < 0 ? null : (records[index] as NamedRecord<K>));
      this.assertNameFree(records, record.name, index);
      if (index < 0) records.push(record);
      else records[index] = record;
      return record;
    });
  }

  async delete(name: string): Promise<null> {
    await this.store.update((doc) => {
      const records = this.records(doc);
      records.splice(this.indexOf(records, name), 1);
    });
    return null;
  }

  private records(doc: ConfigDocument): NamedRecord<K>[] {
    return doc[this.key] as NamedRecord<K>[];
  }

  private indexOf(records: readonly NamedRecord<K>[], name: string): number {
    const index = records.findIndex((r) => sameName(r.name, name));
    if (index < 0) throw new ConsoleError('NOT_FOUND', refusals[this.key].notFound(name));
    return index;
  }

  private assertNameFree(records: readonly NamedRecord<K>[], name: string, except: number): void {
    const index = records.findIndex((r) => sameName(r.name, name));
    if (index >= 0 && index !== except)
      throw new ConsoleError(
        'ALREADY_EXISTS',
        refusals[this.key].exists(records[index]?.name ?? name),
        { issues: [issueOf('name', msg('messages:names.alreadyUsed', { name }))] },
      );
  }
}
