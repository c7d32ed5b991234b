import type { SalesforceContext } from '../context';

interface Limit {
  Max: number;
  Remaining: number;
}

const full = (max: number): Limit => ({ Max: max, Remaining: max });

/** Enterprise Edition allocations, as a fresh org's `/limits` shows them. */
const fixed: Readonly<Record<string, Limit>> = {
  ActiveScratchOrgs: full(0),
  AnalyticsExternalDataSizeMB: full(40960),
  ConcurrentAsyncGetReportInstances: full(200),
  ConcurrentEinsteinDataInsightsStoryCreation: full(5),
  ConcurrentEinsteinDiscoveryStoryCreation: full(2),
  ConcurrentSyncReportRuns: full(20),
  DailyAnalyticsDataflowJobExecutions: full(60),
  DailyAnalyticsUploadedFilesSizeMB: full(51200),
  DailyAsyncApexExecutions: full(250000),
  DailyAsyncApexTests: full(500),
  DailyBulkApiBatches: full(15000),
  DailyBulkV2QueryFileStorageMB: full(976562),
  DailyBulkV2QueryJobs: full(10000),
  DailyDurableGenericStreamingApiEvents: full(10000),
  DailyDurableStreamingApiEvents: full(10000),
  DailyEinsteinDataInsightsStoryCreation: full(1000),
  DailyEinsteinDiscoveryPredictAPICalls: full(50000),
  DailyEinsteinDiscoveryPredictionsByCDC: full(500000),
  DailyEinsteinDiscoveryStoryCreation: full(100),
  DailyFunctionsApiCallLimit: full(235000),
  DailyGenericStreamingApiEvents: full(10000),
  DailyScratchOrgs: full(0),
  DailyStandardVolumePlatformEvents: full(10000),
  DailyStreamingApiEvents: full(10000),
  DailyWorkflowEmails: full(1000),
  DurableStreamingApiConcurrentClients: full(20),
  FileStorageMB: full(20480),
  HourlyAsyncReportRuns: full(1200),
  HourlyDashboardRefreshes: full(200),
  HourlyDashboardResults: full(5000),
  HourlyDashboardStatuses: full(999999999),
  HourlyLongTermIdMapping: full(100000),
  HourlyManagedContentPublicRequests: full(50000),
  HourlyODataCallout: full(10000),
  HourlyPublishedPlatformEvents: full(50000),
  HourlyPublishedStandardVolumePlatformEvents: full(100000),
  HourlyShortTermIdMapping: full(100000),
  HourlySyncReportRuns: full(500),
  HourlyTimeBasedWorkflow: full(50),
  MassEmail: full(5000),
  MonthlyEinsteinDiscoveryStoryCreation: full(500),
  MonthlyPlatformEventsUsageEntitlement: full(0),
  Package2VersionCreates: full(0),
  Package2VersionCreatesWithoutValidation: full(0),
  PermissionTypesLimit: full(30000),
  PrivateConnectOutboundCalloutHourlyLimitMB: full(0),
  PublishCallbackUsageInApex: full(5000000),
  SingleEmail: full(5000),
  StreamingApiConcurrentClients: full(20),
};

/** Salesforce counts most records as 2 KB of data storage. */
const kilobytesPerRecord = 2;
/** The edition's allocation: 10 GB, plus 20 MB a licence (one API user here). */
const dataStorageMb = 10 * 1024 + 20;

/**
 * `GET /services/data/vXX.X/limits`: every allocation with `Max` and `Remaining`, the daily API
 * requests as counted by the emulator, and the data storage its records take.
 */
export function limitsOf(ctx: SalesforceContext): Record<string, unknown> {
  const { used, limit } = ctx.apiUsage;
  const records = ctx.org.stores().reduce((sum, store) => sum + store.size, 0);
  const usedMb = Math.ceil((records * kilobytesPerRecord) / 1024);
  const entries: [string, unknown][] = [
    ...Object.entries(fixed),
    [
      'DailyApiRequests',
      {
        Max: limit,
        Remaining: Math.max(0, limit - used),
        'Salesforce CLI': full(0),
        'Salesforce Mobile Dashboards': full(0),
      },
    ],
    ['DataStorageMB', { Max: dataStorageMb, Remaining: Math.max(0, dataStorageMb - usedMb) }],
  ];
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}
