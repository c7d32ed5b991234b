import {
  demoAccounts,
  demoLogins,
  demoSalesforceAccount,
} from '../../../shared/domain/demo-accounts';

/**
 * Each migration turns a document of version `from` into one of version `from + 1`. They work
 * on plain JSON: the result is validated against the current schema only after the last one.
 */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export type MigrationOutcome =
  | { kind: 'current'; doc: Record<string, unknown> }
  | { kind: 'migrated'; doc: Record<string, unknown>; fromVersion: number; applied: string[] }
  | { kind: 'refused'; problem: string };

export function migrateDocument(
  raw: unknown,
  targetVersion: number,
  migrations: readonly Migration[],
): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { kind: 'refused', problem: 'it does not hold a JSON object.' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { kind: 'refused', problem: 'it has no valid "version" number.' };
  if (version > targetVersion)
    return {
      kind: 'refused',
      problem: `it was written by a newer console (layout version ${version}; this console reads up to ${targetVersion}).`,
    };
  let doc = raw as Record<string, unknown>;
  const applied: string[] = [];
  for (let v = version; v < targetVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { kind: 'refused', problem: `no migration from layout version ${v}.` };
    doc = { ...step.up(doc), version: v + 1 };
    applied.push(step.describe);
  }
  return version === targetVersion
    ? { kind: 'current', doc }
    : { kind: 'migrated', doc, fromVersion: version, applied };
}

/** The console's own migrations, oldest first. */
export const configMigrations: readonly Migration[] = [
  {
    from: 1,
    describe: 'External accounts (with the built-in Demo Salesforce account) and their schemas.',
    up: (doc) => ({ ...doc, accounts: [structuredClone(demoSalesforceAccount)], schemas: [] }),
  },
  {
    from: 2,
    describe: 'Workflows.',
    up: (doc) => ({ ...doc, workflows: [] }),
  },
  {
    from: 3,
    describe: 'The built-in Demo accounts of the other CRM kinds.',
    up: (doc) => {
      const accounts = Array.isArray(doc.accounts) ? (doc.accounts as unknown[]) : [];
      const names = new Set(accounts.map((a) => (a as { name?: unknown }).name));
      const missing = demoAccounts.filter((a) => !names.has(a.name));
      return { ...doc, accounts: [...accounts, ...structuredClone(missing)] };
    },
  },
  {
    from: 4,
    describe: 'The Demo accounts name the user their emulator signs in (as Test connection does).',
    up: (doc) => {
      const accounts = Array.isArray(doc.accounts) ? (doc.accounts as unknown[]) : [];
      return { ...doc, accounts: accounts.map(withDemoLogin) };
    },
  },
];

/** A built-in Demo account with its kind's emulator login on the form; any other as it is. */
function withDemoLogin(account: unknown): unknown {
  const record = account as { demo?: unknown; type?: unknown } & Record<string, unknown>;
  const type = record.type;
  if (record.demo !== true || !isDemoKind(type)) return account;
  const settings = record[type];
  if (typeof settings !== 'object' || settings === null) return account;
  return { ...record, [type]: { ...settings, account: demoLogins[type] } };
}

/** A kind with a Demo emulator: the kinds `demoLogins` names, so a new kind needs no edit here. */
function isDemoKind(type: unknown): type is keyof typeof demoLogins {
  return typeof type === 'string' && Object.hasOwn(demoLogins, type);
}
