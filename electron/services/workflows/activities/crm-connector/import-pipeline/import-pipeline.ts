import { CountQueuingStrategy, ReadableStream, WritableStream } from 'node:stream/web';
import type { RecordRow } from '../../../../../../shared/domain/records';
import type { CrmPage } from '../../../../../connectors/connector';
import { storeBatches, type StoreBatch } from './store-batches';

export type { StoreBatch };

/** Rows per record-store call: a page of the REST API and a half of a bulk results page. */
export const storeBatchRows = 5000;
/** Batches read and converted ahead of the one being stored. */
export const batchesAhead = 2;

export interface ImportPipeline {
  /** The connector's pages (REST, bulk, any CRM), from where the import starts or resumes. */
  pages: AsyncIterable<CrmPage>;
  /** Converts a batch's rows where they are, before they are stored. */
  convert: (rows: RecordRow[]) => void;
  /** Stores a batch, then checkpoints its cursor when it has one; called one at a time, in order. */
  store: (batch: StoreBatch) => Promise<void>;
  signal: AbortSignal;
  batchRows?: number;
  ahead?: number;
}

/**
 * One pipeline for every import path: network → parse (the connector's pages) → conversions →
 * the record store in batches. The store and the reading run at once, the reading at most
 * `ahead` batches ahead of the store: when the store is behind, no page is asked of the
 * connector (whose own read-ahead is bounded too), so memory stays flat whatever the volume.
 * Cancelled or failed, it settles only once the batches read, and the rows gathered for the next
 * one, are committed, so the last checkpoint written is the state of the table; the connector's
 * pages are closed.
 */
export async function runImportPipeline(pipeline: ImportPipeline): Promise<void> {
  const { pages, convert, store, signal } = pipeline;
  const batches = ReadableStream.from(
    storeBatches(pages, convert, pipeline.batchRows ?? storeBatchRows, signal),
  );
  const stored = new WritableStream<StoreBatch>(
    { write: (batch) => store(batch) },
    new CountQueuingStrategy({ highWaterMark: pipeline.ahead ?? batchesAhead }),
  );
  // The signal stops the reading (storeBatches), not the pipe: the batches read, and the rows
  // gathered for the next one, are stored before the pipeline fails with the signal's reason.
  await batches.pipeTo(stored);
}
