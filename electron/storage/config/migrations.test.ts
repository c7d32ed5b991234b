import { describe, expect, it } from 'vitest';
import { migrateDocument, type Migration } from './migrations';

const trail = (doc: Record<string, unknown>): string[] =>
  Array.isArray(doc.trail) ? doc.trail.map(String) : [];

/** Listed out of order on purpose: steps are found by `from`, not by position. */
const fixtures: readonly Migration[] = [
  {
    from: 2,
    describe: 'rename title to label',
    up: ({ title, ...rest }) => ({ ...rest, label: title, trail: [...trail(rest), '2→3'] }),
  },
  {
    from: 1,
    describe: 'add a title',
    // A step's own idea of the version is overridden by migrateDocument.
    up: (doc) => ({ ...doc, title: 'untitled', version: 'junk', trail: [...trail(doc), '1→2'] }),
  },
];

describe('migrateDocument', () => {
  it('applies the chain in order from version 1 and sets the version', () => {
    expect(migrateDocument({ version: 1, keep: 'me' }, 3, fixtures)).toEqual({
      kind: 'migrated',
      doc: { version: 3, keep: 'me', label: 'untitled', trail: ['1→2', '2→3'] },
      fromVersion: 1,
      applied: ['add a title', 'rename title to label'],
    });
  });

  it('applies only the steps still needed from version 2', () => {
    expect(migrateDocument({ version: 2, title: 'Mine' }, 3, fixtures)).toEqual({
      kind: 'migrated',
      doc: { version: 3, label: 'Mine', trail: ['2→3'] },
      fromVersion: 2,
      applied: ['rename title to label'],
    });
  });

  it("returns 'current' for a document already at the target version", () => {
    expect(migrateDocument({ version: 3, label: 'x' }, 3, fixtures)).toEqual({
      kind: 'current',
      doc: { version: 3, label: 'x' },
    });
  });

  it('refuses when a step of the chain is missing', () => {
    const onlyFromOne = fixtures.filter((m) => m.from === 1);
    expect(migrateDocument({ version: 1 }, 3, onlyFromOne)).toEqual({
      kind: 'refused',
      problem: 'no migration from layout version 2.',
    });
    expect(migrateDocument({ version: 1 }, 3, [])).toEqual({
      kind: 'refused',
      problem: 'no migration from layout version 1.',
    });
  });

  it.each([null, [], [{ version: 1 }], 'text', 42, true])(
    'refuses %j, not a JSON object',
    (raw) => {
      expect(migrateDocument(raw, 3, fixtures)).toEqual({
        kind: 'refused',
        problem: 'it does not hold a JSON object.',
      });
    },
  );

  it.each([
    {},
    { version: '1' },
    { version: 0 },
    { version: -1 },
    { version: 1.5 },
    { version: null },
  ])('refuses %j, without a valid version', (raw) => {
    expect(migrateDocument(raw, 3, fixtures)).toEqual({
      kind: 'refused',
      problem: 'it has no valid "version" number.',
    });
  });

  it('refuses a document of a newer version, saying so', () => {
    expect(migrateDocument({ version: 4 }, 3, fixtures)).toEqual({
      kind: 'refused',
      problem: 'it was written by a newer console (layout version 4; this console reads up to 3).',
    });
  });
});
