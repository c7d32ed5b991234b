import { XMLParser } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { OracleCriteria } from './oracle-criteria';

export const oracleApiVersions = ['v2.0', 'v1.0'] as const;
export type OracleApiVersion = (typeof oracleApiVersions)[number];

const soapEnvelope = 'http://schemas.xmlsoap.org/soap/envelope/';

/** One SOAP call: the body to post, and the SOAPAction header naming the method. */
export interface SoapCall {
  action: string;
  body: string;
}

/** The service, input element and record namespace of a method of an object, per version. */
function names(object: string, method: string, version: OracleApiVersion, io: 'Query' | 'Data') {
  const lower = object.toLowerCase();
  return version === 'v2.0'
    ? {
        service: `urn:crmondemand/ws/ecbs/${lower}/`,
        input: `${object}${method}_Input`,
        records: `urn:/crmondemand/xml/${object}/${io}`,
      }
    : {
        service: `urn:crmondemand/ws/${lower}/10/2004`,
        input: `${object}WS_${object}${method}_Input`,
        records: `urn:/crmondemand/xml/${lower}`,
      };
}

function envelope(service: string, input: string, method: string, fill: (at: XMLBuilder) => void) {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(soapEnvelope, 'soapenv:Envelope');
  fill(root.ele('soapenv:Header').up().ele('soapenv:Body').ele(service, `ns:${input}`));
  return { action: `"document/${service}:${method}"`, body: root.end() };
}

export interface QueryPageRequest {
  object: string;
  fields: readonly string[];
  criteria: OracleCriteria;
  sort: readonly { field: string; descending: boolean }[];
  pageSize: number;
  startRow: number;
  version: OracleApiVersion;
}

/**
 * `<Object>QueryPage`: one template record naming the fields to return, each carrying its
 * field-level expression (or the object a searchspec), its sort as attributes.
 */
export function queryPageCall(request: QueryPageRequest): SoapCall {
  const { object, version } = request;
  const n = names(object, 'QueryPage', version, 'Query');
  const expressions = request.criteria.kind === 'fields' ? request.criteria.expressions : null;
  const sortOf = new Map(request.sort.map((s, i) => [s.field, { ...s, sequence: i + 1 }]));
  const requested = [
    ...new Set([...request.fields, ...(expressions?.keys() ?? []), ...sortOf.keys()]),
  ];
  return envelope(n.service, n.input, `${object}QueryPage`, (input) => {
    const listAttributes =
      version === 'v2.0'
        ? {
            pagesize: String(request.pageSize),
            startrownum: String(request.startRow),
            recordcountneeded: 'false',
          }
        : {};
    if (version === 'v1.0') input.ele('ns:PageSize').txt(String(request.pageSize));
    const record = input
      .ele(n.records, `data:ListOf${object}`, listAttributes)
      .ele(
        'data:' + object,
        request.criteria.kind === 'searchspec' ? { searchspec: request.criteria.text } : {},
      );
    for (const field of requested) {
      const sort = sortOf.get(field);
      const element = record.ele(
        `data:${field}`,
        sort
          ? { sortorder: sort.descending ? 'DESC' : 'ASC', sortsequence: String(sort.sequence) }
          : {},
      );
      const expression = expressions?.get(field);
      if (expression) element.txt(expression);
    }
    if (version === 'v1.0') input.ele('ns:StartRowNum').txt(String(request.startRow));
  });
}

export type WriteMethod = 'Insert' | 'Update' | 'InsertOrUpdate' | 'Delete';

/** `<Object>Insert` and its kin: the records as field elements, in order. */
export function writeCall(
  object: string,
  method: WriteMethod,
  records: readonly Readonly<Record<string, string | null>>[],
  version: OracleApiVersion,
): SoapCall {
  const n = names(object, method, version, 'Data');
  return envelope(n.service, n.input, `${object}${method}`, (input) => {
    const list = input.ele(n.records, `data:ListOf${object}`);
    for (const record of records) {
      const element = list.ele(`data:${object}`);
      for (const [field, value] of Object.entries(record))
        element.ele(`data:${field}`).txt(value ?? '');
    }
  });
}

/** `DeletedItemQueryPage`: the deletions of one object type within a window, by date. */
export function deletedItemsCall(
  type: string,
  window: { from: string; to: string },
  pageSize: number,
  startRow: number,
): SoapCall {
  const service = 'urn:crmondemand/ws/deleteditem/';
  return envelope(
    service,
    'DeletedItemWS_DeletedItemQueryPage_Input',
    'DeletedItemQueryPage',
    (input) => {
      input.ele('ns:PageSize').txt(String(pageSize));
      const item = input
        .ele('urn:/crmondemand/xml/deleteditem', 'data:ListOfDeletedItem')
        .ele('data:DeletedItem');
      item.ele('data:DeletedItemId');
      item.ele('data:DeletedDate').txt(`>= '${window.from}' AND <= '${window.to}'`);
      item.ele('data:Name');
      item.ele('data:ObjectId');
      item.ele('data:Type').txt(`= '${type}'`);
      item.ele('data:ExternalSystemId');
      input.ele('ns:StartRowNum').txt(String(startRow));
    },
  );
}

/** `GetPicklistValues` of one field of an object, the codes with the display values. */
export function picklistCall(object: string, field: string): SoapCall {
  const service = 'urn:crmondemand/ws/picklist/';
  return envelope(service, 'PicklistWS_GetPicklistValues_Input', 'GetPicklistValues', (input) => {
    input.ele('ns:FieldName').txt(field);
    input.ele('ns:RecordType').txt(object);
    input.ele('ns:LOVLanguageMode').txt('LIC');
  });
}

/** The Mapping Service's `GetMapping`: the fields of an object with their types. */
export function mappingCall(object: string): SoapCall {
  const service = 'urn:crmondemand/ws/mappingservice/';
  return envelope(service, 'MappingWS_GetMapping_Input', 'GetMapping', (input) => {
    input.ele('ns:ObjectName').txt(object);
  });
}

/** A SOAP fault as Oracle gives it, with its `siebdetail`: the seed's four reject columns. */
export interface OracleFault {
  faultString: string;
  /** `SBL-DAT-00553`: the error code, without Oracle's parentheses. */
  errorCode: string | null;
  errorSymbol: string | null;
  errorMessage: string;
  logFilename: string | null;
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

/** A parsed XML element: text, or children and attributes by name. */
export type XmlNode = string | { [name: string]: XmlNode | XmlNode[] | undefined };

function child(
  node: XmlNode | XmlNode[] | undefined,
  name: string,
): XmlNode | XmlNode[] | undefined {
  const one = Array.isArray(node) ? node[0] : node;
  return one !== undefined && typeof one === 'object' ? one[name] : undefined;
}

/** The text of an element, `''` for an empty one, undefined for a missing one. */
export function textOf(node: XmlNode | XmlNode[] | undefined): string | undefined {
  const one = Array.isArray(node) ? node[0] : node;
  if (one === undefined) return undefined;
  if (typeof one === 'string') return one;
  const text = one['#text'];
  return typeof text === 'string' ? text : '';
}

/** The elements of a name under a node, one or many as a list. */
export function elementsOf(node: XmlNode | XmlNode[] | undefined, name: string): XmlNode[] {
  const found = child(node, name);
  return found === undefined ? [] : Array.isArray(found) ? found : [found];
}

/** Follows a path of element names (the first element of each). */
export function at(node: XmlNode | XmlNode[] | undefined, ...path: string[]): XmlNode | undefined {
  let here: XmlNode | XmlNode[] | undefined = node;
  for (const name of path) here = child(here, name);
  return Array.isArray(here) ? here[0] : here;
}

/** The answer's Body, or its Fault; null when the text is no SOAP envelope. */
export function readEnvelope(xml: string): { body: XmlNode } | { fault: OracleFault } | null {
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch {
    return null;
  }
  const body = at(doc, 'Envelope', 'Body');
  if (body === undefined) return null;
  const fault = at(body, 'Fault');
  if (fault === undefined) return { body };
  const faultString = textOf(at(fault, 'faultstring')) ?? '';
  const detail = at(fault, 'detail', 'siebdetail');
  const error = at(detail, 'errorstack', 'error');
  const code =
    textOf(at(error, 'errorcode')) ?? /\((SBL-[A-Z]+-\d+)\)/.exec(faultString)?.[1] ?? null;
  return {
    fault: {
      faultString,
      errorCode: code ? code.replace(/^\(|\)$/g, '') : null,
      errorSymbol: textOf(at(error, 'errorsymbol')) || null,
      errorMessage: textOf(at(error, 'errormsg')) || faultString,
      logFilename: textOf(at(detail, 'logfilename')) || null,
    },
  };
}
