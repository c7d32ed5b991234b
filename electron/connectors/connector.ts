import type {
  ConnectionCheck,
  CrmTableDescription,
  CrmTableSummary,
} from '../../shared/domain/crm';

export type { ConnectionCheck };

/** Limits the seeds name per CRM, checked before a call is made. */
export interface ConnectorCapabilities {
  /** How long the CRM keeps deleted records (Salesforce: 30 days); null when it does not say. */
  deletedRetentionDays: number | null;
  /** Whether the import may sort (Order by: Salesforce and Dynamics only). */
  orderBy: boolean;
  /** Whether the CRM's datetimes carry a time zone (Oracle's do not). */
  datesHaveTimeZone: boolean;
  /** Records per write call. */
  maxWriteBatch: number;
}

/**
 * One CRM, as the services see it. Each CRM kind implements it; the wizard, the enumeration
 * sync and the workflow activity are written against this interface only.
 */
export interface Connector {
  readonly capabilities: ConnectorCapabilities;
  testConnection(): Promise<ConnectionCheck>;
  listTables(): Promise<CrmTableSummary[]>;
  describeTable(name: string): Promise<CrmTableDescription>;
  close(): Promise<void>;
}
