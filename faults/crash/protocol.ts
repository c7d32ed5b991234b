import { z } from 'zod';
import { accountTypes } from '../../shared/domain/accounts';
import { crmTableDescriptionSchema } from '../../shared/domain/crm';

/** What the crash child is asked to do, in the `CRM_FAULTS_CHILD` variable. */
export const childArgsSchema = z.discriminatedUnion('mode', [
  z.object({
    /** Run one execution of a CRM connector activity. */
    mode: z.literal('activity'),
    crm: z.enum(accountTypes),
    endpoint: z.object({ url: z.string(), credentials: z.record(z.string(), z.string()) }),
    caPem: z.string(),
    dataDir: z.string(),
    databaseUrl: z.string().nullable(),
    sqliteWorker: z.string(),
    /** The sandbox worker bundled by the parent: the child is a bundle and cannot build it. */
    sandboxWorker: z.string(),
    configFile: z.string(),
    instanceName: z.string(),
    approved: z.array(crmTableDescriptionSchema),
    activity: z.unknown(),
    input: z.object({ table: z.string(), count: z.number() }).nullable(),
    workDir: z.string(),
  }),
  z.object({
    /** Update the config store `updates` times, saying so after each. */
    mode: z.literal('configStore'),
    configFile: z.string(),
    updates: z.number().int().min(1),
  }),
]);
export type ChildArgs = z.infer<typeof childArgsSchema>;

const populationSchema = z.object({ table: z.string(), count: z.number().int() });

/** One line of the child's stdout. */
export const childMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('outcome'),
    outputs: z.object({ ok: populationSchema.nullish(), reject: populationSchema.nullish() }),
  }),
  /** The activity failed: the text an administrator would read. */
  z.object({ kind: z.literal('failed'), message: z.string() }),
  /** The n-th config store update resolved: it is on disk. */
  z.object({ kind: z.literal('ack'), n: z.number().int() }),
]);
export type ChildMessage = z.infer<typeof childMessageSchema>;

/** The option the config store child counts in. */
export const counterOption = 'crashCounter';
