import type { FieldValue } from '../../data/generation';
import type { Caller, OracleContext } from '../context';
import type { OracleObjectStore } from '../data/object-store';
import { renderValue } from '../query/render-value';
import { soapResponse, type XmlElement } from '../soap/envelope';
import { OracleError, oracleErrors } from '../soap/oracle-error';
import { missingRequired, readRecord, type IncomingRecord } from './field-values';
import { expectInput, listOf } from './object-of';

export type WriteMethod = 'Insert' | 'Update' | 'InsertOrUpdate' | 'Delete';

/** Oracle's limit of top-level records in one batch request. */
export const maxBatchRecords = 20;

/** What one record of the batch will do once the whole batch has passed its checks. */
type Planned =
  | { op: 'create'; values: Map<string, FieldValue> }
  | { op: 'update'; ref: number; values: Map<string, FieldValue> }
  | { op: 'delete'; ref: number };

/** The live record a write names by `Id`, else by `ExternalSystemId`; null when none is named. */
function findTarget(store: OracleObjectStore, record: IncomingRecord): number | 'none' | null {
  if (record.id !== null) {
    const ref = store.refOf(record.id);
    if (ref === null || store.isDeleted(ref)) throw oracleErrors.noRows(store.name);
    return ref;
  }
  if (record.externalSystemId !== null)
    return store.findByExternalId(record.externalSystemId) ?? 'none';
  return null;
}

function plan(
  method: WriteMethod,
  store: OracleObjectStore,
  record: IncomingRecord,
  claimed: Map<string, number | 'new'>,
): Planned {
  if (method === 'Insert' && record.id !== null) throw oracleErrors.readOnly('Id');
  let target = findTarget(store, record);
  if (target === null && method !== 'Insert') throw oracleErrors.noUserKey(store.name);
  if (method === 'Delete') {
    if (target === 'none' || target === null) throw oracleErrors.noRows(store.name);
    return { op: 'delete', ref: target };
  }
  if (method === 'Update' && target === 'none') throw oracleErrors.noRows(store.name);
  if (method === 'Insert') {
    if (typeof target === 'number')
      throw oracleErrors.duplicate('ExternalSystemId', record.externalSystemId ?? '');
    target = null;
  }
  // An ExternalSystemId names one record: another live one, or another of this batch, conflicts.
  const external = record.values.get('ExternalSystemId');
  if (typeof external === 'string') {
    const owner = store.findByExternalId(external);
    const mine = typeof target === 'number' ? target : 'new';
    if (
      (owner !== null && owner !== mine) ||
      (claimed.has(external) && claimed.get(external) !== mine)
    )
      throw oracleErrors.duplicate('ExternalSystemId', external);
    claimed.set(external, mine);
  }
  if (typeof target === 'number') {
    const reader = store.reader().at(target);
    const missing = missingRequired(store, (field) =>
      record.values.has(field) ? (record.values.get(field) ?? null) : reader.read(field),
    );
    if (missing.length > 0) throw missing[0] as OracleError;
    return { op: 'update', ref: target, values: record.values };
  }
  const missing = missingRequired(store, (field) => record.values.get(field) ?? null);
  if (missing.length > 0) throw missing[0] as OracleError;
  return { op: 'create', values: record.values };
}

/**
 * Web Services v2.0 `<Object>Insert`, `Update`, `InsertOrUpdate` and `Delete`. As in Oracle a
 * batch (at most 20 records) is one transaction: every record is checked first, and one bad
 * record fails the whole request with a fault whose error stack holds each bad record's error,
 * in record order; nothing is written. Otherwise the answer lists each record's keys and dates.
 */
export function writeRecords(
  ctx: OracleContext,
  caller: Caller,
  store: OracleObjectStore,
  namespace: string,
  method: WriteMethod,
  input: XmlElement,
): string {
  expectInput(input, `${store.name}${method}_Input`);
  const elements = listOf(input, store).children.filter((element) => element.name === store.name);
  if (elements.length === 0)
    throw oracleErrors.malformed(`<ListOf${store.name}> holds no <${store.name}>`);
  if (elements.length > maxBatchRecords) throw oracleErrors.batchTooLarge(elements.length);
  const claimed = new Map<string, number | 'new'>();
  const errors: OracleError[] = [];
  const planned: Planned[] = [];
  for (const element of elements) {
    const record = readRecord(element, store, ctx.timeZone);
    try {
      if (record.errors.length > 0) throw record.errors[0] as OracleError;
      planned.push(plan(method, store, record, claimed));
    } catch (error) {
      if (!(error instanceof OracleError)) throw error;
      errors.push(error);
    }
  }
  if (errors.length > 0) throw oracleErrors.batch(errors);
  const now = ctx.now();
  const refs = planned.map((step) => {
    if (step.op === 'create') return store.create(step.values, caller.userId, now);
    if (step.op === 'update') store.update(step.ref, step.values, caller.userId, now);
    else store.delete(step.ref, caller.userId, now);
    return step.ref;
  });
  const options = { api: 'v2', timeZone: ctx.timeZone, lovMode: 'LIC' } as const;
  const reader = store.reader();
  return soapResponse(namespace, `${store.name}${method}_Output`, (output) => {
    const list = output.ele(`urn:/crmondemand/xml/${store.name}/Data`, `ListOf${store.name}`);
    for (const ref of refs) {
      const record = list.ele(store.name);
      reader.at(ref);
      for (const name of ['Id', 'ExternalSystemId', 'CreatedDate', 'ModifiedDate', 'LastUpdated']) {
        const field = store.field(name);
        const text = field ? renderValue(field, reader.read(name), options) : null;
        if (text !== null) record.ele(name).txt(text);
      }
    }
  });
}
