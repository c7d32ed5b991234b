import {
  RecordStoreError,
  recordStoreErrorCodes,
  type RecordStoreErrorCode,
} from '../record-store';
import { describeThrown } from '../../../core/describe-thrown';

export interface WorkerRequest {
  id: number;
  op: string;
  args: unknown[];
}

export interface SerializedError {
  name: string;
  code?: string;
  message: string;
}

export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof RecordStoreError)
    return { name: error.name, code: error.code, message: error.message };
  return { name: 'Error', message: describeThrown(error) };
}

export function deserializeError(error: SerializedError): Error {
  if (
    error.name === 'RecordStoreError' &&
    recordStoreErrorCodes.includes(error.code as RecordStoreErrorCode)
  )
    return new RecordStoreError(error.code as RecordStoreErrorCode, error.message);
  return new Error(error.message);
}
