import type {
  ExternalAccountView,
  ParsedAccountInput,
  SalesforceSecretName,
} from '../../../shared/domain/accounts';
import { salesforceSecretNames } from '../../../shared/domain/accounts';
import type { SecretInput } from '../../../shared/domain/secrets';
import type { AccountRecord } from '../../storage/config/config-document';
import type { SecretCipher } from '../../storage/secrets/secret-cipher';
import { secretState } from '../../storage/secrets/secret-fields';
import type { NamedCollection } from '../collections/named-collection';

export type AccountSecrets = Record<SalesforceSecretName, string | null>;

function view(record: AccountRecord): ExternalAccountView {
  const { sealed, ...rest } = record;
  return {
    ...structuredClone(rest),
    secrets: {
      password: secretState(sealed.password),
      clientSecret: secretState(sealed.clientSecret),
      securityToken: secretState(sealed.securityToken),
    },
  };
}

/**
 * Administration > Platform > External accounts. Secrets are sealed before they are stored and
 * never leave this service but through `secretsOf`, which only connectors call.
 */
export class AccountsService {
  constructor(
    private readonly accounts: NamedCollection<'accounts'>,
    private readonly cipher: SecretCipher,
  ) {}

  list(): ExternalAccountView[] {
    return this.accounts.list().map(view);
  }

  get(name: string): ExternalAccountView {
    return view(this.accounts.get(name));
  }

  async create(input: ParsedAccountInput): Promise<ExternalAccountView> {
    const sealed = await this.sealInputs(input.secrets);
    return view(await this.accounts.save(null, () => this.record(input, null, sealed)));
  }

  async update(originalName: string, input: ParsedAccountInput): Promise<ExternalAccountView> {
    const sealed = await this.sealInputs(input.secrets);
    return view(
      await this.accounts.save(originalName, (existing) => this.record(input, existing, sealed)),
    );
  }

  async setEnabled(name: string, enabled: boolean): Promise<ExternalAccountView> {
    return view(
      await this.accounts.save(name, (existing) => ({ ...(existing as AccountRecord), enabled })),
    );
  }

  delete(name: string): Promise<null> {
    return this.accounts.delete(name);
  }

  /** The account's secrets in clear, for its connector only. */
  async secretsOf(name: string): Promise<AccountSecrets> {
    const { sealed } = this.accounts.get(name);
    const open = (value: string | null) => (value === null ? null : this.cipher.open(value));
    const [password, clientSecret, securityToken] = await Promise.all(
      salesforceSecretNames.map((n) => open(sealed[n])),
    );
    return {
      password: password ?? null,
      clientSecret: clientSecret ?? null,
      securityToken: securityToken ?? null,
    };
  }

  /** Seals the secrets being set now; `keep` and `clear` are resolved against the stored record. */
  private async sealInputs(inputs: Record<SalesforceSecretName, SecretInput>) {
    const sealed: Partial<Record<SalesforceSecretName, string>> = {};
    for (const name of salesforceSecretNames) {
      const input = inputs[name];
      if (input.action === 'set') sealed[name] = await this.cipher.seal(input.value);
    }
    return { inputs, sealed };
  }

  private record(
    input: ParsedAccountInput,
    existing: AccountRecord | null,
    secrets: Awaited<ReturnType<AccountsService['sealInputs']>>,
  ): AccountRecord {
    const resolve = (name: SalesforceSecretName): string | null => {
      const action = secrets.inputs[name].action;
      if (action === 'set') return secrets.sealed[name] ?? null;
      if (action === 'clear') return null;
      return existing?.sealed[name] ?? null;
    };
    return {
      name: input.name,
      label: input.label,
      type: input.type,
      enabled: input.enabled,
      comment: input.comment,
      demo: existing?.demo ?? false,
      configured: existing?.configured ?? false,
      salesforce: input.salesforce,
      sealed: {
        password: resolve('password'),
        clientSecret: resolve('clientSecret'),
        securityToken: resolve('securityToken'),
      },
    };
  }
}
