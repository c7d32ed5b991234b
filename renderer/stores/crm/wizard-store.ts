import type { AccountType } from '../../../shared/domain/accounts';
import { createStore } from 'zustand/vanilla';
import type { CrmTableSummary } from '../../../shared/domain/crm';
import type { SchemaChanges } from '../../../shared/domain/schemas';
import { consoleI18n } from '../../i18n/console-i18n';
import type { JobsStore } from '../jobs/jobs-store';
import { asCallError, type StoreDeps } from '../store-deps';
import type { AccountsStore } from './accounts-store';
import { failed, idle, loading, ready, type Loadable } from './loadable';
import type { SourceSchemasStore } from './source-schemas-store';

export const wizardSteps = ['tables-list', 'select-tables', 'create-schema'] as const;
export type WizardStepId = (typeof wizardSteps)[number];

export interface WizardAccount {
  name: string;
  label: string;
  type: AccountType;
  /** The wizard ran before: step 3 first shows what a new run changes. */
  configured: boolean;
}

/** The schema job of step 3, from the click on Start (the id comes with the call's answer). */
export interface WizardRun {
  startedAt: number;
  jobId: string | null;
  /** Its end was seen and acted on (lists reloaded). */
  settled: boolean;
}

export interface WizardChanges {
  /** The selection the comparison was made for, sorted. */
  tables: string[];
  load: Loadable<SchemaChanges>;
}

export interface WizardState {
  /** The account whose wizard is open; null when it is closed. */
  account: WizardAccount | null;
  step: WizardStepId;
  tables: Loadable<CrmTableSummary[]>;
  selected: string[];
  /** The tables chosen the last time the wizard ran. */
  lastRun: string[];
  search: string;
  changes: WizardChanges | null;
  run: WizardRun | null;
  startError: string | null;
  open(account: WizardAccount): void;
  close(): void;
  setStep(step: WizardStepId): void;
  listTables(): Promise<void>;
  toggle(table: string, on: boolean): void;
  setAll(on: boolean): void;
  setSearch(text: string): void;
  loadChanges(): Promise<void>;
  createSchema(): Promise<void>;
  cancel(): Promise<void>;
  reset(): void;
}

const sorted = (names: readonly string[]) => [...names].sort();
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether the comparison shown is the one of the tables ticked now. */
export const changesAreFresh = (state: Pick<WizardState, 'changes' | 'selected'>) =>
  state.changes !== null && sameList(state.changes.tables, sorted(state.selected));

const initial = {
  account: null,
  step: 'tables-list',
  tables: idle,
  selected: [],
  lastRun: [],
  search: '',
  changes: null,
  run: null,
  startError: null,
} satisfies Partial<WizardState>;

interface WizardDeps {
  jobs: JobsStore;
  accounts: AccountsStore;
  sourceSchemas: SourceSchemasStore;
}

/** The configuration wizard of an external account: tables list, selection, schema job. */
export const createWizardStore = ({ api }: StoreDeps, deps: WizardDeps) => {
  const store = createStore<WizardState>()((set, get) => ({
    ...initial,

    open: (account) => set({ ...initial, account }),
    close: () => set({ account: null }),

    setStep(step) {
      set({ step });
      const state = get();
      if (step === 'create-schema' && state.account?.configured && !changesAreFresh(state))
        void state.loadChanges();
    },

    async listTables() {
      const account = get().account;
      if (!account) return;
      set({ tables: loading });
      try {
        const answer = await api.wizard.listTables({ account: account.name });
        const names = new Set(answer.tables.map((t) => t.name));
        set({
          tables: ready(answer.tables),
          selected: answer.selected.filter((t) => names.has(t)),
          lastRun: answer.selected,
        });
      } catch (error) {
        set({ tables: failed(asCallError('wizard.listTables', error).message) });
      }
    },

    toggle(table, on) {
      const others = get().selected.filter((t) => t !== table);
      set({ selected: on ? [...others, table] : others, startError: null });
    },

    setAll(on) {
      const { tables } = get();
      const all = tables.status === 'ready' ? tables.value.map((t) => t.name) : [];
      set({ selected: on ? all : [], startError: null });
    },

    setSearch: (search) => set({ search }),

    async loadChanges() {
      const { account, selected } = get();
      if (!account || selected.length === 0) return;
      const tables = sorted(selected);
      set({ changes: { tables, load: loading } });
      let load: Loadable<SchemaChanges>;
      try {
        load = ready(await api.wizard.changes({ account: account.name, tables }));
      } catch (error) {
        load = failed(asCallError('wizard.changes', error).message);
      }
      // A newer comparison (another selection) may have been asked meanwhile.
      if (sameList(get().changes?.tables ?? [], tables)) set({ changes: { tables, load } });
    },

    async createSchema() {
      const { account, selected } = get();
      if (!account) return;
      if (selected.length === 0) {
        set({ startError: consoleI18n.t('wizard:create.selectFirst') });
        return;
      }
      set({ run: { startedAt: Date.now(), jobId: null, settled: false }, startError: null });
      try {
        const { jobId } = await api.wizard.createSchema({
          account: account.name,
          tables: selected,
        });
        const run = get().run;
        if (run) set({ run: { ...run, jobId } });
        // After the run holds the id: the job may have ended already, and tracking tells.
        deps.jobs
          .getState()
          .track(jobId, consoleI18n.t('wizard:create.jobLabel', { label: account.label }));
      } catch (error) {
        set({ run: null, startError: asCallError('wizard.createSchema', error).message });
      }
    },

    async cancel() {
      const jobId = get().run?.jobId;
      if (jobId) await deps.jobs.getState().cancel(jobId);
    },

    reset: () => set(initial),
  }));

  // The end of the schema job: the account is configured now and its schema is pending.
  deps.jobs.subscribe((jobsState) => {
    const { run, account } = store.getState();
    if (!run?.jobId || run.settled) return;
    const job = jobsState.jobs[run.jobId];
    if (!job || job.status === 'running') return;
    store.setState({
      run: { ...run, settled: true },
      ...(account && job.status === 'succeeded'
        ? { account: { ...account, configured: true } }
        : {}),
    });
    if (job.status === 'succeeded') {
      void deps.accounts.getState().load();
      void deps.sourceSchemas.getState().load();
    }
  });

  return store;
};

export type WizardStore = ReturnType<typeof createWizardStore>;
