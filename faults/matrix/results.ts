import { readFile, writeFile } from 'node:fs/promises';
import { format } from 'prettier';
import { z } from 'zod';
import { crashActivityOperations, operations } from '../crms/crm-under-test';
import { faultNames } from './fault-kinds';

const attemptSchema = z.object({
  error: z.string().nullable(),
  /** Why the error text is not fit for an administrator; null when it is clear. */
  rawReason: z.string().nullable(),
  seconds: z.number(),
});
export type AttemptResult = z.infer<typeof attemptSchema>;

export const faultCellSchema = z.object({
  crm: z.string(),
  operation: z.enum(operations),
  fault: z.enum(faultNames),
  /** `run`, or why the cell was not run. */
  status: z.enum(['run', 'notApplicable', 'notPossible']),
  /** "completed", "completed after N resumes", "stopped: <message>", or why not run. */
  outcome: z.string(),
  attempts: z.array(attemptSchema),
  nothingLost: z.boolean().nullable(),
  nothingDuplicated: z.boolean().nullable(),
  countsRight: z.boolean().nullable(),
  clearErrors: z.boolean(),
  /** Whether the fault hit the run (a request answered badly, the folder made unwritable). */
  faultFired: z.boolean().nullable(),
  /** Import: `LASTIMPORT_` never ahead of the committed rows after a failed attempt. */
  indexNeverAhead: z.boolean().nullable(),
  details: z.string(),
  seconds: z.number(),
});
export type FaultCell = z.infer<typeof faultCellSchema>;

export const faultResultsSchema = z.object({
  ranAt: z.iso.datetime(),
  seconds: z.number(),
  settings: z.object({
    records: z.number(),
    callDeadlineMs: z.number(),
    maxAttempts: z.number(),
  }),
  cells: z.array(faultCellSchema),
});
export type FaultResults = z.infer<typeof faultResultsSchema>;

export const crashOperations = [...crashActivityOperations, 'configStore'] as const;
export type CrashOperation = (typeof crashOperations)[number];

export const crashTrialSchema = z.object({
  crm: z.string(),
  /** The record store the child wrote to; `none` for the config store's trials. */
  engine: z.enum(['sqlite', 'postgresql', 'none']),
  operation: z.enum(crashOperations),
  trial: z.number().int(),
  /** The trial's own seed: the kill point is a pure function of it. */
  seed: z.number().int(),
  /** Where the kill was aimed, in words. */
  killAt: z.string(),
  killed: z.boolean(),
  /** Runs after the killed one until the operation completed. */
  resumes: z.number().int(),
  completed: z.boolean(),
  error: z.string().nullable(),
  /** The record store equals the CRM (import, import deleted), or the CRM the input (export, delete). */
  endStateRight: z.boolean().nullable(),
  nothingLost: z.boolean().nullable(),
  nothingDuplicated: z.boolean().nullable(),
  indexNeverAhead: z.boolean().nullable(),
  configValid: z.boolean().nullable(),
  details: z.string(),
  seconds: z.number(),
});
export type CrashTrial = z.infer<typeof crashTrialSchema>;

export const crashResultsSchema = z.object({
  ranAt: z.iso.datetime(),
  seconds: z.number(),
  seed: z.number().int(),
  trialsPerOperation: z.number().int(),
  trials: z.array(crashTrialSchema),
});
export type CrashResults = z.infer<typeof crashResultsSchema>;

/** Written as Prettier would write it, so that `prettier --check .` passes on the results. */
export async function writeResults(file: string, results: unknown): Promise<void> {
  await writeFile(file, await format(JSON.stringify(results), { parser: 'json' }));
}

/** A results file read back, refused with a clear message when it is not of the expected shape. */
export async function readResults<S extends z.ZodType>(
  file: string,
  schema: S,
): Promise<z.output<S>> {
  const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file} is not a results file of this version (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''}); run the matrix again.`,
    );
  return parsed.data;
}

/**
 * The last results, for a run of part of the matrix to keep what it did not run; null (said on
 * the console) when there are none or they are of another version.
 */
export async function lastResults<S extends z.ZodType>(
  file: string,
  schema: S,
): Promise<z.output<S> | null> {
  try {
    return await readResults(file, schema);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      console.log(`${error instanceof Error ? error.message : String(error)} Starting afresh.`);
    return null;
  }
}

/**
 * This run's entries and the last results' entries for what it did not run (another key), in
 * the matrix's order: `rank` gives each entry's place.
 */
export function mergedEntries<T>(
  ran: readonly T[],
  last: readonly T[],
  key: (entry: T) => string,
  rank: (entry: T) => number,
): T[] {
  const ranKeys = new Set(ran.map(key));
  return [...last.filter((entry) => !ranKeys.has(key(entry))), ...ran]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}
