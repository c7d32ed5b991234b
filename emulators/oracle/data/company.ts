import type { JournaledData } from '../../data/write-journal';
import { oracleObjects } from '../schema/objects';
import type { OracleObjectSpec } from '../schema/field-spec';
import { OracleObjectStore } from './object-store';
import { rowId } from './row-ids';

export interface CompanyOptions {
  seed: number;
  /** Generated records per object. */
  records: number;
  anchor: number;
  /** The API user's sign-in id (`COMPANY/user`): the generated User 0 is given it. */
  username: string;
  /** The API user's time zone: dates without a zone are read and written in it. */
  timeZone: string;
}

/** Generated records name their owners among the first users only, as a small team would. */
const ownerPool = 20;

/** All the objects of the emulated company (the Oracle tenant). */
export class Company implements JournaledData {
  /** The API user's row id. */
  readonly userId: string;
  private readonly byLowerName = new Map<string, OracleObjectStore>();

  constructor(
    readonly options: CompanyOptions,
    specs: readonly OracleObjectSpec[] = oracleObjects,
  ) {
    const userPrefix = specs.find((spec) => spec.name === 'User')?.idPrefix ?? 'AYCF';
    const userId = (draw: number) =>
      rowId(userPrefix, Math.floor(draw * Math.min(options.records, ownerPool)));
    for (const spec of specs) {
      const store = new OracleObjectStore(
        spec,
        this.settings(options, userId, (objectName, draw) => {
          const target = this.store(objectName);
          return target && target.generatedCount > 0
            ? target.idOf(Math.floor(draw * target.generatedCount))
            : null;
        }),
      );
      this.byLowerName.set(spec.name.toLowerCase(), store);
    }
    const users = this.store('User');
    this.userId = users?.idOf(0) ?? '';
    if (users && users.generatedCount > 0)
      users.patch(
        0,
        new Map([
          ['UserSignInId', options.username],
          ['TimeZoneName', options.timeZone],
        ]),
      );
  }

  private settings(
    options: CompanyOptions,
    userId: (draw: number) => string,
    reference: (objectName: string, draw: number) => string | null,
  ) {
    return {
      seed: options.seed,
      anchor: options.anchor,
      generatedCount: options.records,
      userId,
      reference,
    };
  }

  /** The company name: the part of the sign-in id before the slash. */
  get name(): string {
    return this.options.username.split('/')[0] ?? '';
  }

  store(objectName: string): OracleObjectStore | undefined {
    return this.byLowerName.get(objectName.toLowerCase());
  }

  stores(): OracleObjectStore[] {
    return [...this.byLowerName.values()];
  }
}
