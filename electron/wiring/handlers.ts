import type { EnumerationSummary } from '../../shared/domain/enumerations';
import type { AccountsService } from '../services/accounts/accounts-service';
import type { ConnectorFactory } from '../services/accounts/connector-factory';
import type { WizardService } from '../services/wizard/wizard-service';
import type { EnumerationSyncService } from '../services/enumeration-sync/enumeration-sync-service';
import type { NamedCollection } from '../services/collections/named-collection';
import type { JobRunner } from '../services/jobs/job-runner';
import type { RecordsService } from '../services/records/records-service';
import type { SchemasService } from '../services/schemas/schemas-service';
import type { SessionService } from '../services/session/session-service';
import type { CrmDesignService } from '../services/workflows/activities/crm-connector/crm-design-service';
import type { WorkflowEngine } from '../services/workflows/workflow-engine';
import type { WorkflowsService } from '../services/workflows/workflows-service';
import type { Handlers } from './dispatcher';

export interface Services {
  session: SessionService;
  options: NamedCollection<'options'>;
  enumerations: NamedCollection<'enumerations'>;
  accounts: AccountsService;
  connectors: ConnectorFactory;
  wizard: WizardService;
  records: RecordsService;
  schemas: SchemasService;
  enumerationSync: EnumerationSyncService;
  jobs: JobRunner;
  workflows: WorkflowsService;
  workflowEngine: WorkflowEngine;
  crmDesign: CrmDesignService;
}

/** Binds each contract channel to its service call. */
export function createHandlers(s: Services): Handlers {
  return {
    'session.status': () => s.session.status(),
    'session.setUp': (arg) => s.session.setUp(arg),
    'session.logOn': (arg) => s.session.logOn(arg),
    'session.logOff': () => s.session.logOff(),
    'session.setLanguage': (arg) => s.session.setLanguage(arg),

    'options.list': () => s.options.list(),
    'options.create': (option) => s.options.create(option),
    'options.update': ({ originalName, option }) => s.options.update(originalName, option),
    'options.delete': ({ name }) => s.options.delete(name),

    'enumerations.list': () =>
      s.enumerations.list().map((e): EnumerationSummary => ({
        name: e.name,
        label: e.label,
        valueCount: e.values.length,
      })),
    'enumerations.get': ({ name }) => s.enumerations.get(name),
    'enumerations.create': (enumeration) => s.enumerations.create(enumeration),
    'enumerations.update': ({ originalName, enumeration }) =>
      s.enumerations.update(originalName, enumeration),
    'enumerations.delete': ({ name }) => s.enumerations.delete(name),

    'enumerations.syncRows': ({ account }) => s.enumerationSync.rows(account),
    'enumerations.syncPreview': ({ account, choices }) =>
      s.enumerationSync.preview(account, choices),
    'enumerations.syncApply': ({ account, choices }) => s.enumerationSync.apply(account, choices),

    'accounts.list': () => s.accounts.list(),
    'accounts.get': ({ name }) => s.accounts.get(name),
    'accounts.create': (account) => s.accounts.create(account),
    'accounts.update': ({ originalName, account }) => s.accounts.update(originalName, account),
    'accounts.setEnabled': ({ name, enabled }) => s.accounts.setEnabled(name, enabled),
    'accounts.delete': ({ name }) => s.accounts.delete(name),
    'accounts.testConnection': ({ name }) =>
      s.connectors.use(name, (connector) => connector.testConnection()),

    'wizard.listTables': ({ account }) => s.wizard.listTables(account),
    'wizard.changes': ({ account, tables }) => s.wizard.changes(account, tables),
    'wizard.createSchema': ({ account, tables }) => s.wizard.createSchema(account, tables),

    'schemas.list': () => s.schemas.list(),
    'schemas.get': ({ name }) => s.schemas.get(name),

    'records.tables': () => s.records.tables(),
    'records.describe': ({ table }) => s.records.describe(table),
    'records.count': ({ table, filter }) => s.records.count(table, filter),
    'records.page': (request) => s.records.page(request),
    'records.check': ({ table, values }) => s.records.check(table, values),
    'records.create': ({ table, values }) => s.records.create(table, values),
    'records.update': ({ table, original, values }) => s.records.update(table, original, values),
    'records.delete': ({ table, keys }) => s.records.remove(table, keys),
    'records.upload': ({ uploadId, offset, data }) => s.records.upload(uploadId, offset, data),
    'records.previewFile': ({ uploadId, ...format }) => s.records.previewFile(uploadId, format),
    'records.importFile': (request) => s.records.importFile(request),
    'records.exportCsv': ({ table, query }) => s.records.exportCsv(table, query),

    'jobs.cancel': ({ jobId }) => s.jobs.cancel(jobId),

    'workflows.list': () => s.workflows.list(),
    'workflows.get': ({ name }) => s.workflows.get(name),
    'workflows.create': (workflow) => s.workflows.create(workflow),
    'workflows.update': ({ originalName, baseVersion, workflow }) =>
      s.workflows.update(originalName, baseVersion, workflow),
    'workflows.delete': ({ name }) => s.workflows.delete(name),
    'workflows.start': ({ name }) => s.workflowEngine.start(name),
    'workflows.pause': ({ runId }) => s.workflowEngine.pause(runId),
    'workflows.resume': ({ runId }) => s.workflowEngine.resume(runId),
    'workflows.cancel': ({ runId }) => s.workflowEngine.cancel(runId),
    'workflows.runs': ({ name }) => s.workflowEngine.runsOf(name),
    'workflows.run': ({ runId }) => s.workflowEngine.run(runId),
    'workflows.log': ({ runId, afterSeq, limit }) => s.workflowEngine.log(runId, afterSeq, limit),
    'workflows.remoteObjects': ({ account }) => s.crmDesign.remoteObjects(account),
    'workflows.crmCapabilities': ({ account }) => {
      const { orderBy, sortOrFilterOnly, queryAll, deletedRetentionDays, bulkApi } =
        s.connectors.capabilitiesOf(account);
      return { orderBy, sortOrFilterOnly, queryAll, deletedRetentionDays, bulkApi };
    },
    'workflows.checkActivity': ({ activity, graph }) =>
      s.workflowEngine.checkActivity(activity, graph),
    'workflows.checkCrmFilter': (arg) => s.crmDesign.checkFilter(arg),
  };
}
