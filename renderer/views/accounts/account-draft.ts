import {
  accountInputSchema,
  salesforceSecretNames,
  type salesforceApiVersions,
  type AccountInput,
  type ExternalAccountView,
  type SalesforceSecretName,
} from '../../../shared/domain/accounts';
import type { SecretInput } from '../../../shared/domain/secrets';
import { issuesFromZod } from '../../../shared/errors';
import { messagesByPath } from '../../components/field-issues';

export type SalesforceApiVersion = (typeof salesforceApiVersions)[number];

/**
 * A write-only secret in the form: whether the service holds one, and what to do with it.
 * `keep` with nothing typed leaves it as it is; the value is never read back.
 */
export interface SecretDraft {
  isSet: boolean;
  mode: 'keep' | 'change' | 'clear';
  value: string;
}

/** What the external account form holds while the administrator types. */
export interface AccountDraft {
  name: string;
  label: string;
  enabled: boolean;
  comment: string;
  account: string;
  clientId: string;
  apiVersion: SalesforceApiVersion;
  sandbox: boolean;
  serverUrl: string;
  secrets: Record<SalesforceSecretName, SecretDraft>;
}

/** Field names, as the shared schema's issue paths spell them. */
export type AccountField =
  | 'name'
  | 'label'
  | 'comment'
  | 'enabled'
  | 'salesforce.account'
  | 'salesforce.apiVersion'
  | 'salesforce.sandbox'
  | 'salesforce.clientId'
  | 'salesforce.serverUrl'
  | `secrets.${SalesforceSecretName}`;

const unsetSecret: SecretDraft = { isSet: false, mode: 'keep', value: '' };

export const emptyAccountDraft = (): AccountDraft => ({
  name: '',
  label: '',
  enabled: true,
  comment: '',
  account: '',
  clientId: '',
  apiVersion: '49.0',
  sandbox: false,
  serverUrl: '',
  secrets: { password: unsetSecret, clientSecret: unsetSecret, securityToken: unsetSecret },
});

export function draftFromAccount(view: ExternalAccountView): AccountDraft {
  const secret = (name: SalesforceSecretName): SecretDraft => ({
    isSet: view.secrets[name].isSet,
    mode: 'keep',
    value: '',
  });
  return {
    name: view.name,
    label: view.label,
    enabled: view.enabled,
    comment: view.comment,
    account: view.salesforce.account,
    clientId: view.salesforce.clientId,
    apiVersion: view.salesforce.apiVersion,
    sandbox: view.salesforce.sandbox,
    serverUrl: view.salesforce.serverUrl ?? '',
    secrets: {
      password: secret('password'),
      clientSecret: secret('clientSecret'),
      securityToken: secret('securityToken'),
    },
  };
}

/** Typing replaces (or sets) a secret; an empty box changes nothing. */
export function secretInput(secret: SecretDraft): SecretInput {
  if (secret.mode === 'clear') return secret.isSet ? { action: 'clear' } : { action: 'keep' };
  return secret.value === '' ? { action: 'keep' } : { action: 'set', value: secret.value };
}

export function accountInputFromDraft(draft: AccountDraft): AccountInput {
  const serverUrl = draft.serverUrl.trim();
  return {
    name: draft.name,
    label: draft.label,
    type: 'salesforce',
    enabled: draft.enabled,
    comment: draft.comment,
    salesforce: {
      account: draft.account,
      clientId: draft.clientId,
      apiVersion: draft.apiVersion,
      sandbox: draft.sandbox,
      ...(serverUrl ? { serverUrl } : {}),
    },
    secrets: {
      password: secretInput(draft.secrets.password),
      clientSecret: secretInput(draft.secrets.clientSecret),
      securityToken: secretInput(draft.secrets.securityToken),
    },
  };
}

/** Live validation with the rules the service applies: the shared schema itself. */
export function validateAccountDraft(draft: AccountDraft): Map<string, string> {
  const parsed = accountInputSchema.safeParse(accountInputFromDraft(draft));
  if (parsed.success) return new Map();
  // A secret's issue (an empty value) belongs to its field, not to `.value` under it.
  const issues = issuesFromZod(parsed.error).map((issue) => {
    const secret = salesforceSecretNames.find((n) => issue.path.startsWith(`secrets.${n}`));
    return secret ? { ...issue, path: `secrets.${secret}` } : issue;
  });
  return messagesByPath(issues);
}
