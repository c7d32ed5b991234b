import { createStore } from 'zustand/vanilla';
import type { RecordRow } from '../../../shared/domain/records';
import {
  changedValues,
  fieldValue,
  initialDraft,
  type FieldText,
  type FormDraft,
} from './record-form-values';
import { messagesByPath } from '../../components/field-issues';
import { consoleI18n } from '../../i18n/console-i18n';
import { asCallError, type StoreDeps } from '../store-deps';
import type { RecordsStore } from './records-store';

export interface RecordForm {
  /** The record as it was read; null for a new one. */
  original: RecordRow | null;
  draft: FormDraft;
  /** The record store's verdict per field, by column name. */
  issues: Record<string, string>;
  /** A refusal about the whole record (a conflict, a key that exists). */
  error: string | null;
  saving: boolean;
}

export interface RecordEditorState {
  /** Indexes of the grid's selected rows. */
  selected: number[];
  form: RecordForm | null;
  deleting: boolean;
  select(rows: number[]): void;
  openNew(): void;
  openEdit(): void;
  setField(column: string, text: FieldText): void;
  /** The record store's check of one field, as soon as it is left. */
  checkField(column: string): Promise<void>;
  save(): Promise<boolean>;
  close(): void;
  deleteSelected(): Promise<void>;
  reset(): void;
}

const initial = { selected: [], form: null, deleting: false } satisfies Partial<RecordEditorState>;

/** New, Edit and Delete of the data explorer's open table, through the records channels. */
export function createRecordEditorStore({ api, notify }: StoreDeps, records: RecordsStore) {
  return createStore<RecordEditorState>()((set, get) => {
    // Row indexes mean other rows once the table, its filter, sort or count change.
    records.subscribe((state, previous) => {
      if (
        state.table !== previous.table ||
        state.filter !== previous.filter ||
        state.sort !== previous.sort ||
        state.count !== previous.count
      )
        set({ selected: [] });
    });
    const table = () => {
      const { table: name, definition } = records.getState();
      return name && definition ? { name, definition } : null;
    };
    const patchForm = (patch: Partial<RecordForm>) => {
      const { form } = get();
      if (form) set({ form: { ...form, ...patch } });
    };
    const open = (original: RecordRow | null) => {
      const t = table();
      if (!t) return;
      set({
        form: {
          original,
          draft: initialDraft(t.definition, original),
          issues: {},
          error: null,
          saving: false,
        },
      });
    };

    return {
      ...initial,

      select: (rows) => set({ selected: rows }),

      openNew: () => open(null),

      openEdit() {
        const [index] = get().selected;
        const row = index === undefined ? undefined : records.getState().rowAt(index);
        if (row) open(row);
      },

      setField(column, text) {
        const { form } = get();
        if (!form) return;
        const issues = Object.fromEntries(
          Object.entries(form.issues).filter(([name]) => name !== column),
        );
        patchForm({ draft: { ...form.draft, [column]: text }, issues });
      },

      async checkField(column) {
        const t = table();
        const { form } = get();
        const definition = t?.definition.columns.find((c) => c.name === column);
        if (!t || !form || !definition) return;
        const value = fieldValue(definition, form.draft[column] ?? '');
        try {
          const issues = await api.records.check({ table: t.name, values: { [column]: value } });
          const message = issues[0]?.message;
          const current = get().form;
          if (message && current && current.draft[column] === form.draft[column])
            patchForm({ issues: { ...current.issues, [column]: message } });
        } catch {
          // The check is a help while typing; Save reports what is wrong.
        }
      },

      async save() {
        const t = table();
        const { form } = get();
        if (!t || !form) return false;
        patchForm({ saving: true, error: null });
        const values = changedValues(t.definition, form.draft, form.original);
        try {
          if (form.original)
            await api.records.update({ table: t.name, original: form.original, values });
          else await api.records.create({ table: t.name, values });
        } catch (error) {
          const refusal = asCallError(form.original ? 'records.update' : 'records.create', error);
          const issues = Object.fromEntries(messagesByPath(refusal.issues));
          patchForm({
            saving: false,
            issues,
            error: Object.keys(issues).length > 0 ? null : refusal.message,
          });
          return false;
        }
        set({ form: null, selected: [] });
        notify.success(
          form.original
            ? consoleI18n.t('records:toasts.saved')
            : consoleI18n.t('records:toasts.created'),
        );
        records.getState().refresh();
        return true;
      },

      close: () => set({ form: null }),

      async deleteSelected() {
        const t = table();
        if (!t) return;
        const rows = get()
          .selected.map((i) => records.getState().rowAt(i))
          .filter((r): r is RecordRow => r !== undefined);
        if (rows.length === 0) return;
        const keys = rows.map((r) =>
          Object.fromEntries(t.definition.key.map((k) => [k, r[k] ?? null])),
        );
        set({ deleting: true });
        try {
          const deleted = await api.records.delete({ table: t.name, keys });
          notify.success(consoleI18n.t('records:toasts.deleted', { count: deleted }));
          set({ selected: [] });
          records.getState().refresh();
        } catch (error) {
          notify.failure(asCallError('records.delete', error).message);
        } finally {
          set({ deleting: false });
        }
      },

      reset: () => set({ ...initial }),
    };
  });
}

export type RecordEditorStore = ReturnType<typeof createRecordEditorStore>;
