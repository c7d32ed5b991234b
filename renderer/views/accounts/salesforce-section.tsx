import { Callout, Checkbox, FormGroup, HTMLSelect, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { salesforceApiVersions } from '../../../shared/domain/accounts';
import { TextField } from '../../components/text-field';
import type { KindSectionProps } from './kind-section';
import type { SalesforceDraft } from './salesforce-draft';

const apiVersion = (value: string) => salesforceApiVersions.find((v) => v === value) ?? '49.0';

/** The Salesforce.com fields of the account form. */
export function SalesforceSection({ draft, change, shown, secretField, demo }: KindSectionProps) {
  const { t } = useTranslation('accounts');
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
          {t('salesforce.demoNote')}
        </Callout>
      )}
      <div className="console-form-grid">
        <TextField
          id="account-sf-account"
          label={t('fields.account')}
          value={sf.account}
          onChange={(v) => edit('account', v)}
          error={shown('salesforce.account')}
          help={t('fields.accountHelp')}
          testId="account-sf-account"
          required
          disabled={demo}
        />
        {secretField('password', t('fields.password'), 'password')}
        <TextField
          id="account-sf-client-id"
          label={t('fields.clientId')}
          value={sf.clientId}
          onChange={(v) => edit('clientId', v)}
          error={shown('salesforce.clientId')}
          help={t('salesforce.clientIdHelp')}
          testId="account-client-id"
          disabled={demo}
        />
        {secretField('clientSecret', t('salesforce.clientSecret'), 'client-secret')}
        {secretField('securityToken', t('salesforce.securityToken'), 'security-token')}
        <FormGroup label={t('fields.apiVersion')} labelFor="account-api-version">
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
          label={t('salesforce.serverUrl')}
          value={sf.serverUrl}
          onChange={(v) => edit('serverUrl', v)}
          error={shown('salesforce.serverUrl')}
          help={t('salesforce.serverUrlHelp')}
          placeholder="https://mydomain.my.salesforce.com"
          testId="account-server-url"
          disabled={demo}
        />
        <FormGroup label={t('salesforce.loginHost')} helperText={t('salesforce.loginHostHelp')}>
          <Checkbox
            label={t('salesforce.sandbox')}
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
