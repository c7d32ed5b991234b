import { msg } from '../../../shared/i18n/message';
import type { Option } from '../../../shared/domain/options';
import type { Clock } from '../../core/clock';
import { ConsoleError } from '../../core/console-error';
import type { ConfigStore } from '../../storage/config/config-store';
import type { RecordStore } from '../../storage/records/record-store';
import type { ConnectorFactory } from '../accounts/connector-factory';
import type { NamedCollection } from '../collections/named-collection';
import type { SandboxPool } from '../sandbox/sandbox-pool';
import type { SchemasService } from '../schemas/schemas-service';
import type { ActivityEnvironment } from './activity';
import { sameName } from '../../../shared/domain/names';

export interface ActivityEnvironmentDeps {
  store: ConfigStore;
  records: RecordStore;
  connectors: Pick<ConnectorFactory, 'use'>;
  options: NamedCollection<'options'>;
  schemas: Pick<SchemasService, 'approvedSchemaOf'>;
  sandbox: SandboxPool;
  dataDir: string;
  clock: Clock;
}

/** The console's services as activities see them. */
export function createActivityEnvironment(deps: ActivityEnvironmentDeps): ActivityEnvironment {
  const { options, schemas } = deps;
  const optionNamed = (name: string): Option | undefined =>
    options.list().find((o) => sameName(o.name, name));
  return {
    records: deps.records,
    connectors: { use: (account, work) => deps.connectors.use(account, work) },
    options: {
      get: optionNamed,
      put: async (option) => {
        await options.save(optionNamed(option.name)?.name ?? null, () => option);
      },
    },
    approvedTables: (account) => schemas.approvedSchemaOf(account)?.tables ?? [],
    instanceName: () => {
      const instance = deps.store.data.instance;
      if (!instance) throw new ConsoleError('NOT_SET_UP', msg('messages:workflows.notSetUp'));
      return instance.internalName;
    },
    sandbox: deps.sandbox,
    dataDir: deps.dataDir,
    now: () => deps.clock.now(),
  };
}
