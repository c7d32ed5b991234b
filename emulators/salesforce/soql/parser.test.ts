import { describe, expect, it } from 'vitest';
import { SoqlError } from './errors';
import { parseSoql } from './parser';

function failure(soql: string): { errorCode: string; message: string } {
  try {
    parseSoql(soql);
  } catch (error) {
    if (error instanceof SoqlError) return { errorCode: error.errorCode, message: error.message };
    throw error;
  }
  throw new Error(`parsed: ${soql}`);
}

describe('SOQL parser', () => {
  it('parses the select list, conditions, ordering, limit and offset', () => {
    const query = parseSoql(
      "select Id, Account.Name from contact where (Name like 'A%' or Email != null) and not LeadSource in ('Web') " +
        'and CreatedDate > LAST_N_DAYS:7 and Birthdate <> 2000-01-31 order by Name desc nulls last, Id limit 10 offset 5',
    );
    expect(query.fields?.map((field) => field.text)).toEqual(['Id', 'Account.Name']);
    expect(query.object.name).toBe('contact');
    expect(query.where).toMatchObject({
      kind: 'and',
      items: [
        { kind: 'or' },
        { kind: 'not', item: { kind: 'in', negated: false } },
        { kind: 'compare', op: '>', value: { kind: 'relativeDate', name: 'LAST_N_DAYS', n: 7 } },
        { kind: 'compare', op: '!=', value: { kind: 'date', value: '2000-01-31' } },
      ],
    });
    expect(query.orderBy.map((item) => [item.field.text, item.descending, item.nullsLast])).toEqual(
      [
        ['Name', true, true],
        ['Id', false, false],
      ],
    );
    expect([query.limit, query.offset]).toEqual([10, 5]);
    expect(parseSoql('SELECT COUNT() FROM Lead').fields).toBeNull();
  });

  it('reads string escapes and datetime zones', () => {
    const query = parseSoql(
      "SELECT Id FROM Contact WHERE LastName = 'O\\'Brien' AND CreatedDate < 2024-03-01T10:15:00+01:00",
    );
    expect(query.where).toMatchObject({
      items: [
        { value: { kind: 'string', value: "O'Brien" } },
        { value: { kind: 'datetime', value: Date.parse('2024-03-01T09:15:00Z') } },
      ],
    });
  });

  it('words lexical errors as Salesforce does', () => {
    expect(failure("SELECT Id FROM Contact WHERE Name = 'open")).toEqual({
      errorCode: 'MALFORMED_QUERY',
      message: "line 1:41 mismatched character '<EOF>' expecting '''",
    });
    expect(failure('SELECT Id FROM Contact WHERE Name # 1')).toEqual({
      errorCode: 'MALFORMED_QUERY',
      message: "line 1:34 no viable alternative at character '#'",
    });
  });

  it('needs parentheses to mix AND and OR', () => {
    expect(failure("SELECT Id FROM Lead WHERE A = 'x' OR B = 'y' AND C = 'z'").message).toMatch(
      /ERROR at Row:1:Column:46\nunexpected token: 'AND'$/,
    );
    expect(() =>
      parseSoql("SELECT Id FROM Lead WHERE A = 'x' OR (B = 'y' AND C = 'z')"),
    ).not.toThrow();
  });

  it('says plainly which valid SOQL the emulator does not support', () => {
    expect(failure('SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource').message).toMatch(
      /not supported by the CRM emulator: functions such as COUNT\(\)$/,
    );
    expect(failure('SELECT Id, (SELECT Id FROM Contacts) FROM Account').message).toMatch(
      /not supported by the CRM emulator: subqueries$/,
    );
    expect(failure('SELECT Id FROM Lead GROUP BY Id').message).toMatch(
      /not supported by the CRM emulator: GROUP clauses$/,
    );
  });
});
