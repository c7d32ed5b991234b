import { z } from 'zod';

/** What one evaluation context may use: a runaway script fails instead of growing the worker. */
export const sandboxLimits = {
  memoryMb: 32,
  /** Kept well under a worker thread's native stack, which QuickJS recursion also consumes. */
  stackKb: 256,
} as const;

/** Reading `vars` back after a script gets at least this long, even when it used all its time. */
export const minimumReadBackMs = 100;

/** `vars` on their way in: JSON text, and the paths of the values that were Dates. */
export const transferredVarsSchema = z.object({
  json: z.string(),
  datePaths: z.array(z.array(z.string())),
});
export type TransferredVars = z.infer<typeof transferredVarsSchema>;

const id = z.number().int().nonnegative();
const timeoutMs = z.number().int().positive();

export const sandboxRequestSchema = z.discriminatedUnion('kind', [
  /**
   * Right-hand values of a filter, each in a fresh context with its own limits: `steps` of work
   * (see SandboxContext), and `backstopMs` of wall time.
   */
  z.object({
    kind: z.literal('expressions'),
    id,
    expressions: z.array(z.string()),
    vars: transferredVarsSchema,
    steps: z.number().int().positive(),
    backstopMs: timeoutMs,
  }),
  /** A script (JavaScript code, Initialization script), its promise awaited, `vars` read back. */
  z.object({
    kind: z.literal('script'),
    id,
    script: z.string(),
    vars: transferredVarsSchema,
    instanceName: z.string(),
    timeoutMs,
  }),
]);
export type SandboxRequest = z.infer<typeof sandboxRequestSchema>;
export type ExpressionLimits = Pick<
  Extract<SandboxRequest, { kind: 'expressions' }>,
  'steps' | 'backstopMs'
>;

/** Why a script or an expression did not give a value; the host words it. */
export const sandboxFailureSchema = z.discriminatedUnion('kind', [
  /** `line` is the script's line, when the thrown value says where it came from. */
  z.object({ kind: z.literal('thrown'), text: z.string(), line: z.number().int().nullable() }),
  /** The code does not parse: an unfinished expression, a missing bracket. */
  z.object({ kind: z.literal('syntax'), text: z.string(), line: z.number().int().nullable() }),
  z.object({ kind: z.literal('timeout') }),
  z.object({ kind: z.literal('memory') }),
  /** Nothing is left to run and the script's promise is still pending: it never settles. */
  z.object({ kind: z.literal('neverSettles') }),
  /** `vars` could not be read back as JSON (a cycle, a BigInt), with the reason. */
  z.object({ kind: z.literal('varsUnreadable'), text: z.string() }),
]);
export type SandboxFailure = z.infer<typeof sandboxFailureSchema>;

export const expressionResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.number() }),
  z.object({ kind: z.literal('date'), iso: z.string() }),
  z.object({ kind: z.literal('text') }),
  /** Anything else (undefined, NaN, an object…), as `String(value)` gave it in the sandbox. */
  z.object({ kind: z.literal('other'), text: z.string() }),
  z.object({ kind: z.literal('failed'), failure: sandboxFailureSchema }),
]);
export type ExpressionResult = z.infer<typeof expressionResultSchema>;

export const scriptOutcomeSchema = z.discriminatedUnion('ok', [
  /** `vars` as the script left them, as JSON text: the host checks it is still an object. */
  z.object({ ok: z.literal(true), varsJson: z.string() }),
  z.object({ ok: z.literal(false), failure: sandboxFailureSchema }),
]);
export type ScriptOutcome = z.infer<typeof scriptOutcomeSchema>;

export const logLevels = ['info', 'warning', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

export const workerMessageSchema = z.discriminatedUnion('type', [
  /** The engine is loaded: requests may come. */
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('log'), id, level: z.enum(logLevels), text: z.string() }),
  /** `retire`: the engine's heap is used up; the host replaces the thread. */
  z.object({
    type: z.literal('expressions'),
    id,
    results: z.array(expressionResultSchema),
    retire: z.boolean(),
  }),
  z.object({ type: z.literal('script'), id, outcome: scriptOutcomeSchema, retire: z.boolean() }),
  /** The worker itself failed (not the script); it exits after saying so. */
  z.object({ type: z.literal('broken'), id: id.nullable(), text: z.string() }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
