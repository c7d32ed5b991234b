import type { FieldValue } from '../../data/generation';
import type { OracleContext } from '../context';
import type { Deletion, OracleObjectStore } from '../data/object-store';
import type { RecordReader } from '../../framework/record-reader';
import type { FieldCatalog, Readable } from '../query/evaluate';
import { readTemplate, wholeNumber } from '../query/read-template';
import { renderValue } from '../query/render-value';
import type { OracleFieldSpec } from '../schema/field-spec';
import { child, soapResponse, type XmlElement } from '../soap/envelope';
import { oracleErrors } from '../soap/oracle-error';
import { defaultPageSize, maxPageSize } from './query-page';

const deletedItemFields: readonly OracleFieldSpec[] = [
  { name: 'DeletedItemId', type: 'id' },
  { name: 'DeletedById', type: 'id' },
  { name: 'DeletedDate', type: 'dateTime' },
  { name: 'Name', type: 'text' },
  { name: 'ObjectId', type: 'id' },
  { name: 'Type', type: 'text' },
  { name: 'ExternalSystemId', type: 'text' },
];

const catalog: FieldCatalog = {
  name: 'DeletedItem',
  field: (name) =>
    deletedItemFields.find((field) => field.name.toLowerCase() === name.toLowerCase()),
};

/** What the Deleted Items list shows of a record: Account's name, a person's full name… */
function nameOf(store: OracleObjectStore, read: (field: string) => FieldValue): string {
  const named = ['AccountName', 'OpportunityName', 'CampaignName'].find((field) =>
    store.field(field),
  );
  if (named) return String(read(named) ?? '');
  const [first, last] = store.field('ContactFirstName')
    ? ['ContactFirstName', 'ContactLastName']
    : ['FirstName', 'LastName'];
  return [read(first), read(last)].filter((part) => part !== null && part !== '').join(' ');
}

/** A Deleted Items row: its name and keys are read from the record only when asked for. */
class DeletedItem implements Readable {
  readonly id: string;

  constructor(
    private readonly store: OracleObjectStore,
    private readonly reader: RecordReader,
    storeIndex: number,
    private readonly deletion: Deletion & { ref: number },
  ) {
    this.id = `AYDI${storeIndex}-${deletion.ref.toString(36).toUpperCase().padStart(6, '0')}`;
  }

  get date(): number {
    return this.deletion.at;
  }

  read(field: string): FieldValue {
    const { ref } = this.deletion;
    switch (field) {
      case 'DeletedItemId':
        return this.id;
      case 'DeletedById':
        return this.deletion.userId;
      case 'DeletedDate':
        return this.deletion.at;
      case 'Type':
        return this.store.name;
      case 'ObjectId':
        return this.store.idOf(ref);
      case 'Name':
        return nameOf(this.store, (name) => this.reader.at(ref).read(name));
      case 'ExternalSystemId':
        return this.reader.at(ref).read('ExternalSystemId');
      default:
        return null;
    }
  }
}

const byDate = (a: DeletedItem, b: DeletedItem) => a.date - b.date || (a.id < b.id ? -1 : 1);

function rows(ctx: OracleContext, which: 'generated' | 'api'): DeletedItem[] {
  const items: DeletedItem[] = [];
  for (const [index, store] of ctx.company.stores().entries()) {
    const reader = store.reader();
    const deletions = which === 'generated' ? store.generatedDeletions() : store.apiDeletions();
    for (const deletion of deletions) items.push(new DeletedItem(store, reader, index, deletion));
  }
  return items.sort(byDate);
}

/** The generated deletions never change: each company's are listed and sorted once. */
const generatedRows = new WeakMap<OracleContext['company'], DeletedItem[]>();

/** Every deleted record as a Deleted Items row, sorted by DeletedDate. */
function deletedItems(ctx: OracleContext): DeletedItem[] {
  let generated = generatedRows.get(ctx.company);
  if (!generated) generatedRows.set(ctx.company, (generated = rows(ctx, 'generated')));
  const api = rows(ctx, 'api');
  const merged: DeletedItem[] = [];
  let i = 0;
  let j = 0;
  while (i < generated.length || j < api.length) {
    const next =
      j >= api.length ||
      (i < generated.length && byDate(generated[i] as DeletedItem, api[j] as DeletedItem) <= 0)
        ? generated[i++]
        : api[j++];
    merged.push(next as DeletedItem);
  }
  return merged;
}

/**
 * `DeletedItemWS_DeletedItemQueryPage`: the Deleted Items of every object, sorted by
 * `DeletedDate`, filtered by the template's expressions (`<Type>='Contact'</Type>`), paged by
 * `PageSize` and `StartRowNum`.
 */
export function deletedItemQueryPage(
  ctx: OracleContext,
  namespace: string,
  input: XmlElement,
): string {
  if (input.name !== 'DeletedItemWS_DeletedItemQueryPage_Input')
    throw oracleErrors.malformed(
      `expected <DeletedItemWS_DeletedItemQueryPage_Input>, found <${input.name}>`,
    );
  const record = child(child(input, 'ListOfDeletedItem') ?? input, 'DeletedItem');
  const template = record
    ? readTemplate(record, catalog, ctx.timeZone)
    : {
        fields: deletedItemFields.map((field) => field.name),
        test: null,
        sort: [],
        filtered: false,
      };
  const pageSize = wholeNumber(
    child(input, 'PageSize')?.text,
    defaultPageSize,
    1,
    maxPageSize,
    oracleErrors.pageSize,
  );
  const start = wholeNumber(
    child(input, 'StartRowNum')?.text,
    0,
    0,
    Number.MAX_SAFE_INTEGER,
    oracleErrors.startRow,
  );
  const test = template.test;
  const all = deletedItems(ctx);
  const matching = test ? all.filter((item) => test(item)) : all;
  const page = matching.slice(start, start + pageSize);
  const options = { api: 'v2', timeZone: ctx.timeZone, lovMode: 'LIC' } as const;
  return soapResponse(namespace, 'DeletedItemWS_DeletedItemQueryPage_Output', (output) => {
    const list = output.ele('urn:/crmondemand/xml/deleteditem', 'ListOfDeletedItem');
    for (const item of page) {
      const element = list.ele('DeletedItem');
      for (const name of template.fields) {
        const field = catalog.field(name);
        const text = field ? renderValue(field, item.read(field.name), options) : null;
        if (field && text !== null) element.ele(field.name).txt(text);
      }
    }
    output.ele(namespace, 'ns:LastPage').txt(String(start + pageSize >= matching.length));
  });
}
