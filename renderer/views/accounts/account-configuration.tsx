import { Button, Classes, H6, Intent } from '@blueprintjs/core';
import { wizardTexts, type ExternalAccountView } from '../../../shared/domain/accounts';
import {
  useAccountActions,
  useAccounts,
  useEnumerationSync,
  useSourceSchemas,
  useWizard,
} from '../../stores/stores-context';
import { ConnectionTestResult } from './connection-test-result';
import { PendingSchemaTag } from './pending-schema-tag';

export const configuredText = (configured: boolean) =>
  configured
    ? 'The external account has been configured.'
    : 'Please configure the external account.';

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

  if (!account)
    return (
      <div className="console-account-configuration">
        <H6>Configuration</H6>
        <p className={Classes.TEXT_MUTED} data-testid="account-config-status">
          Save the external account to test its connection and configure it.
        </p>
      </div>
    );

  const current = listed ?? account;
  const { configured, enabled, label } = current;

  return (
    <div className="console-account-configuration" data-testid="account-configuration">
      <H6>Configuration</H6>
      <p data-testid="account-config-status" data-configured={configured}>
        {configuredText(configured)} {schema && <PendingSchemaTag schema={schema} />}
      </p>
      <div className="console-account-links">
        <Button
          variant="minimal"
          intent={Intent.PRIMARY}
          icon="wrench"
          text={wizardTexts[current.type].link}
          disabled={!enabled}
          onClick={() => openWizard({ name, label, type: current.type, configured })}
          data-testid="account-wizard-link"
        />
        <Button
          variant="minimal"
          intent={Intent.PRIMARY}
          icon="exchange"
          text="Synchronizing enumerations..."
          disabled={!configured}
          title={configured ? undefined : 'Run the configuration wizard first.'}
          onClick={() => void openSync({ name, label })}
          data-testid="account-sync-link"
        />
        <Button
          icon="satellite"
          text="Test connection"
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
          The account is disabled: enable it to test its connection or run its wizard.
        </p>
      )}
      {test && test.status !== 'loading' && test.status !== 'idle' && (
        <ConnectionTestResult test={test} />
      )}
      {!test && (
        <p className={`${Classes.TEXT_MUTED} ${Classes.TEXT_SMALL}`}>
          Test connection logs in with the saved settings and says who the console is connected as.
        </p>
      )}
    </div>
  );
}
