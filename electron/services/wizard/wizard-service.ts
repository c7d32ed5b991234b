import { msg } from '../../../shared/i18n/message';
import type { CrmTableDescription, WizardTables } from '../../../shared/domain/crm';
import type { SchemaChanges } from '../../../shared/domain/schemas';
import { sourceSchemaName } from '../../../shared/domain/schemas';
import type { JobResult } from '../../../shared/events';
import type { Connector } from '../../connectors/connector';
import { crmCall, type ConnectorFactory } from '../accounts/connector-factory';
import type { AccountsService } from '../accounts/accounts-service';
import type { JobContext, JobRunner } from '../jobs/job-runner';
import { schemaChanges } from '../schemas/schema-changes';
import { unusableFields } from '../schemas/schema-generator';
import type { SchemasService } from '../schemas/schemas-service';

/** The configuration wizard of an external account: its three steps, as services. */
export class WizardService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly connectors: ConnectorFactory,
    private readonly schemas: SchemasService,
    private readonly jobs: JobRunner,
  ) {}

  /** Step 1, "Generate the tables list". */
  async listTables(account: string): Promise<WizardTables> {
    const tables = await this.connectors.use(account, (connector) => connector.listTables());
    return { tables, selected: this.schemas.tablesOf(account).map((t) => t.name) };
  }

  /** Before step 3 of a new run: what regenerating changes against the schema of the last run. */
  async changes(account: string, tables: readonly string[]): Promise<SchemaChanges> {
    const next = await this.connectors.use(account, (connector) =>
      Promise.all(tables.map((t) => connector.describeTable(t))),
    );
    return schemaChanges(this.schemas.tablesOf(account), next);
  }

  /** Step 3, "Create the schema": a job with the log lines of the original console. */
  async createSchema(account: string, tables: readonly string[]): Promise<{ jobId: string }> {
    const connector = await this.connectors.open(account);
    const jobId = this.jobs.start(async (context) => {
      try {
        return await this.generate(account, tables, connector, context);
      } finally {
        await connector.close();
      }
    });
    return { jobId };
  }

  private async generate(
    account: string,
    tables: readonly string[],
    connector: Connector,
    context: JobContext,
  ): Promise<JobResult> {
    const view = this.accounts.get(account);
    const described: CrmTableDescription[] = [];
    context.progress(0, tables.length + 1);
    for (const table of tables) {
      context.signal.throwIfAborted();
      context.log('info', msg('messages:wizard.discovering', { table }));
      const description = await crmCall(() => connector.describeTable(table));
      for (const warning of unusableFields(description)) context.log('warning', warning);
      described.push(description);
      context.progress(described.length, tables.length + 1);
    }
    const name = sourceSchemaName(view.type, account);
    context.log('info', msg('messages:wizard.generating', { name }));
    context.signal.throwIfAborted();
    await this.schemas.savePending(account, described);
    context.log('info', msg('messages:wizard.generated', { name }));
    context.progress(tables.length + 1, tables.length + 1);
    context.log('info', msg('messages:wizard.finished'));
    context.log('info', msg('messages:wizard.logOutToApprove'));
    return { schema: name };
  }
}
