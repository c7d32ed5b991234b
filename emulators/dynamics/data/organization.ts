import { mix } from '../../framework/seeded-random';
import { entitySpecs } from '../schema/entities';
import type { EntitySpec } from '../schema/entity-spec';
import { EntityStore, firstApiVersion, type EntityWrite } from './entity-store';
import { parseRowGuid, rowGuid } from './guids';

export interface OrganizationOptions {
  seed: number;
  /** Generated rows per entity. */
  records: number;
  anchor: number;
  /** The API user's sign-in name: generated user 0 is given it. */
  username: string;
}

/** Generated rows name their owners among the first users only, as a small team would. */
const ownerPool = 20;
const businessUnitTypeCode = 10;
const organizationTypeCode = 1019;

/** All the entities of the emulated organization, by logical name, entity set or row id. */
export class Organization {
  readonly organizationId: string;
  readonly businessUnitId: string;
  readonly userId: string;
  private readonly byLogicalName = new Map<string, EntityStore>();
  private readonly bySetName = new Map<string, EntityStore>();
  private readonly byTypeCode = new Map<number, EntityStore>();
  private version = firstApiVersion;
  /** Told of every committed write (the Demo organization's journal). */
  onWrite: ((write: EntityWrite) => void) | null = null;
  private transaction: { writes: EntityWrite[]; undos: (() => void)[] } | null = null;

  constructor(
    readonly options: OrganizationOptions,
    specs: readonly EntitySpec[] = entitySpecs,
  ) {
    const users = specs.find((spec) => spec.logicalName === 'systemuser');
    const userId = (draw: number) =>
      rowGuid(users?.objectTypeCode ?? 8, Math.floor(draw * Math.min(options.records, ownerPool)));
    for (const spec of specs) {
      const store = new EntityStore(spec, {
        seed: options.seed,
        anchor: options.anchor,
        generatedCount: options.records,
        userId,
        reference: (entity, draw) => {
          const target = this.entity(entity);
          return target && target.generatedCount > 0
            ? target.idOf(Math.floor(draw * target.generatedCount))
            : null;
        },
        nextVersion: () => ++this.version,
        record: (write, undo) => {
          if (this.transaction) {
            this.transaction.writes.push(write);
            this.transaction.undos.push(undo);
          } else this.onWrite?.(write);
        },
      });
      this.byLogicalName.set(spec.logicalName, store);
      this.bySetName.set(spec.entitySetName, store);
      this.byTypeCode.set(spec.objectTypeCode, store);
    }
    this.organizationId = rowGuid(organizationTypeCode, mix(options.seed, 0x0d) % 1_000_000);
    this.businessUnitId = rowGuid(businessUnitTypeCode, 0);
    this.userId = userId(0);
    this.entity('systemuser')?.patch(0, new Map([['domainname', options.username]]));
  }

  /**
   * Runs a change set: its writes take effect together, or — when `run` throws — none of
   * them does, undone in reverse order; the journal hears of them only once committed.
   */
  async atomically<T>(run: () => Promise<T>): Promise<T> {
    const transaction = { writes: [] as EntityWrite[], undos: [] as (() => void)[] };
    this.transaction = transaction;
    try {
      const result = await run();
      this.transaction = null;
      for (const write of transaction.writes) this.onWrite?.(write);
      return result;
    } catch (error) {
      this.transaction = null;
      for (const undo of transaction.undos.reverse()) undo();
      throw error;
    }
  }

  /** The version the next change will exceed: what a delta token records. */
  get currentVersion(): number {
    return this.version;
  }

  entity(logicalName: string): EntityStore | undefined {
    return this.byLogicalName.get(logicalName);
  }

  /** Entity set names are case-sensitive, as in the Web API. */
  entitySet(setName: string): EntityStore | undefined {
    return this.bySetName.get(setName);
  }

  entities(): EntityStore[] {
    return [...this.byLogicalName.values()];
  }

  /** The entity a row id belongs to, by the type code it encodes or the ids clients chose. */
  entityOfId(id: string): EntityStore | undefined {
    const parsed = parseRowGuid(id);
    const coded = parsed ? this.byTypeCode.get(parsed.objectTypeCode) : undefined;
    if (coded) return coded;
    return this.entities().find((store) => store.anyRefOf(id) !== null);
  }
}
