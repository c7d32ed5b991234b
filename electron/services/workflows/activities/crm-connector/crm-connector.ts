import { msg } from '../../../../../shared/i18n/message';
import { sentences } from '../../../../../shared/i18n/sentences';
import { ConsoleError } from '../../../../core/console-error';
import type { ActivityModule } from '../../activity';
import { checkCrmConnector } from './check';
import { runDelete } from './delete';
import { runExport } from './export';
import { importColumns, runImport } from './import';
import { runImportDeleted } from './import-deleted';
import { findRemoteTable } from './remote-table';

const operations = {
  import: runImport,
  export: runExport,
  importDeleted: runImportDeleted,
  delete: runDelete,
};

/**
 * The CRM connector activity, written against the Connector interface only: CRM specifics come
 * through the connector's capabilities. Failures of the activity itself (CRM unreachable,
 * refused login) are thrown; the engine routes them to the Error transition.
 */
export const crmConnectorActivity: ActivityModule<'crmConnector'> = {
  check: checkCrmConnector,
  // Only an import's population is known before the run (its index column, if not chosen,
  // depends on the CRM's capabilities and is left out).
  outputColumns(activity, output, _input, env) {
    if (activity.operation !== 'import' || output !== 'ok') return null;
    const remote = findRemoteTable(activity, env);
    if ('problem' in remote) return null;
    try {
      return importColumns(activity, remote, null).map((c) => c.column);
    } catch {
      return null;
    }
  },
  execute: async (context) => {
    const problems = await checkCrmConnector(context.activity, context.env);
    const remote = findRemoteTable(context.activity, context.env);
    if (problems.length || 'problem' in remote)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:crm.settingsProblems', { problems: sentences(problems) }),
      );
    const run = operations[context.activity.operation];
    return context.env.connectors.use(remote.account, (connector) =>
      run(context, connector, remote),
    );
  },
};
