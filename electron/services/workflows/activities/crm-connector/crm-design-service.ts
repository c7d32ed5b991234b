import { msg } from '../../../../../shared/i18n/message';
import type { CrmFilterCheck } from '../../../../../shared/contract';
import type { CrmTableDescription } from '../../../../../shared/domain/crm';
import { checkCrmFilter, type CrmFilterNode } from '../../../../../shared/domain/crm-filter';
import { ConsoleError } from '../../../../core/console-error';
import type { ConnectorFactory } from '../../../accounts/connector-factory';
import { evaluateRightHands, rightHandEvaluator } from '../../../crm-filter/right-hand-evaluator';
import type { ActivityEnvironment } from '../../activity';

/** What the CRM connector activity's editor asks while it is being designed. */
export class CrmDesignService {
  constructor(
    private readonly env: ActivityEnvironment,
    private readonly connectors: Pick<ConnectorFactory, 'filterQuery'>,
  ) {}

  /** The remote objects offered: the tables of the account's approved schema only. */
  remoteObjects(account: string): CrmTableDescription[] {
    return this.env.approvedTables(account);
  }

  /**
   * "Edit the filter...": the seed's rules, each broken one named, the filter on one line and,
   * when valid, its translation in the CRM's query language. Right-hand values are evaluated
   * in the sandbox with no workflow variables yet.
   */
  async checkFilter(arg: {
    account: string;
    remoteObject: string;
    filter: CrmFilterNode;
  }): Promise<CrmFilterCheck> {
    const table = this.remoteObjects(arg.account).find((t) => t.name === arg.remoteObject);
    if (!table)
      throw new ConsoleError(
        'NOT_FOUND',
        msg('messages:crm.notApprovedTable', { table: arg.remoteObject, account: arg.account }),
      );
    const values = await evaluateRightHands(arg.filter, rightHandEvaluator(this.env.sandbox, {}));
    const fields = new Map(table.fields.map((f) => [f.name, f]));
    const problems = checkCrmFilter(arg.filter, new Set(fields.keys()), values);
    return {
      problems,
      query: problems.length
        ? null
        : this.connectors.filterQuery(arg.account, arg.filter, fields, values),
    };
  }
}
