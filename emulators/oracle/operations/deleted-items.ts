import type { FieldValue } from '../../data/generation';
import type { OracleContext } from '../context';
import type { OracleObjectStore } from '../data/object-store';
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

interface DeletedItem extends Readable {
  date: number;
  id: string;
}

function deletedItems(ctx: OracleContext): DeletedItem[] {
  const items: DeletedItem[] = [];
  for (const [index, store] of ctx.company.stores().entries()) {
    const reader = store.reader();
    for (const ref of store.deletedRefs()) {
      const deletion = store.deletion(ref);
      if (!deletion) continue;
      reader.at(ref);
      const values: Record<string, FieldValue> = {
        DeletedItemId: `AYDI${index}-${ref.toString(36).toUpperCase().padStart(6, '0')}`,
        DeletedById: deletion.userId,
        DeletedDate: deletion.at,
        Name: nameOf(store, (field) => reader.read(field)),
        ObjectId: store.idOf(ref),
        Type: store.name,
        ExternalSystemId: reader.read('ExternalSystemId'),
      };
      items.push({
        date: deletion.at,
        id: String(values.DeletedItemId),
        read: (field) => values[field] ?? null,
      });
    }
  }
  return items.sort((a, b) => a.date - b.date || (a.id < b.id ? -1 : 1));
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
  const matching = test ? deletedItems(ctx).filter((item) => test(item)) : deletedItems(ctx);
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
