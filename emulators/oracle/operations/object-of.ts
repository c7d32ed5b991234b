import type { OracleContext } from '../context';
import type { OracleObjectStore } from '../data/object-store';
import { child, type XmlElement } from '../soap/envelope';
import { oracleErrors } from '../soap/oracle-error';

/** The store a SOAPAction's object names (`contact` → Contact), or the unknown-operation fault. */
export function storeFor(
  ctx: OracleContext,
  objectName: string,
  action: string,
): OracleObjectStore {
  const store = ctx.company
    .stores()
    .find((candidate) => candidate.spec.namespaceName === objectName.toLowerCase());
  if (!store) throw oracleErrors.unknownOperation(action);
  return store;
}

/** The input element must be the one the SOAPAction announces. */
export function expectInput(input: XmlElement, name: string): void {
  if (input.name !== name)
    throw oracleErrors.malformed(`expected <${name}> in the SOAP Body, found <${input.name}>`);
}

/** `ListOf<Object>`, required. */
export function listOf(input: XmlElement, store: OracleObjectStore): XmlElement {
  const list = child(input, `ListOf${store.name}`);
  if (!list) throw oracleErrors.malformed(`<ListOf${store.name}> is missing`);
  return list;
}
