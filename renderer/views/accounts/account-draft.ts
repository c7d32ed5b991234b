import {
  accountInputSchema,
  accountSecretNames,
  accountTypes,
  settingsOf,
  type AccountInput,
  type AccountSettings,
  type AccountSecretName,
  type AccountType,
  type ExternalAccountView,
} from '../../../shared/domain/accounts';
import type { SecretInput } from '../../../shared/domain/secrets';
import { issuesFromZod } from '../../../shared/errors';
import { messagesByPath } from '../../components/field-issues';
import {
  dynamicsDraftFrom,
  dynamicsSettingsInput,
  emptyDynamicsDraft,
  type DynamicsDraft,
  type DynamicsField,
} from './dynamics-draft';
import {
  emptyOracleDraft,
  oracleDraftFrom,
  oracleSettingsInput,
  type OracleDraft,
  type OracleField,
} from './oracle-draft';
import {
  emptySalesforceDraft,
  salesforceDraftFrom,
  salesforceSettingsInput,
  type SalesforceDraft,
  type SalesforceField,
} from './salesforce-draft';

export type { SalesforceApiVersion } from './salesforce-draft';

/**
 * A write-only secret in the form: whether the service holds one, and what to do with it.
 * `keep` with nothing typed leaves it as it is; the value is never read back.
 */
export interface SecretDraft {
  isSet: boolean;
  mode: 'keep' | 'change' | 'clear';
  value: string;
}

/**
 * What the external account form holds while the administrator types: each kind's section,
 * so that switching the type of a new account loses nothing typed. Only the chosen kind's
 * section and secrets are sent.
 */
export interface AccountDraft {
  name: string;
  label: string;
  type: AccountType;
  enabled: boolean;
  comment: string;
  salesforce: SalesforceDraft;
  dynamics: DynamicsDraft;
  oracle: OracleDraft;
  secrets: Record<AccountSecretName, SecretDraft>;
}

/** Field names, as the shared schema's issue paths spell them. */
export type AccountField =
  | 'name'
  | 'label'
  | 'type'
  | 'comment'
  | 'enabled'
  | SalesforceField
  | DynamicsField
  | OracleField
  | `secrets.${AccountSecretName}`;

const unsetSecret: SecretDraft = { isSet: false, mode: 'keep', value: '' };

const allSecretNames: AccountSecretName[] = [
  ...new Set(accountTypes.flatMap((t): readonly AccountSecretName[] => accountSecretNames[t])),
];

export const emptyAccountDraft = (type: AccountType = 'salesforce'): AccountDraft => ({
  name: '',
  label: '',
  type,
  enabled: true,
  comment: '',
  salesforce: emptySalesforceDraft(),
  dynamics: emptyDynamicsDraft(),
  oracle: emptyOracleDraft(),
  secrets: Object.fromEntries(allSecretNames.map((n) => [n, unsetSecret])) as Record<
    AccountSecretName,
    SecretDraft
  >,
});

/** Each kind's section of the draft: read from its settings, sent as its settings input. */
const kindDrafts: {
  readonly [T in AccountType]: {
    from(settings: AccountSettings[T]): Partial<Pick<AccountDraft, AccountType>>;
    input(draft: AccountDraft): unknown;
  };
} = {
  salesforce: {
    from: (s) => ({ salesforce: salesforceDraftFrom(s) }),
    input: (d) => salesforceSettingsInput(d.salesforce),
  },
  dynamics: {
    from: (s) => ({ dynamics: dynamicsDraftFrom(s) }),
    input: (d) => dynamicsSettingsInput(d.dynamics),
  },
  oracle: {
    from: (s) => ({ oracle: oracleDraftFrom(s) }),
    input: (d) => oracleSettingsInput(d.oracle),
  },
};

function sectionOf<T extends AccountType>(type: T, settings: AccountSettings[T]) {
  return kindDrafts[type].from(settings);
}

export function draftFromAccount(view: ExternalAccountView): AccountDraft {
  const draft = emptyAccountDraft(view.type);
  const states: Partial<Record<AccountSecretName, { isSet: boolean }>> = view.secrets;
  for (const name of accountSecretNames[view.type])
    draft.secrets[name] = { isSet: states[name]?.isSet ?? false, mode: 'keep', value: '' };
  return {
    ...draft,
    name: view.name,
    label: view.label,
    enabled: view.enabled,
    comment: view.comment,
    ...sectionOf(view.type, settingsOf(view)),
  };
}

/** Typing replaces (or sets) a secret; an empty box changes nothing. */
export function secretInput(secret: SecretDraft): SecretInput {
  if (secret.mode === 'clear') return secret.isSet ? { action: 'clear' } : { action: 'keep' };
  return secret.value === '' ? { action: 'keep' } : { action: 'set', value: secret.value };
}

export function accountInputFromDraft(draft: AccountDraft): AccountInput {
  const secrets = Object.fromEntries(
    accountSecretNames[draft.type].map((n) => [n, secretInput(draft.secrets[n])]),
  );
  // The type, its section and its secrets go together; the shared schema checks the pairing.
  return {
    name: draft.name,
    label: draft.label,
    type: draft.type,
    enabled: draft.enabled,
    comment: draft.comment,
    [draft.type]: kindDrafts[draft.type].input(draft),
    secrets,
  } as AccountInput;
}

/** Live validation with the rules the service applies: the shared schema itself. */
export function validateAccountDraft(draft: AccountDraft): Map<string, string> {
  const parsed = accountInputSchema.safeParse(accountInputFromDraft(draft));
  if (parsed.success) return new Map();
  // A secret's issue (an empty value) belongs to its field, not to `.value` under it.
  const issues = issuesFromZod(parsed.error).map((issue) => {
    const secret = allSecretNames.find((n) => issue.path.startsWith(`secrets.${n}`));
    return secret ? { ...issue, path: `secrets.${secret}` } : issue;
  });
  return messagesByPath(issues);
}
