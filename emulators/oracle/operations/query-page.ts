import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { OracleContext } from '../context';
import type { OracleObjectStore } from '../data/object-store';
import { readTemplate, wholeNumber } from '../query/read-template';
import { lovModeOf, renderValue, type RenderOptions } from '../query/render-value';
import { runQuery, type QueryPage } from '../query/run-query';
import { child, soapResponse, type XmlElement } from '../soap/envelope';
import { oracleErrors } from '../soap/oracle-error';
import { expectInput, listOf } from './object-of';

/** Most records a page holds, and the page size when the request names none. */
export const maxPageSize = 100;
export const defaultPageSize = 10;

function writeRecords(
  list: XMLBuilder,
  store: OracleObjectStore,
  page: QueryPage,
  fields: readonly string[],
  options: RenderOptions,
): void {
  const reader = store.reader();
  for (const ref of page.refs) {
    const record = list.ele(store.name);
    reader.at(ref);
    for (const name of fields) {
      const field = store.field(name);
      if (!field) continue;
      const text = renderValue(field, reader.read(field.name), options);
      if (text !== null) record.ele(field.name).txt(text);
    }
  }
}

/**
 * Web Services v2.0 `<Object>QueryPage`: `ListOf<Object>` carries `pagesize` (≤ 100),
 * `startrownum` and `recordcountneeded`; the answer's list carries `lastpage` and, when asked,
 * `recordcount`.
 */
export function queryPageV2(
  ctx: OracleContext,
  store: OracleObjectStore,
  namespace: string,
  input: XmlElement,
): string {
  expectInput(input, `${store.name}QueryPage_Input`);
  const list = listOf(input, store);
  const record = child(list, store.name);
  const template = record
    ? readTemplate(record, store, ctx.timeZone)
    : { fields: ['Id'], test: null, filtered: false, sort: [] };
  const page = runQuery({
    store,
    test: template.test,
    sort: template.sort,
    pageSize: wholeNumber(
      list.attributes.pagesize,
      defaultPageSize,
      1,
      maxPageSize,
      oracleErrors.pageSize,
    ),
    startRow: wholeNumber(
      list.attributes.startrownum,
      0,
      0,
      Number.MAX_SAFE_INTEGER,
      oracleErrors.startRow,
    ),
    countNeeded: list.attributes.recordcountneeded?.toLowerCase() === 'true',
  });
  const options: RenderOptions = {
    api: 'v2',
    timeZone: ctx.timeZone,
    lovMode: lovModeOf(child(input, 'LOVLanguageMode')?.text),
  };
  return soapResponse(namespace, `${store.name}QueryPage_Output`, (output) => {
    const out = output.ele(`urn:/crmondemand/xml/${store.name}/Data`, `ListOf${store.name}`);
    if (page.recordCount !== null) out.att('recordcount', String(page.recordCount));
    out.att('lastpage', String(page.lastPage));
    writeRecords(out, store, page, template.fields, options);
  });
}

/**
 * Web Services v1.0 `<Object>WS_<Object>QueryPage`: `PageSize` and `StartRowNum` elements,
 * field values as the filter, `sortorder` on a field as the sort, never both (the v1.0
 * limitation the console's connector documentation names); `LastPage` in the answer.
 */
export function queryPageV1(
  ctx: OracleContext,
  store: OracleObjectStore,
  namespace: string,
  input: XmlElement,
): string {
  expectInput(input, `${store.name}WS_${store.name}QueryPage_Input`);
  const list = listOf(input, store);
  const record = child(list, store.name);
  const template = record
    ? readTemplate(record, store, ctx.timeZone)
    : { fields: ['Id'], test: null, filtered: false, sort: [] };
  if (template.filtered && template.sort.length > 0) throw oracleErrors.sortAndFilterV1();
  const page = runQuery({
    store,
    test: template.test,
    sort: template.sort,
    pageSize: wholeNumber(
      child(input, 'PageSize')?.text,
      defaultPageSize,
      1,
      maxPageSize,
      oracleErrors.pageSize,
    ),
    startRow: wholeNumber(
      child(input, 'StartRowNum')?.text,
      0,
      0,
      Number.MAX_SAFE_INTEGER,
      oracleErrors.startRow,
    ),
    countNeeded: false,
  });
  const options: RenderOptions = { api: 'v1', timeZone: ctx.timeZone, lovMode: 'LDC' };
  return soapResponse(namespace, `${store.name}WS_${store.name}QueryPage_Output`, (output) => {
    output.ele(namespace, 'ns:LastPage').txt(String(page.lastPage));
    const out = output.ele(
      `urn:/crmondemand/xml/${store.spec.namespaceName}`,
      `ListOf${store.name}`,
    );
    writeRecords(out, store, page, template.fields, options);
  });
}
