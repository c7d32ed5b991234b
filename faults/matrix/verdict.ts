/**
 * The matrices' judgements, pure so that they are tested on their own: whether an error text is
 * fit for an administrator, what a series of attempts came to, and how an end state compares
 * with the CRM's.
 */

/** Text of the client's or the runtime's own making, which an administrator cannot act on. */
const rawPatterns: readonly [RegExp, string][] = [
  [/Cannot (read|set) propert(y|ies) of (undefined|null)/, 'a JavaScript TypeError'],
  [/Cannot destructure/, 'a JavaScript TypeError'],
  [/\bis not (a function|iterable|a constructor)\b/, 'a JavaScript TypeError'],
  [/\bis not defined\b/, 'a JavaScript ReferenceError'],
  [
    /\b(TypeError|ReferenceError|SyntaxError|RangeError|AssertionError)\b/,
    'a JavaScript error name',
  ],
  [/Unexpected (token|end of JSON input)/, 'a JSON parser error'],
  [/^\s*at .+:\d+:\d+\)?$/m, 'a stack trace'],
  [/\b(file|node):\/\/\S+:\d+/, 'a stack frame'],
  // Node's system errors read "EPERM: operation not permitted, open '/tmp/…'": no sentence.
  [/^E[A-Z]{2,}: /, 'a system error code as Node words it'],
  [/\[object Object\]/, 'an object shown as [object Object]'],
];

/** Why an error text is not clear for an administrator; null when it is. */
export function rawErrorReason(message: string): string | null {
  const text = message.trim();
  if (text === '' || text === 'undefined' || text === 'null') return 'an empty message';
  for (const [pattern, reason] of rawPatterns) if (pattern.test(text)) return reason;
  return null;
}

export interface Attempt {
  /** The error the attempt stopped with; null when it completed. */
  error: string | null;
}

/** "completed", "completed after N resumes", or "stopped: <the last error>". */
export function outcomeText(attempts: readonly Attempt[]): string {
  const last = attempts.at(-1);
  if (!last) return 'stopped: never run';
  if (last.error !== null) return `stopped: ${last.error}`;
  const resumes = attempts.length - 1;
  if (resumes === 0) return 'completed';
  return `completed after ${resumes} resume${resumes === 1 ? '' : 's'}`;
}

/** The end state of one run, against the CRM. */
export interface EndState {
  /** Every record that should have been read, written or deleted was. */
  nothingLost: boolean;
  /** No record was written twice, or held twice. */
  nothingDuplicated: boolean;
  /** The outputs' counts (OK, Reject) and the values are the ones expected. */
  countsRight: boolean;
  details: string;
}

/** A row as the checks compare it: an id and values in a fixed order. */
export interface ComparedRow {
  id: string;
  values: readonly (string | number | boolean | null)[];
}

const listed = (ids: readonly string[]) =>
  ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`;

/** A table against the CRM's records: ids missing, held twice, extra, or with other values. */
export function compareRows(
  expected: readonly ComparedRow[],
  actual: readonly ComparedRow[],
): EndState {
  const want = new Map(expected.map((r) => [r.id, JSON.stringify(r.values)]));
  const seen = new Map<string, number>();
  const extra: string[] = [];
  const changed: string[] = [];
  for (const row of actual) {
    seen.set(row.id, (seen.get(row.id) ?? 0) + 1);
    const values = want.get(row.id);
    if (values === undefined) extra.push(row.id);
    else if (values !== JSON.stringify(row.values)) changed.push(row.id);
  }
  const missing = [...want.keys()].filter((id) => !seen.has(id));
  const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  const problems = [
    missing.length ? `${missing.length} missing (${listed(missing)})` : '',
    twice.length ? `${twice.length} held twice (${listed(twice)})` : '',
    extra.length ? `${extra.length} not in the CRM's window (${listed(extra)})` : '',
    changed.length ? `${changed.length} with other values (${listed(changed)})` : '',
  ].filter(Boolean);
  return {
    nothingLost: missing.length === 0,
    nothingDuplicated: twice.length === 0,
    countsRight: extra.length === 0 && changed.length === 0,
    details: problems.length
      ? problems.join('; ')
      : `${actual.length} row(s), equal to the CRM's ${expected.length}`,
  };
}

/**
 * An export against the CRM: each name sent and accepted exists exactly once, each refused one
 * not at all, and the OK and Reject counts say so.
 */
export function compareExport(
  accepted: readonly string[],
  refused: readonly string[],
  inCrm: ReadonlyMap<string, number>,
  outputs: { ok: number | null; reject: number | null },
): EndState {
  const missing = accepted.filter((name) => (inCrm.get(name) ?? 0) === 0);
  const twice = [...inCrm].filter(([, n]) => n > 1).map(([name]) => name);
  const wrongly = refused.filter((name) => (inCrm.get(name) ?? 0) > 0);
  const okRight = outputs.ok === accepted.length;
  const rejectRight = (outputs.reject ?? 0) === refused.length;
  const problems = [
    missing.length ? `${missing.length} not in the CRM (${listed(missing)})` : '',
    twice.length ? `${twice.length} in the CRM more than once (${listed(twice)})` : '',
    wrongly.length ? `${wrongly.length} refused yet in the CRM (${listed(wrongly)})` : '',
    okRight ? '' : `OK counts ${String(outputs.ok)}, expected ${accepted.length}`,
    rejectRight ? '' : `Reject counts ${String(outputs.reject)}, expected ${refused.length}`,
  ].filter(Boolean);
  return {
    nothingLost: missing.length === 0,
    nothingDuplicated: twice.length === 0,
    countsRight: wrongly.length === 0 && okRight && rejectRight,
    details: problems.length
      ? problems.join('; ')
      : `${accepted.length} record(s) once each in the CRM, ${refused.length} rejected`,
  };
}

/** A delete against the CRM: every id it accepted is gone, and the counts say so. */
export function compareDelete(
  accepted: readonly string[],
  refused: readonly string[],
  stillLive: ReadonlySet<string>,
  outputs: { ok: number | null; reject: number | null },
): EndState {
  const left = accepted.filter((id) => stillLive.has(id));
  const okRight = outputs.ok === accepted.length;
  const rejectRight = (outputs.reject ?? 0) === refused.length;
  const problems = [
    left.length ? `${left.length} still in the CRM (${listed(left)})` : '',
    okRight ? '' : `OK counts ${String(outputs.ok)}, expected ${accepted.length}`,
    rejectRight ? '' : `Reject counts ${String(outputs.reject)}, expected ${refused.length}`,
  ].filter(Boolean);
  return {
    nothingLost: left.length === 0,
    // A delete sent twice shows as a record the CRM no longer had: a reject too many.
    nothingDuplicated: outputs.ok === null || outputs.ok <= accepted.length,
    countsRight: okRight && rejectRight,
    details: problems.length
      ? problems.join('; ')
      : `${accepted.length} record(s) gone, ${refused.length} rejected`,
  };
}
