import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listAttributes,
  openOracle,
  queryPageV2Input,
  recordsOf,
  type OracleFixture,
} from '../test-support/oracle';
import { formatLocalDateTime } from './local-time';

const v2 = 'urn:crmondemand/ws/ecbs/contact/:ContactQueryPage';
const v1 = 'urn:crmondemand/ws/contact/10/2004:ContactQueryPage';

let fx: OracleFixture;
beforeAll(async () => {
  fx = await openOracle({ records: 250 });
});
afterAll(() => fx.dispose());

const query = (...args: Parameters<typeof queryPageV2Input>) =>
  fx.soap(v2, fx.token, 'ContactQueryPage_Input', queryPageV2Input(...args));

/** Every live contact's value of a field, read straight from the data. */
function liveValues(field: string): { id: string; value: unknown }[] {
  const store = fx.ora.company.store('Contact');
  if (!store) throw new Error('The emulator has no Contact object.');
  const reader = store.reader();
  const out: { id: string; value: unknown }[] = [];
  for (let ref = 0; ref < store.size; ref++)
    if (!store.isDeleted(ref)) out.push({ id: store.idOf(ref), value: reader.at(ref).read(field) });
  return out;
}

describe('v2.0 ContactQueryPage paging', () => {
  it('pages to the last page with lastpage and recordcount', async () => {
    const live = liveValues('Id');
    const ids: string[] = [];
    for (let start = 0; ; start += 100) {
      const page = await query(
        'Contact',
        { Id: '', ContactLastName: '' },
        { pagesize: 100, startrownum: start, recordcountneeded: true },
      );
      expect(page.status).toBe(200);
      expect(listAttributes(page, 'Contact').recordcount).toBe(String(live.length));
      ids.push(...recordsOf(page, 'Contact').map((record) => record.Id as string));
      if (listAttributes(page, 'Contact').lastpage === 'true') break;
      expect(start).toBeLessThan(1000);
    }
    expect(ids).toEqual(live.map((entry) => entry.id));
  });

  it('returns only the fields asked for and omits recordcount unless asked', async () => {
    const page = await query('Contact', { ContactFirstName: '' }, { pagesize: 3 });
    expect(Object.keys(recordsOf(page, 'Contact')[0] ?? {})).toEqual(['ContactFirstName']);
    expect(listAttributes(page, 'Contact')).toEqual({ lastpage: 'false' });
  });

  it('refuses a page size over 100 and an unknown field', async () => {
    expect((await query('Contact', { Id: '' }, { pagesize: 101 })).fault?.codes).toEqual([
      'SBL-EAI-04451',
    ]);
    const unknown = await query('Contact', { FirstName: '' });
    expect(unknown.fault?.faultstring).toContain("Field 'FirstName' does not exist");
  });
});

describe('v2.0 query expressions', () => {
  const count = async (fields: Record<string, string>, searchspec?: string) =>
    Number(
      listAttributes(
        await query(
          'Contact',
          { Id: '', ...fields },
          { pagesize: 1, recordcountneeded: true, searchspec },
        ),
        'Contact',
      ).recordcount,
    );
  const expected = (field: string, test: (value: unknown) => boolean) =>
    liveValues(field).filter((entry) => test(entry.value)).length;

  it('= <> and ~= compare text, ~ ignoring case', async () => {
    const smith = expected('ContactLastName', (v) => v === 'Smith');
    expect(smith).toBeGreaterThan(0);
    expect(await count({ ContactLastName: "='Smith'" })).toBe(smith);
    expect(await count({ ContactLastName: "='smith'" })).toBe(0);
    expect(await count({ ContactLastName: "~='SMITH'" })).toBe(smith);
    expect(await count({ ContactLastName: "<>'Smith'" })).toBe(liveValues('Id').length - smith);
  });

  it('LIKE and ~LIKE take * and ? wildcards; ~= with a wildcard is a LIKE', async () => {
    const m = expected('ContactLastName', (v) => String(v).startsWith('M'));
    expect(await count({ ContactLastName: "LIKE 'M*'" })).toBe(m);
    expect(await count({ ContactLastName: "~LIKE 'm*'" })).toBe(m);
    expect(await count({ ContactLastName: "~='m*'" })).toBe(m);
    expect(await count({ ContactLastName: "LIKE 'Le?'" })).toBe(
      expected('ContactLastName', (v) => v === 'Lee'),
    );
  });

  it('IS NULL, IS NOT NULL, and OR / AND within a field', async () => {
    const noEmail = expected('ContactEmail', (v) => v === null);
    expect(noEmail).toBeGreaterThan(0);
    expect(await count({ ContactEmail: 'IS NULL' })).toBe(noEmail);
    expect(await count({ ContactEmail: 'IS NOT NULL' })).toBe(liveValues('Id').length - noEmail);
    expect(await count({ ContactLastName: "='Smith' OR ='Lee'" })).toBe(
      expected('ContactLastName', (v) => v === 'Smith' || v === 'Lee'),
    );
    expect(await count({ ContactLastName: ">= 'M' AND < 'N'" })).toBe(
      expected('ContactLastName', (v) => String(v) >= 'M' && String(v) < 'N'),
    );
  });

  it('> >= < <= compare dates in the user time zone', async () => {
    const modified = liveValues('ModifiedDate')
      .map((entry) => entry.value as number)
      .sort();
    const pivot = modified[Math.floor(modified.length / 2)] as number;
    const text = formatLocalDateTime(pivot, fx.ora.timeZone);
    expect(await count({ ModifiedDate: `> '${text}'` })).toBe(
      modified.filter((v) => v > pivot).length,
    );
    expect(await count({ ModifiedDate: `>= '${text}'` })).toBe(
      modified.filter((v) => v >= pivot).length,
    );
    expect(await count({ ModifiedDate: `< '${text}'` })).toBe(
      modified.filter((v) => v < pivot).length,
    );
    expect(await count({ ModifiedDate: `<= '${text}'` })).toBe(
      modified.filter((v) => v <= pivot).length,
    );
    const bad = await query('Contact', { ModifiedDate: "> '2024-01-01'" });
    expect(bad.fault?.codes).toEqual(['SBL-DAT-00359']);
  });

  it('searchspec combines fields with AND, OR, NOT and parentheses, and ANDs with field filters', async () => {
    expect(
      await count(
        {},
        "[ContactLastName] = 'Smith' OR ([ContactEmail] IS NULL AND NOT [NeverEmail] = 'Y')",
      ),
    ).toBe(
      liveValues('Id').filter((_, i) => {
        const last = liveValues('ContactLastName')[i]?.value;
        const email = liveValues('ContactEmail')[i]?.value;
        const never = liveValues('NeverEmail')[i]?.value;
        return last === 'Smith' || (email === null && never !== true);
      }).length,
    );
    expect(await count({ ContactEmail: 'IS NULL' }, "[ContactLastName] = 'Smith'")).toBe(
      liveValues('Id').filter(
        (_, i) =>
          liveValues('ContactLastName')[i]?.value === 'Smith' &&
          liveValues('ContactEmail')[i]?.value === null,
      ).length,
    );
    const broken = await query('Contact', { Id: '' }, { searchspec: "[ContactLastName] = 'Smith" });
    expect(broken.fault?.codes).toEqual(['SBL-EAI-13002']);
    const trailing = await query('Contact', { ContactLastName: "='Smith' abc" });
    expect(trailing.fault?.faultstring).toBe('Unexpected text: abc(SBL-EAI-13010)');
  });

  it('sorts with sortorder and sortsequence', async () => {
    const page = await query(
      'Contact',
      {
        ContactLastName: { sortorder: 'ASC', sortsequence: 1 },
        ContactFirstName: { sortorder: 'DESC', sortsequence: 2 },
      },
      { pagesize: 100 },
    );
    const rows = recordsOf(page, 'Contact').map(
      (r) => [r.ContactLastName, r.ContactFirstName] as [string, string],
    );
    const sorted = [...rows].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0,
    );
    expect(rows).toEqual(sorted);
    expect(rows[0]?.[0]).toBe(
      liveValues('ContactLastName')
        .map((e) => String(e.value))
        .sort()[0],
    );
  });

  it('gives picklist codes by default and display values with LOVLanguageMode LDC', async () => {
    const filter = { Id: '', CustomMultiSelectPickList0: 'IS NOT NULL' };
    const lic = recordsOf(await query('Contact', filter, { pagesize: 1 }), 'Contact')[0];
    const ldc = recordsOf(
      await query('Contact', filter, { pagesize: 1, lov: 'LDC' }),
      'Contact',
    )[0];
    expect(lic?.CustomMultiSelectPickList0).toMatch(/^(NEWS|EVENTS|PRODUCTS|OFFERS)(;|$)/);
    expect(ldc?.CustomMultiSelectPickList0).toMatch(
      /^(Newsletter|Events|Product updates|Offers)(;|$)/,
    );
  });
});

describe('v1.0 ContactQueryPage', () => {
  const v1Query = (
    fields: Record<string, { text?: string; sort?: string }>,
    pageSize = 10,
    start = 0,
  ) =>
    fx.soap(v1, fx.token, 'ContactWS_ContactQueryPage_Input', (input) => {
      input.ele('PageSize').txt(String(pageSize));
      const record = input.ele('ListOfContact').ele('Contact');
      for (const [name, spec] of Object.entries(fields)) {
        const element = record.ele(name);
        if (spec.sort) element.att('sortorder', spec.sort);
        if (spec.text) element.txt(spec.text);
      }
      input.ele('StartRowNum').txt(String(start));
    });

  it('filters by field values, pages with PageSize/StartRowNum and answers LastPage', async () => {
    const smith = liveValues('ContactLastName').filter((e) => e.value === 'Smith').length;
    const page = await v1Query(
      { Id: {}, ContactLastName: { text: "='Smith'" }, NeverEmail: {} },
      100,
    );
    expect(page.status).toBe(200);
    expect(recordsOf(page, 'Contact')).toHaveLength(smith);
    expect(recordsOf(page, 'Contact')[0]?.NeverEmail).toMatch(/^[YN]$/);
    expect(String(page.output.LastPage)).toBe('true');
    expect(String((await v1Query({ Id: {} }, 10, 0)).output.LastPage)).toBe('false');
  });

  it('sorts, and refuses a query that both filters and sorts', async () => {
    const sorted = await v1Query({ ContactLastName: { sort: 'DESC' } }, 20);
    const names = recordsOf(sorted, 'Contact').map((r) => r.ContactLastName as string);
    expect(names).toEqual([...names].sort().reverse());
    const both = await v1Query({
      ContactLastName: { sort: 'ASC' },
      ContactEmail: { text: 'IS NOT NULL' },
    });
    expect(both.status).toBe(500);
    expect(both.fault?.codes).toEqual(['SBL-EAI-04421']);
    expect(both.fault?.faultstring).toContain('sort or filter, not both');
  });
});
