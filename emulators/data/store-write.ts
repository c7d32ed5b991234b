import type { FieldValue } from './generation';

/** One change made through an emulator's API, as the write journal keeps it. */
export interface StoreWrite {
  op: 'create' | 'update' | 'delete';
  object: string;
  ref: number;
  values: [string, FieldValue][];
  userId: string;
  now: number;
}
