import { msg } from '../../../../shared/i18n/message';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import type { CrmField } from '../../../../shared/domain/crm';
import { csvRecords, csvRows } from './csv-records';

const field = (name: string, type: CrmField['type']): CrmField =>
  ({ name, label: name, type }) as CrmField;
const fields = new Map(
  [
    field('Id', 'string'),
    field('Note', 'memo'),
    field('Score', 'double'),
    field('Opted', 'boolean'),
  ].map((f) => [f.name, f]),
);
const options = {
  fields,
  rawFields: new Set<string>(),
  what: msg('messages:connectors.call.resultsPage', { job: '750test' }),
};

/** A results page as Salesforce writes one: every value quoted, CRLF and quotes inside values. */
const rows = [
  ['Id', 'Note', 'Score', 'Opted'],
  ['003A', 'Zoë Ångström — “quoted”', '1.5', 'true'],
  ['003B', 'two\r\nlines, and a "quote"', '', 'false'],
  ['003C', '日本語のメモ 🚀', '-2', ''],
  ['003D', '', '42', 'true'],
];
const page = Buffer.from(stringify(rows, { quoted: true, quoted_empty: false }), 'utf8');
const expected = [
  { Id: '003A', Note: 'Zoë Ångström — “quoted”', Score: 1.5, Opted: true },
  { Id: '003B', Note: 'two\r\nlines, and a "quote"', Score: null, Opted: false },
  { Id: '003C', Note: '日本語のメモ 🚀', Score: -2, Opted: null },
  { Id: '003D', Note: null, Score: 42, Opted: true },
];

/** The page as a body arriving in the chunks given by the cut positions. */
function arriving(cuts: readonly number[]): Readable {
  const points = [0, ...cuts, page.length];
  return Readable.from(points.slice(1).map((end, i) => page.subarray(points[i], end)));
}

describe('CSV results read as they arrive', () => {
  it('reads the same records whatever the chunk boundaries: every single cut', async () => {
    // Each cut falls somewhere new: inside a quoted newline, a quote pair, a multibyte character.
    for (let cut = 1; cut < page.length; cut++)
      expect(await csvRecords(arriving([cut]), options), `cut at byte ${cut}`).toEqual(expected);
  });

  it('reads the same records when the body arrives a byte at a time', async () => {
    const everyByte = Array.from({ length: page.length - 1 }, (_, i) => i + 1);
    expect(await csvRecords(arriving(everyByte), options)).toEqual(expected);
  });

  it('refuses malformed CSV in words, naming the line', async () => {
    const broken = Buffer.from('"Id","Note"\n"003A","unclosed\n');
    await expect(csvRecords(Readable.from([broken]), options)).rejects.toThrow(
      /^The text of a results page of the bulk query job 750test is not in the CSV form Salesforce writes \(CSV_QUOTE_NOT_CLOSED on line \d+\)\.$/,
    );
  });

  it('fails with the body’s own error when the connection is cut', async () => {
    const cut = new Readable({ read() {} });
    cut.push(page.subarray(0, 40));
    const reading = csvRecords(cut, options);
    cut.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    await expect(reading).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});

describe("an ingest job's results read a slice at a time", () => {
  it('reads the rows of a text larger than many slices, characters split across them', async () => {
    const many = Array.from({ length: 8_000 }, (_, i) => [
      `751${i}`,
      i % 3 === 0 ? 'Zoë 🚀 “quoted”\r\nnext line' : `plain ${i}`,
      String(i % 2 === 0),
    ]);
    const text = stringify([['sf__Id', 'Note', 'sf__Created'], ...many], {
      quoted: true,
      record_delimiter: '\r\n',
    });
    // Counts the turns of the event loop while the text is parsed.
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    const read = await csvRows(text);
    counting = false;
    expect(read).toEqual([['sf__Id', 'Note', 'sf__Created'], ...many]);
    // More than four slices: the thread was given back between them.
    expect(Buffer.byteLength(text)).toBeGreaterThan(4 * 64 * 1024);
    expect(turns).toBeGreaterThan(3);
  });

  it("rejects a malformed text with the parser's error", async () => {
    await expect(csvRows('"a","b\n"c","d"\n')).rejects.toMatchObject({ code: expect.any(String) });
  });
});
