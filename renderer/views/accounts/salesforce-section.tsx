import { Callout, Checkbox, FormGroup, HTMLSelect, Intent } from '@blueprintjs/core';
import { salesforceApiVersions } from '../../../shared/domain/accounts';
import { TextField } from '../../components/text-field';
import type { KindSectionProps } from './kind-section';
import type { SalesforceDraft } from './salesforce-draft';

const apiVersion = (value: string) => salesforceApiVersions.find((v) => v === value) ?? '49.0';

/** The Salesforce.com fields of the account form. */
export function SalesforceSection({ draft, change, shown, secretField, demo }: KindSectionProps) {
  const sf = draft.salesforce;
  const edit = <K extends keyof SalesforceDraft>(key: K, value: SalesforceDraft[K]) =>
    change(`salesforce.${key}`, (d) => ({ ...d, salesforce: { ...d.salesforce, [key]: value } }));
  return (
    <>
      {demo && (
        <Callout
          intent={Intent.PRIMARY}
          icon="info-sign"
          className="console-callout"
          data-testid="account-demo-note"
        >
          This account points at the console&apos;s built-in Salesforce emulator, started when it is
          first used. Its connection fields are informational: the emulator supplies its own address
          and credentials, so Test connection and the configuration wizard work as they are.
        </Callout>
      )}
      <div className="console-form-grid">
        <TextField
          id="account-sf-account"
          label="Account"
          value={sf.account}
          onChange={(v) => edit('account', v)}
          error={shown('salesforce.account')}
          help="The user name the console logs in as."
          testId="account-sf-account"
          required
          disabled={demo}
        />
        {secretField('password', 'Password', 'password')}
        <TextField
          id="account-sf-client-id"
          label="Client identifier"
          value={sf.clientId}
          onChange={(v) => edit('clientId', v)}
          error={shown('salesforce.clientId')}
          help="The consumer key of the connected app."
          testId="account-client-id"
          disabled={demo}
        />
        {secretField('clientSecret', 'Client secret', 'client-secret')}
        {secretField('securityToken', 'Security token', 'security-token')}
        <FormGroup label="API version" labelFor="account-api-version">
          <HTMLSelect
            id="account-api-version"
            fill
            value={sf.apiVersion}
            disabled={demo}
            onChange={(e) => edit('apiVersion', apiVersion(e.currentTarget.value))}
            options={salesforceApiVersions.map((v) => ({ value: v, label: v }))}
            data-testid="account-api-version"
          />
        </FormGroup>
        <TextField
          id="account-sf-server-url"
          label="Server URL"
          value={sf.serverUrl}
          onChange={(v) => edit('serverUrl', v)}
          error={shown('salesforce.serverUrl')}
          help="Optional: a My Domain login address, https only. Empty: the production or test host."
          placeholder="https://mydomain.my.salesforce.com"
          testId="account-server-url"
          disabled={demo}
        />
        <FormGroup label="Login host" helperText="Log in to the test host (test.salesforce.com).">
          <Checkbox
            label="Sandbox mode"
            checked={sf.sandbox}
            disabled={demo}
            onChange={(e) => edit('sandbox', e.currentTarget.checked)}
            data-testid="account-sandbox"
          />
        </FormGroup>
      </div>
    </>
  );
}
