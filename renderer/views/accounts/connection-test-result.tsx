import { Callout, Intent } from '@blueprintjs/core';
import type { ConnectionCheck } from '../../../shared/domain/crm';
import type { Loadable } from '../../stores/crm/loadable';

/** What Test connection found: who the console is connected as and where, or the CRM's refusal. */
export function ConnectionTestResult({ test }: { test: Loadable<ConnectionCheck> }) {
  if (test.status === 'failed')
    return (
      <Callout
        intent={Intent.DANGER}
        icon="error"
        title="The connection failed"
        data-testid="account-test-result"
        data-state="failed"
      >
        <span data-testid="account-test-error">{test.error}</span>
      </Callout>
    );
  if (test.status !== 'ready') return null;
  const check = test.value;
  return (
    <Callout
      intent={Intent.SUCCESS}
      icon="tick-circle"
      title="Connected"
      data-testid="account-test-result"
      data-state="ok"
    >
      <dl className="console-facts">
        <dt>Organization</dt>
        <dd className="console-mono" data-testid="account-test-organization">
          {check.organization}
        </dd>
        <dt>User</dt>
        <dd className="console-mono" data-testid="account-test-user">
          {check.user}
        </dd>
        <dt>Instance</dt>
        <dd className="console-mono" data-testid="account-test-instance">
          {check.instanceUrl}
        </dd>
        <dt>API version</dt>
        <dd className="console-mono" data-testid="account-test-api-version">
          {check.apiVersion}
        </dd>
        {check.timeZone && (
          <>
            <dt>Time zone of the CRM user</dt>
            <dd className="console-mono" data-testid="account-test-time-zone">
              {check.timeZone}
            </dd>
          </>
        )}
      </dl>
    </Callout>
  );
}
