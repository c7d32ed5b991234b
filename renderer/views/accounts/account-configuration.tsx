import { Button, Classes, H6, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { AccountType, ExternalAccountView } from '../../../shared/domain/accounts';
import {
  useAccountActions,
  useAccounts,
  useEnumerationSync,
  useSourceSchemas,
  useWizard,
} from '../../stores/stores-context';
import { ConnectionTestResult } from './connection-test-result';
import { PendingSchemaTag } from './pending-schema-tag';

/** The account's configuration status, as the list and the form word it. */
export function ConfiguredText({ configured }: { configured: boolean }) {
  const { t } = useTranslation('accounts');
  return configured ? t('configuration.configured') : t('configuration.notConfigured');
}

/** The link that opens each kind's configuration wizard. */
function WizardLinkText({ type }: { type: AccountType }) {
  const { t } = useTranslation('accounts');
  switch (type) {
    case 'salesforce':
      return t('configuration.wizardLink.salesforce');
    case 'dynamics':
      return t('configuration.wizardLink.dynamics');
    case 'oracle':
      return t('configuration.wizardLink.oracle');
  }
}

/**
 * The Configuration block of a saved account: its status, the wizard, the enumeration sync
 * (greyed out until the wizard ran) and Test connection. They act on what is saved.
 */
export function AccountConfiguration({ account }: { account: ExternalAccountView | null }) {
  const name = account?.name ?? '';
  // The list is read again after a wizard run or an Enable/Disable; the form's copy is not.
  const listed = useAccounts((s) => s.items.find((a) => a.name === name));
  const schema = useSourceSchemas((s) => s.items.find((x) => x.account === name));
  const test = useAccountActions((s) => s.tests[name]);
  const testConnection = useAccountActions((s) => s.testConnection);
  const openWizard = useWizard((s) => s.open);
  const openSync = useEnumerationSync((s) => s.open);
  const { t } = useTranslation('accounts');

  if (!account)
    return (
      <div className="console-account-configuration">
        <H6>{t('configuration.title')}</H6>
        <p className={Classes.TEXT_MUTED} data-testid="account-config-status">
          {t('configuration.saveFirst')}
        </p>
      </div>
    );

  const current = listed ?? account;
  const { configured, enabled, label } = current;

  return (
    <div className="console-account-configuration" data-testid="account-configuration">
      <H6>{t('configuration.title')}</H6>
      <p data-testid="account-config-status" data-configured={configured}>
        <ConfiguredText configured={configured} /> {schema && <PendingSchemaTag schema={schema} />}
      </p>
      <div className="console-account-links">
        <Button
          variant="minimal"
          intent={Intent.PRIMARY}
          icon="wrench"
          text={<WizardLinkText type={current.type} />}
          disabled={!enabled}
          onClick={() => openWizard({ name, label, type: current.type, configured })}
          data-testid="account-wizard-link"
        />
        <Button
          variant="minimal"
          intent={Intent.PRIMARY}
          icon="exchange"
          text={t('configuration.syncLink')}
          disabled={!configured}
          title={configured ? undefined : t('configuration.runWizardFirst')}
          onClick={() => void openSync({ name, label })}
          data-testid="account-sync-link"
        />
        <Button
          icon="satellite"
          text={t('configuration.testConnection')}
          disabled={!enabled}
          loading={test?.status === 'loading'}
          onClick={() => void testConnection(name)}
          data-testid="account-test-connection"
        />
      </div>
      {!enabled && (
        <p
          className={`${Classes.TEXT_MUTED} ${Classes.TEXT_SMALL}`}
          data-testid="account-disabled-note"
        >
          {t('configuration.disabledNote')}
        </p>
      )}
      {test && test.status !== 'loading' && test.status !== 'idle' && (
        <ConnectionTestResult test={test} />
      )}
      {!test && (
        <p className={`${Classes.TEXT_MUTED} ${Classes.TEXT_SMALL}`}>
          {t('configuration.testHint')}
        </p>
      )}
    </div>
  );
}
