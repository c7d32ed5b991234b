import type { Org } from '../data/org';
import type { ObjectStore } from '../data/object-store';
import { normalizeId } from '../ids';
import type { FieldValue } from '../schema/field-spec';
import { prepareValues } from './prepare-values';
import {
  RecordRejected,
  entityIsDeleted,
  invalidCrossReference,
  rolledBack,
  saveError,
  type SaveError,
} from './save-error';

export type WriteOperation =
  | { kind: 'create'; objectName: string | undefined; body: Record<string, unknown> }
  | { kind: 'update'; objectName: string | undefined; body: Record<string, unknown> }
  | {
      kind: 'upsert';
      objectName: string;
      externalIdField: string;
      body: Record<string, unknown>;
    }
  | { kind: 'delete'; id: string };

export type WriteResult =
  | { id: string; success: true; errors: []; created?: boolean }
  | { id?: string; success: false; errors: SaveError[] };

interface Prepared {
  /** Known before applying: updates and deletes name their record. */
  id?: string;
  apply(): { id: string; created?: boolean };
}

export interface BatchOptions {
  allOrNone: boolean;
  userId: string;
  now: number;
}

/**
 * Runs a collection of writes with Salesforce's semantics: records are checked in order, each
 * seeing the effect of the ones before it; with allOrNone one failure rolls back every record
 * (the others report ALL_OR_NONE_OPERATION_ROLLED_BACK), otherwise each valid record is saved.
 */
export function runWriteBatch(
  org: Org,
  operations: readonly WriteOperation[],
  options: BatchOptions,
): WriteResult[] {
  const batch = new Batch(org, options);
  const prepared = operations.map((operation) => batch.prepare(operation));
  const failed = prepared.some((item) => 'error' in item);
  return prepared.map((item): WriteResult => {
    if ('error' in item) return failure(item.error, item.id);
    if (options.allOrNone && failed) return failure(rolledBack, item.id);
    const done = item.apply();
    return done.created === undefined
      ? { id: done.id, success: true, errors: [] }
      : { id: done.id, success: true, errors: [], created: done.created };
  });
}

function failure(error: SaveError, id: string | undefined): WriteResult {
  return id === undefined
    ? { success: false, errors: [error] }
    : { id, success: false, errors: [error] };
}

class Batch {
  /** Unique values taken by earlier records of this batch. */
  private readonly claimed = new Set<string>();
  private readonly deleted = new Set<string>();

  constructor(
    private readonly org: Org,
    private readonly options: BatchOptions,
  ) {}

  prepare(operation: WriteOperation): Prepared | { error: SaveError; id?: string } {
    let id: string | undefined;
    try {
      switch (operation.kind) {
        case 'create':
          return this.create(this.storeNamed(operation.objectName), operation.body);
        case 'update': {
          const raw = operation.body.id ?? operation.body.Id;
          id = typeof raw === 'string' ? (normalizeId(raw) ?? undefined) : undefined;
          const target = this.target(raw, operation.objectName);
          return this.update(target.store, target.ref, operation.body);
        }
        case 'upsert':
          return this.upsert(operation);
        case 'delete': {
          id = normalizeId(operation.id) ?? undefined;
          const target = this.target(operation.id, undefined, 'delete');
          return this.delete(target.store, target.ref);
        }
      }
    } catch (error) {
      if (error instanceof RecordRejected) return { error: error.error, id };
      throw error;
    }
  }

  private storeNamed(objectName: string | undefined): ObjectStore {
    const store = objectName ? this.org.store(objectName) : undefined;
    if (!store)
      throw new RecordRejected(
        saveError(
          'INVALID_TYPE',
          objectName
            ? `sObject type '${objectName}' is not supported.`
            : 'Must specify a type in attributes',
        ),
      );
    return store;
  }

  /** The live record an id names, with the errors of updates and deletes. */
  private target(
    raw: unknown,
    objectName: string | undefined,
    kind: 'update' | 'delete' = 'update',
  ) {
    const text = typeof raw === 'string' ? raw : '';
    const id = normalizeId(text);
    const store = id ? this.org.storeForId(id) : undefined;
    const expected = objectName ? this.org.store(objectName) : store;
    if (!id || !store || store !== expected) {
      const label = expected?.spec.label ?? 'Record';
      throw new RecordRejected(
        kind === 'delete'
          ? saveError('MALFORMED_ID', `malformed id ${text}`)
          : saveError('MALFORMED_ID', `${label} ID: id value of incorrect type: ${text}`, ['Id']),
      );
    }
    const ref = store.refOf(id);
    if (ref === null)
      throw new RecordRejected(kind === 'delete' ? entityIsDeleted : invalidCrossReference);
    if (store.isDeleted(ref) || this.deleted.has(id)) throw new RecordRejected(entityIsDeleted);
    return { store, ref, id };
  }

  private create(store: ObjectStore, body: Record<string, unknown>): Prepared {
    if (body.id !== undefined || body.Id !== undefined)
      throw new RecordRejected(
        saveError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']),
      );
    const values = prepareValues(this.org, store, body, 'create');
    this.claimUniques(store, values, null);
    const { userId, now } = this.options;
    return { apply: () => ({ id: store.idOf(store.create(values, userId, now)) }) };
  }

  private update(store: ObjectStore, ref: number, body: Record<string, unknown>): Prepared {
    const values = prepareValues(this.org, store, body, 'update');
    this.claimUniques(store, values, ref);
    const { userId, now } = this.options;
    const id = store.idOf(ref);
    return {
      id,
      apply: () => {
        store.update(ref, values, userId, now);
        return { id };
      },
    };
  }

  private upsert(operation: Extract<WriteOperation, { kind: 'upsert' }>): Prepared {
    const store = this.storeNamed(operation.objectName);
    const key = store.field(operation.externalIdField);
    const raw = Object.entries(operation.body).find(
      ([name]) => name.toLowerCase() === operation.externalIdField.toLowerCase(),
    )?.[1];
    if (raw === undefined || raw === null || raw === '')
      throw new RecordRejected(
        saveError('MISSING_ARGUMENT', `${key?.name ?? operation.externalIdField} not specified`),
      );
    const match =
      key?.type === 'id'
        ? this.target(raw, store.name).ref
        : key && store.findByUnique(key, String(raw));
    if (match === null || match === undefined || this.deleted.has(store.idOf(match))) {
      const prepared = this.create(store, operation.body);
      return { apply: () => ({ ...prepared.apply(), created: true }) };
    }
    const prepared = this.update(store, match, operation.body);
    return { id: prepared.id, apply: () => ({ ...prepared.apply(), created: false }) };
  }

  private delete(store: ObjectStore, ref: number): Prepared {
    const id = store.idOf(ref);
    if (store.spec.flags?.deletable === false)
      throw new RecordRejected(
        saveError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'),
      );
    this.deleted.add(id);
    const { userId, now } = this.options;
    return {
      id,
      apply: () => {
        store.delete(ref, userId, now);
        return { id };
      },
    };
  }

  /** DUPLICATE_VALUE against saved records, and against earlier records of this batch. */
  private claimUniques(store: ObjectStore, values: Map<string, FieldValue>, self: number | null) {
    const claims: string[] = [];
    for (const [name, value] of values) {
      const field = store.fields.get(name);
      if (!field || !(field.unique || field.externalId) || typeof value !== 'string') continue;
      const existing = store.findByUnique(field, value);
      if (existing !== null && existing !== self && !this.deleted.has(store.idOf(existing)))
        throw new RecordRejected(
          saveError(
            'DUPLICATE_VALUE',
            `duplicate value found: ${field.name} duplicates value on record with id: ${store.idOf(existing)}`,
          ),
        );
      const claim = `${store.name}\u0000${field.name}\u0000${field.caseSensitive ? value : value.toLowerCase()}`;
      if (this.claimed.has(claim))
        throw new RecordRejected(
          saveError(
            'DUPLICATE_VALUE',
            'duplicate value found: <unknown> duplicates value on record with id: <unknown>',
          ),
        );
      claims.push(claim);
    }
    for (const claim of claims) this.claimed.add(claim);
  }
}
