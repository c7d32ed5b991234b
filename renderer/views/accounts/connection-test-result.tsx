import { Callout, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionCheck } from '../../../shared/domain/crm';
import type { Loadable } from '../../stores/crm/loadable';

/** What Test connection found: who the console is connected as and where, or the CRM's refusal. */
export function ConnectionTestResult({ test }: { test: Loadable<ConnectionCheck> }) {
  const { t } = useTranslation('accounts');
  if (test.status === 'failed')
    return (
      <Callout
        intent={Intent.DANGER}
        icon="error"
        title={t('test.failed')}
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
      title={t('test.connected')}
      data-testid="account-test-result"
      data-state="ok"
    >
      <dl className="console-facts">
        <dt>{t('test.organization')}</dt>
        <dd className="console-mono" data-testid="account-test-organization">
          {check.organization}
        </dd>
        <dt>{t('test.user')}</dt>
        <dd className="console-mono" data-testid="account-test-user">
          {check.user}
        </dd>
        <dt>{t('test.instance')}</dt>
        <dd className="console-mono" data-testid="account-test-instance">
          {check.instanceUrl}
        </dd>
        <dt>{t('test.apiVersion')}</dt>
        <dd className="console-mono" data-testid="account-test-api-version">
          {check.apiVersion}
        </dd>
        {check.timeZone && (
          <>
            <dt>{t('test.timeZone')}</dt>
            <dd className="console-mono" data-testid="account-test-time-zone">
              {check.timeZone}
            </dd>
          </>
        )}
      </dl>
    </Callout>
  );
}
