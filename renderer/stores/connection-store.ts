import { createStore } from 'zustand/vanilla';

export interface ConnectionState {
  /** The browser host refused this page's token: it was started again, or the address is old. */
  expired: boolean;
  markExpired(): void;
}

export const createConnectionStore = () =>
  createStore<ConnectionState>()((set) => ({
    expired: false,
    markExpired: () => set({ expired: true }),
  }));

export type ConnectionStore = ReturnType<typeof createConnectionStore>;
