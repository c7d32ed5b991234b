import { z } from 'zod';
import { consoleMessageSchema, type ConsoleMessage } from '../../../../shared/i18n/message';
import { RecordStoreError, recordStoreErrorCodes } from '../record-store';
import { describeThrown } from '../../../core/describe-thrown';

export interface WorkerRequest {
  id: number;
  op: string;
  args: unknown[];
}

/** A refusal crosses the worker boundary as its message objects, worded again on this side. */
export interface SerializedError {
  name: string;
  code?: string;
  message: string;
  text?: unknown;
  rowless?: unknown;
}

export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

const storeRefusalSchema = z.object({
  name: z.literal('RecordStoreError'),
  code: z.enum(recordStoreErrorCodes),
  text: consoleMessageSchema,
  rowless: consoleMessageSchema.optional(),
});

export function serializeError(error: unknown): SerializedError {
  if (error instanceof RecordStoreError)
    return {
      name: error.name,
      code: error.code,
      message: error.message,
      text: error.text,
      ...(error.rowless ? { rowless: error.rowless } : {}),
    };
  return { name: 'Error', message: describeThrown(error) };
}

export function deserializeError(error: SerializedError): Error {
  const refusal = storeRefusalSchema.safeParse(error);
  if (!refusal.success) return new Error(error.message);
  const { code, text, rowless } = refusal.data;
  // The worker words its refusals from this same catalogue: the shape is what needs checking.
  return new RecordStoreError(code, text as ConsoleMessage, rowless as ConsoleMessage | undefined);
}
