/**
 * What a SOAPAction names. Oracle routes each request on it:
 * `"document/urn:crmondemand/ws/ecbs/contact/:ContactQueryPage"` (v2.0),
 * `"document/urn:crmondemand/ws/contact/10/2004:ContactQueryPage"` (v1.0),
 * `"document/urn:crmondemand/ws/deleteditem/:DeletedItemQueryPage"`,
 * `"document/urn:crmondemand/ws/picklist/:GetPicklistValues"`.
 */
export type SoapAction =
  | { api: 'v2'; namespace: string; object: string; method: string }
  | { api: 'v1'; namespace: string; object: string; method: string }
  | { api: 'deletedItem'; namespace: string; method: string }
  | { api: 'picklist'; namespace: string; method: string };

export function parseSoapAction(header: string | undefined): SoapAction | null {
  const m = /^"?document\/(urn:crmondemand\/ws\/[^"]*?):(\w+)"?$/.exec((header ?? '').trim());
  if (!m) return null;
  const namespace = m[1] as string;
  const method = m[2] as string;
  const v2 = /^urn:crmondemand\/ws\/ecbs\/(\w+)\/$/.exec(namespace);
  if (v2) return { api: 'v2', namespace, object: v2[1] as string, method };
  const v1 = /^urn:crmondemand\/ws\/(\w+)\/10\/2004$/.exec(namespace);
  if (v1) return { api: 'v1', namespace, object: v1[1] as string, method };
  if (namespace === 'urn:crmondemand/ws/deleteditem/')
    return { api: 'deletedItem', namespace, method };
  if (namespace === 'urn:crmondemand/ws/picklist/') return { api: 'picklist', namespace, method };
  return null;
}

const v2Operations: Readonly<Record<string, string>> = {
  QueryPage: 'queryPage',
  Insert: 'insert',
  Update: 'update',
  InsertOrUpdate: 'insertOrUpdate',
  Delete: 'delete',
};

/** The fault-target name of a SOAP request: one per kind of call, whatever the object. */
export function operationName(action: SoapAction | null): string {
  if (!action) return 'soap';
  if (action.api === 'deletedItem') return 'deletedItemQueryPage';
  if (action.api === 'picklist') return 'getPicklistValues';
  const suffix = Object.keys(v2Operations).find(
    (method) => action.method.toLowerCase() === `${action.object}${method}`.toLowerCase(),
  );
  if (!suffix) return 'soap';
  const name = v2Operations[suffix] as string;
  if (action.api === 'v2') return name;
  // v1.0 is emulated for its QueryPage only, the call whose sort-or-filter rule the console checks.
  return name === 'queryPage' ? 'queryPageV1' : 'soap';
}

/** Every fault-target name the SOAP endpoint has, plus the session commands. */
export const oracleOperationNames = [
  'login',
  'logoff',
  'soap',
  ...Object.values(v2Operations),
  'queryPageV1',
  'deletedItemQueryPage',
  'getPicklistValues',
];
