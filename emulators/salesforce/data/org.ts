import { mix } from '../../framework/seeded-random';
import { parseRecordId, recordId } from '../ids';
import { sobjectSpecs } from '../schema/objects';
import type { SObjectSpec } from '../schema/object-spec';
import { ObjectStore } from './object-store';

export interface OrgOptions {
  seed: number;
  /** Generated records per object. */
  records: number;
  anchor: number;
  /** The API user's username: the generated User 0 is given it. */
  username: string;
}

/** Generated records name their owners among the first users only, as a small team would. */
const ownerPool = 20;

/** All the objects of the emulated org, reachable by name or by id prefix. */
export class Org {
  readonly organizationId: string;
  readonly userId: string;
  private readonly byLowerName = new Map<string, ObjectStore>();
  private readonly byPrefix = new Map<string, ObjectStore>();

  constructor(
    readonly options: OrgOptions,
    specs: readonly SObjectSpec[] = sobjectSpecs,
  ) {
    const userCount = options.records;
    const userId = (draw: number) =>
      recordId('005', Math.floor(draw * Math.min(userCount, ownerPool)));
    for (const spec of specs) {
      const store = new ObjectStore(spec, {
        seed: options.seed,
        anchor: options.anchor,
        generatedCount: options.records,
        userId,
        reference: (objectName, draw) => {
          const target = this.store(objectName);
          return target && target.generatedCount > 0
            ? target.idOf(Math.floor(draw * target.generatedCount))
            : null;
        },
      });
      this.byLowerName.set(spec.name.toLowerCase(), store);
      this.byPrefix.set(spec.keyPrefix, store);
    }
    this.organizationId = recordId('00D', mix(options.seed, 0x0d) % 1_000_000);
    this.userId = recordId('005', 0);
    const users = this.store('User');
    if (users && users.generatedCount > 0)
      users.patch(0, new Map([['Username', options.username]]));
  }

  store(objectName: string): ObjectStore | undefined {
    return this.byLowerName.get(objectName.toLowerCase());
  }

  stores(): ObjectStore[] {
    return [...this.byLowerName.values()];
  }

  /** The store an id belongs to, by its key prefix. */
  storeForId(id: string): ObjectStore | undefined {
    const parsed = parseRecordId(id);
    return parsed ? this.byPrefix.get(parsed.keyPrefix) : undefined;
  }
}
