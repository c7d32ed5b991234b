import type { Org } from './data/org';
import type { CursorStore } from './soql/cursors';
import type { SalesforceCredentials } from './credentials';
import type { Sessions } from './sessions';

/** What the Salesforce routes share: the org's data, sessions, open query cursors, the clock. */
export interface SalesforceContext {
  org: Org;
  sessions: Sessions;
  cursors: CursorStore;
  credentials: SalesforceCredentials;
  now(): number;
  /** `https://127.0.0.1:<port>`: login and instance URL alike. */
  origin(): string;
  apiUsage: { used: number; limit: number };
}

/** API versions served: Spring '15 (33.0) to Summer '25 (64.0). */
export const apiVersions = Array.from({ length: 64 - 33 + 1 }, (_, i) => `${33 + i}.0`);

/** The release name of an API version: 20.0 was Winter '11, three releases a year since. */
export function releaseLabel(version: string): string {
  const steps = Number.parseInt(version, 10) - 20;
  const season = ['Winter', 'Spring', 'Summer'][steps % 3] as string;
  const year = 11 + Math.floor(steps / 3);
  return `${season} '${String(year).padStart(2, '0')}`;
}
