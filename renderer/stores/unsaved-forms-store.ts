import { createStore } from 'zustand/vanilla';

/** Which open forms hold changes not saved yet: leaving their view asks first. */
export interface UnsavedFormsState {
  /** The ids of the forms with unsaved changes. */
  forms: readonly string[];
  mark(form: string, unsaved: boolean): void;
  reset(): void;
}

export const createUnsavedFormsStore = () =>
  createStore<UnsavedFormsState>()((set, get) => ({
    forms: [],
    mark(form, unsaved) {
      const others = get().forms.filter((f) => f !== form);
      set({ forms: unsaved ? [...others, form] : others });
    },
    reset: () => set({ forms: [] }),
  }));

export type UnsavedFormsStore = ReturnType<typeof createUnsavedFormsStore>;
