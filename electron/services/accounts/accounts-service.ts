import {
  accountSecretNames,
  type AccountSecretName,
  type ExternalAccountView,
  type ParsedAccountInput,
} from '../../../shared/domain/accounts';
import type { SecretInput, SecretState } from '../../../shared/domain/secrets';
import type { AccountRecord } from '../../storage/config/config-document';
import type { SecretCipher } from '../../storage/secrets/secret-cipher';
import { secretState } from '../../storage/secrets/secret-fields';
import type { NamedCollection } from '../collections/named-collection';

/** An account's secrets in clear, by the names of its kind. */
export type AccountSecrets = Readonly<Partial<Record<AccountSecretName, string | null>>>;

type Sealed = Record<string, string | null>;

/** Runs a function on each secret name of a record's kind, keyed by name. */
function mapSecrets<V>(type: AccountRecord['type'], each: (name: string) => V): Record<string, V> {
  return Object.fromEntries(accountSecretNames[type].map((n) => [n, each(n)]));
}

function view(record: AccountRecord): ExternalAccountView {
  const { sealed, ...rest } = record;
  const secrets: Record<string, SecretState> = mapSecrets(record.type, (n) =>
    secretState((sealed as Sealed)[n] ?? null),
  );
  // The record schema pairs each type with its settings and secret names; the view keeps them.
  return { ...structuredClone(rest), secrets } as ExternalAccountView;
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
    const sealed = await this.sealInputs(input);
    return view(await this.accounts.save(null, () => this.record(input, null, sealed)));
  }

  async update(originalName: string, input: ParsedAccountInput): Promise<ExternalAccountView> {
    const sealed = await this.sealInputs(input);
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
    const record = this.accounts.get(name);
    const sealed = record.sealed as Sealed;
    const names = accountSecretNames[record.type];
    const open = async (n: string) => {
      const value = sealed[n] ?? null;
      return value === null ? null : this.cipher.open(value);
    };
    const values = await Promise.all(names.map(open));
    return Object.fromEntries(names.map((n, i) => [n, values[i] ?? null]));
  }

  /** Seals the secrets being set now; `keep` and `clear` are resolved against the stored record. */
  private async sealInputs(input: ParsedAccountInput) {
    const inputs = input.secrets as Record<string, SecretInput>;
    const sealed: Record<string, string> = {};
    for (const name of accountSecretNames[input.type]) {
      const secret = inputs[name];
      if (secret?.action === 'set') sealed[name] = await this.cipher.seal(secret.value);
    }
    return { inputs, sealed };
  }

  private record(
    input: ParsedAccountInput,
    existing: AccountRecord | null,
    secrets: Awaited<ReturnType<AccountsService['sealInputs']>>,
  ): AccountRecord {
    // A type changed on edit keeps none of the other kind's secrets.
    const kept = existing?.type === input.type ? (existing.sealed as Sealed) : {};
    const resolve = (name: string): string | null => {
      const action = secrets.inputs[name]?.action ?? 'keep';
      if (action === 'set') return secrets.sealed[name] ?? null;
      if (action === 'clear') return null;
      return kept[name] ?? null;
    };
    const fields: Omit<ParsedAccountInput, 'secrets'> & { secrets?: unknown } = { ...input };
    delete fields.secrets;
    // The input schema pairs the type with its settings; the record schema checks it on save.
    return {
      ...fields,
      demo: existing?.demo ?? false,
      configured: existing?.configured ?? false,
      sealed: mapSecrets(input.type, resolve),
    } as AccountRecord;
  }
}
