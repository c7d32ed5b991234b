import { Callout, Checkbox, FormGroup, H6, HTMLSelect, Intent, TextArea } from '@blueprintjs/core';
import {
  accountTypeLabels,
  salesforceApiVersions,
  type AccountInput,
  type ExternalAccountView,
  type SalesforceSecretName,
} from '../../../shared/domain/accounts';
import { DetailFormCard } from '../../components/collections/detail-form-card';
import {
  useCollectionEditor,
  type EditorProps,
} from '../../components/collections/use-collection-editor';
import { TextField } from '../../components/text-field';
import { useConsoleStores } from '../../stores/stores-context';
import { AccountConfiguration } from './account-configuration';
import {
  accountInputFromDraft,
  validateAccountDraft,
  type AccountDraft,
  type AccountField,
  type SecretDraft,
} from './account-draft';
import { SecretField } from './secret-field';

/** Each secret's label, and the slug of its field's id and test id. */
const secretFields: Record<SalesforceSecretName, { label: string; slug: string }> = {
  password: { label: 'Password', slug: 'password' },
  clientSecret: { label: 'Client secret', slug: 'client-secret' },
  securityToken: { label: 'Security token', slug: 'security-token' },
};

const apiVersion = (value: string) => salesforceApiVersions.find((v) => v === value) ?? '49.0';

/** The form of an external account: the reference's fields, then its Configuration block. */
export function AccountForm(
  props: EditorProps<AccountDraft> & { saved: ExternalAccountView | null },
) {
  const { target, saved } = props;
  const { form, card } = useCollectionEditor<AccountDraft, AccountField, AccountInput>(
    useConsoleStores().accounts,
    props,
    {
      validate: validateAccountDraft,
      localRefusal: () => 'The external account was not saved: correct the fields marked in red.',
      wrapper: 'account',
      toInput: accountInputFromDraft,
    },
  );
  const { draft } = form;
  const shown = (field: AccountField) => form.shown(field, field);
  const edit = <K extends keyof AccountDraft>(
    field: AccountField,
    key: K,
    value: AccountDraft[K],
  ) => form.change(field, (d) => ({ ...d, [key]: value }));
  const setSecret = (name: SalesforceSecretName, next: SecretDraft) =>
    form.change(`secrets.${name}`, (d) => ({ ...d, secrets: { ...d.secrets, [name]: next } }));
  // The Demo account's connection comes from the built-in emulator, whatever the form says.
  const demo = saved?.demo ?? false;
  const secretField = (name: SalesforceSecretName) => (
    <SecretField
      id={`account-sf-${secretFields[name].slug}`}
      label={secretFields[name].label}
      secret={draft.secrets[name]}
      onChange={(next) => setSecret(name, next)}
      error={shown(`secrets.${name}`)}
      testId={`account-${secretFields[name].slug}`}
      disabled={demo}
      note={demo ? 'Supplied by the emulator.' : undefined}
    />
  );

  return (
    <DetailFormCard
      {...card}
      testId="account-form"
      prefix="account"
      title={
        target.kind === 'new'
          ? 'New external account'
          : `External account ${saved?.label ?? target.name}`
      }
    >
      <div className="console-form-grid">
        <TextField
          id="account-label"
          label="Label"
          value={draft.label}
          onChange={(v) => edit('label', 'label', v)}
          error={shown('label')}
          testId="account-label"
          required
          autoFocus={target.kind === 'new'}
        />
        <TextField
          id="account-name"
          label="Internal name"
          value={draft.name}
          onChange={(v) => edit('name', 'name', v)}
          error={shown('name')}
          placeholder="salesforceCRM"
          testId="account-name"
          required
        />
        <FormGroup label="Type" labelFor="account-type">
          <HTMLSelect
            id="account-type"
            fill
            value="salesforce"
            disabled
            options={[{ value: 'salesforce', label: accountTypeLabels.salesforce }]}
            data-testid="account-type"
          />
        </FormGroup>
        <FormGroup label="Status" className="console-account-enabled">
          <Checkbox
            label="Enabled"
            checked={draft.enabled}
            onChange={(e) => edit('enabled', 'enabled', e.currentTarget.checked)}
            data-testid="account-enabled"
          />
        </FormGroup>
      </div>
      <FormGroup label="Comment" labelFor="account-comment" helperText={shown('comment')}>
        <TextArea
          id="account-comment"
          className="console-textarea"
          fill
          rows={2}
          value={draft.comment}
          onChange={(e) => edit('comment', 'comment', e.currentTarget.value)}
          data-testid="account-comment"
        />
      </FormGroup>

      <H6 className="console-form-section">{accountTypeLabels.salesforce}</H6>
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
          value={draft.account}
          onChange={(v) => edit('salesforce.account', 'account', v)}
          error={shown('salesforce.account')}
          help="The user name the console logs in as."
          testId="account-sf-account"
          required
          disabled={demo}
        />
        {secretField('password')}
        <TextField
          id="account-sf-client-id"
          label="Client identifier"
          value={draft.clientId}
          onChange={(v) => edit('salesforce.clientId', 'clientId', v)}
          error={shown('salesforce.clientId')}
          help="The consumer key of the connected app."
          testId="account-client-id"
          disabled={demo}
        />
        {secretField('clientSecret')}
        {secretField('securityToken')}
        <FormGroup label="API version" labelFor="account-api-version">
          <HTMLSelect
            id="account-api-version"
            fill
            value={draft.apiVersion}
            disabled={demo}
            onChange={(e) =>
              edit('salesforce.apiVersion', 'apiVersion', apiVersion(e.currentTarget.value))
            }
            options={salesforceApiVersions.map((v) => ({ value: v, label: v }))}
            data-testid="account-api-version"
          />
        </FormGroup>
        <TextField
          id="account-sf-server-url"
          label="Server URL"
          value={draft.serverUrl}
          onChange={(v) => edit('salesforce.serverUrl', 'serverUrl', v)}
          error={shown('salesforce.serverUrl')}
          help="Optional: a My Domain login address, https only. Empty: the production or test host."
          placeholder="https://mydomain.my.salesforce.com"
          testId="account-server-url"
          disabled={demo}
        />
        <FormGroup label="Login host" helperText="Log in to the test host (test.salesforce.com).">
          <Checkbox
            label="Sandbox mode"
            checked={draft.sandbox}
            disabled={demo}
            onChange={(e) => edit('salesforce.sandbox', 'sandbox', e.currentTarget.checked)}
            data-testid="account-sandbox"
          />
        </FormGroup>
      </div>
      <AccountConfiguration account={saved} />
    </DetailFormCard>
  );
}
