import fc from 'fast-check';
import { z } from 'zod';

/** Strings that have broken parsers, stores and messages elsewhere. */
const awkwardString = fc.constantFrom(
  '',
  ' ',
  'a\0b',
  '\u202Eevil',
  '\u2066isolated',
  '\uD800',
  '\uDFFFx',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  '%E0%A4%A',
  'x'.repeat(300),
  '1e999',
  '2026-02-30',
  'http://example.com',
  'https://',
  '<script>alert(1)</script>',
  "'; DROP TABLE nmsRecipient; --",
  '(() => { throw null; })()',
  '(() => { throw { get message() { throw 1; } }; })()',
);

/** Internal-name-like strings: they pass the schema, so the call goes on to the service. */
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);

const anyJson = fc.jsonValue({ maxDepth: 2 });

/**
 * Values shaped like what `schema` accepts — its fields, enum members and literals, with
 * awkward strings and numbers in them — so that many pass one check and meet the next.
 */
export function nearValid(
  schema: z.ZodType,
  /** Names that exist in the store under test, so that some calls find what they name. */
  knownNames: readonly string[] = [],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 8) return anyJson;
  const inner = (s: unknown) => nearValid(s as z.ZodType, knownNames, depth + 1);
  if (schema instanceof z.ZodObject) {
    const fields = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, v]) => [k, inner(v)]),
    );
    return fc.oneof(
      fc.record(fields),
      fc.record(fields, { requiredKeys: [] }),
      fc
        .tuple(fc.record(fields), identifier, anyJson)
        .map(([value, key, extra]) => ({ ...value, [key]: extra })),
    );
  }
  if (schema instanceof z.ZodString)
    return fc.oneof(
      awkwardString,
      identifier,
      fc.string(),
      ...(knownNames.length ? [fc.constantFrom(...knownNames)] : []),
    );
  if (schema instanceof z.ZodNumber)
    return fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, -0, 1, -1, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY),
    );
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodEnum)
    return fc.oneof(fc.constantFrom(...(schema.options as unknown[])), fc.string());
  if (schema instanceof z.ZodLiteral)
    return fc.oneof(fc.constantFrom(...(schema.values as Set<unknown>)), anyJson);
  if (schema instanceof z.ZodArray) return fc.array(inner(schema.element), { maxLength: 3 });
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault
  )
    return fc.oneof(fc.constant(undefined), inner(schema.unwrap()));
  if (schema instanceof z.ZodNullable) return fc.oneof(fc.constant(null), inner(schema.unwrap()));
  if (schema instanceof z.ZodUnion) return fc.oneof(...(schema.options as z.ZodType[]).map(inner));
  if (schema instanceof z.ZodPipe) return inner(schema.in);
  if (schema instanceof z.ZodLazy) return depth > 4 ? anyJson : inner(schema.unwrap());
  if (schema instanceof z.ZodUndefined) return fc.constant(undefined);
  if (schema instanceof z.ZodNull) return fc.constant(null);
  return anyJson;
}
