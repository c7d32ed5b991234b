import { createStore } from 'zustand/vanilla';
import type { EnumerationValue } from '../../../shared/domain/enumerations';
import type {
  FilterCondition,
  RecordFilter,
  RecordRow,
  SortKey,
  TableDefinition,
} from '../../../shared/domain/records';
import type { ConsoleCallError } from '../../api/console-call-error';
import { consoleI18n } from '../../i18n/console-i18n';
import type { JobsStore } from '../jobs/jobs-store';
import { asCallError, type StoreDeps } from '../store-deps';
import { PageLoader } from './page-loader';

export interface RecordsState {
  table: string | null;
  definition: TableDefinition | null;
  /** The values of the enumerations the table's columns use, by enumeration name. */
  enumerations: Record<string, EnumerationValue[]>;
  openError: string | null;
  hidden: string[];
  sort: SortKey | null;
  /** The conditions being put together in the filter bar, not applied yet. */
  draft: RecordFilter;
  /** The filter the rows and the count follow. */
  filter: RecordFilter | null;
  count: number | null;
  /** The service's refusal of the current query (a bad filter value, an unknown column). */
  queryError: ConsoleCallError | null;
  /** Moves when rows arrive, so the grid redraws its cells. */
  rowsVersion: number;
  /** Every row on screen has arrived (tests and the benchmark wait on it). */
  rowsReady: boolean;
  exportJobId: string | null;
  exportError: string | null;
  open(table: string): Promise<void>;
  /** The grid's visible rows changed: fetch what is missing. */
  showRows(first: number, last: number): void;
  rowAt(index: number): RecordRow | undefined;
  sortBy(sort: SortKey | null): void;
  addCondition(condition: FilterCondition): void;
  removeCondition(index: number): void;
  setCombinator(combinator: RecordFilter['combinator']): void;
  /** Applies the draft; a condition not added yet can come along. */
  applyFilter(extra?: FilterCondition): void;
  clearFilter(): void;
  setColumnVisible(name: string, visible: boolean): void;
  refresh(): void;
  exportCsv(): Promise<void>;
  dismissExport(): void;
  reset(): void;
}

export const pageSize = 200;
const emptyDraft: RecordFilter = { combinator: 'and', conditions: [] };

const initial = {
  table: null,
  definition: null,
  enumerations: {},
  openError: null,
  hidden: [],
  sort: null,
  draft: emptyDraft,
  filter: null,
  count: null,
  queryError: null,
  rowsVersion: 0,
  rowsReady: false,
  exportJobId: null,
  exportError: null,
} satisfies Partial<RecordsState>;

/**
 * The data grid of one table: its definition, the query (sort, filter, columns), the count and
 * a bounded cache of pages fetched as they scroll into view.
 */
export function createRecordsStore({ api }: StoreDeps, jobs: JobsStore) {
  return createStore<RecordsState>()((set, get) => {
    let countRequest = 0;
    const query = () => {
      const { sort, filter } = get();
      return { ...(sort ? { sort: [sort] } : {}), ...(filter ? { filter } : {}) };
    };
    const refused = (error: unknown) => set({ queryError: asCallError('records.page', error) });
    const loader = new PageLoader({
      pageSize,
      maxPages: 50,
      maxInFlight: 2,
      maxPagesPerRequest: 5,
      fetchPage: (offset, limit, from) => {
        const { table, definition, sort } = get();
        if (!table) return Promise.resolve([]);
        // The row the grid jumps from, by the values the order needs: its sort column and key.
        const ordered = [...(sort ? [sort.column] : []), ...(definition?.key ?? [])];
        const after =
          from && definition && ordered.every((c) => from.values[c] !== undefined)
            ? {
                row: from.row,
                values: Object.fromEntries(ordered.map((c) => [c, from.values[c] ?? null])),
              }
            : undefined;
        return api.records.page({ table, ...query(), offset, limit, ...(after ? { after } : {}) });
      },
      onChange: () => set({ rowsVersion: get().rowsVersion + 1, rowsReady: loader.visibleLoaded }),
      onError: refused,
    });

    const countRows = async () => {
      const { table, filter } = get();
      if (!table) return;
      const request = ++countRequest;
      try {
        const count = await api.records.count({ table, ...(filter ? { filter } : {}) });
        if (request !== countRequest) return;
        loader.setRowCount(count);
        set({ count, rowsReady: loader.visibleLoaded });
      } catch (error) {
        if (request === countRequest) refused(error);
      }
    };

    /** A new query: the rows on screen are fetched again, and the count when it can change. */
    const requery = (recount: boolean) => {
      set({ queryError: null, rowsReady: false });
      loader.reset(recount ? null : get().count);
      if (recount) void countRows();
    };

    const describe = async (table: string) => {
      try {
        const definition = await api.records.describe({ table });
        const names = [...new Set(definition.columns.flatMap((c) => c.enumeration ?? []))];
        const read = await Promise.all(names.map((name) => api.enumerations.get({ name })));
        if (get().table !== table) return;
        const enumerations = Object.fromEntries(read.map((e) => [e.name, e.values]));
        set({ definition, enumerations });
      } catch (error) {
        if (get().table === table)
          set({ openError: asCallError('records.describe', error).message });
      }
    };

    return {
      ...initial,

      async open(table) {
        if (get().table === table && get().definition) return;
        set({ ...initial, table });
        // One page and one count right away, beside the definition: the first rows show as
        // soon as the slowest of the three answers.
        loader.clear();
        loader.show(0, 49);
        void countRows();
        await describe(table);
      },

      showRows(first, last) {
        loader.show(first, last);
        const ready = loader.visibleLoaded;
        if (ready !== get().rowsReady) set({ rowsReady: ready });
      },

      rowAt: (index) => loader.row(index),

      sortBy(sort) {
        set({ sort });
        requery(false);
      },

      addCondition: (condition) =>
        set({ draft: { ...get().draft, conditions: [...get().draft.conditions, condition] } }),
      removeCondition: (index) =>
        set({
          draft: {
            ...get().draft,
            conditions: get().draft.conditions.filter((_, i) => i !== index),
          },
        }),
      setCombinator: (combinator) => set({ draft: { ...get().draft, combinator } }),

      applyFilter(extra) {
        if (extra) get().addCondition(extra);
        const { draft } = get();
        set({ filter: draft.conditions.length > 0 ? draft : null });
        requery(true);
      },

      clearFilter() {
        set({ draft: emptyDraft, filter: null });
        requery(true);
      },

      setColumnVisible(name, visible) {
        const { hidden, definition } = get();
        const others = hidden.filter((h) => h !== name);
        if (visible) return set({ hidden: others });
        // At least one column stays: an empty grid could not be brought back from its header.
        const shown = (definition?.columns ?? []).filter((c) => !others.includes(c.name));
        if (shown.length > 1) set({ hidden: [...others, name] });
      },

      refresh: () => requery(true),

      async exportCsv() {
        const { table, definition, hidden } = get();
        if (!table || !definition) return;
        set({ exportError: null, exportJobId: null });
        const columns = definition.columns.map((c) => c.name).filter((c) => !hidden.includes(c));
        try {
          const { jobId } = await api.records.exportCsv({ table, query: { columns, ...query() } });
          set({ exportJobId: jobId });
          jobs
            .getState()
            .track(jobId, consoleI18n.t('records:jobs.export', { table: definition.label }));
        } catch (error) {
          set({ exportError: asCallError('records.exportCsv', error).message });
        }
      },

      dismissExport: () => set({ exportJobId: null, exportError: null }),

      reset() {
        countRequest++;
        loader.clear();
        set({ ...initial });
      },
    };
  });
}

export type RecordsStore = ReturnType<typeof createRecordsStore>;
