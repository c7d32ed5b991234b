import { z } from 'zod';

/** The checkpoint of a timer activity: when it is due, epoch ms. */
const dueCheckpointSchema = z.object({ dueAt: z.number().finite() });
export type DueCheckpoint = z.infer<typeof dueCheckpointSchema>;

/** The due time a previous execution stored; null on the first execution. */
export function readDueCheckpoint(raw: unknown): number | null {
  const parsed = dueCheckpointSchema.safeParse(raw);
  return parsed.success ? parsed.data.dueAt : null;
}
