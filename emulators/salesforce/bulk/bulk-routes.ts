import type { LatencyModel } from '../../framework/latency/latency-model';
import type { SalesforceRouteModule } from '../routes/route-table';
import { ingestJobRoutes } from './ingest-jobs';
import { JobStore } from './jobs';
import { BulkProcessor } from './processor';
import { queryJobRoutes } from './query-jobs';

/** Bulk API 2.0 (`/jobs/query`, `/jobs/ingest`), its jobs run on the emulator's latency model. */
export function bulkRouteModule(latency: LatencyModel | undefined): SalesforceRouteModule {
  return (ctx) => {
    const jobs = new JobStore();
    const processor = new BulkProcessor(latency);
    return [...queryJobRoutes(ctx, jobs, processor), ...ingestJobRoutes(ctx, jobs, processor)];
  };
}
