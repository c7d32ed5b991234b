import { wordedText } from '../i18n/message-text';
import { createStore } from 'zustand/vanilla';
import type { ArgOf } from '../../shared/contract';
import type { SessionStatus } from '../../shared/domain/session';
import type { ConsoleCallError, ShownError } from '../api/console-call-error';
import { asCallError, type StoreDeps } from './store-deps';

export interface SessionState {
  /** Null until the first `session.status` answer. */
  status: SessionStatus | null;
  /** Why the first status could not be read (the host is unreachable). */
  loadError: ShownError | null;
  busy: boolean;
  /** The last refusal of set-up, logon or log off, for the form's callout. */
  error: ConsoleCallError | null;
  /** Set right after the first start, so the logon form can say the instance was created. */
  justSetUp: boolean;
  /** When a locked logon may be tried again (epoch ms), from LOGON_LOCKED's retryAfterMs. */
  lockedUntil: number | null;
  load(): Promise<void>;
  setUp(arg: ArgOf<'session.setUp'>): Promise<void>;
  logOn(arg: ArgOf<'session.logOn'>): Promise<void>;
  logOff(): Promise<void>;
  /** Keeps the operator's language with their account; a refusal is told, the language kept. */
  setLanguage(arg: ArgOf<'session.setLanguage'>): Promise<void>;
  /** From `session.changed` events (the app menu's Log off, another window). */
  applyStatus(status: SessionStatus): void;
  clearError(): void;
}

export const createSessionStore = ({ api, notify }: StoreDeps) =>
  createStore<SessionState>()((set) => ({
    status: null,
    loadError: null,
    busy: false,
    error: null,
    justSetUp: false,
    lockedUntil: null,

    async load() {
      set({ loadError: null });
      try {
        set({ status: await api.session.status() });
      } catch (error) {
        set({ loadError: asCallError('session.status', error) });
      }
    },

    async setUp(arg) {
      set({ busy: true, error: null });
      try {
        set({ status: await api.session.setUp(arg), justSetUp: true });
      } catch (error) {
        set({ error: asCallError('session.setUp', error) });
      } finally {
        set({ busy: false });
      }
    },

    async logOn(arg) {
      set({ busy: true, error: null, lockedUntil: null });
      try {
        const status = await api.session.logOn(arg);
        set({ status, justSetUp: false });
        // DESIGN step 4: this log-on approved (or failed to approve) the pending schemas.
        for (const approval of status.approvals ?? [])
          (approval.ok ? notify.success : notify.failure)(
            wordedText({ ...approval, text: approval.message }),
          );
      } catch (error) {
        const refusal = asCallError('session.logOn', error);
        const wait = refusal.code === 'LOGON_LOCKED' ? refusal.retryAfterMs : undefined;
        set({ error: refusal, lockedUntil: wait === undefined ? null : Date.now() + wait });
      } finally {
        set({ busy: false });
      }
    },

    async logOff() {
      set({ busy: true, error: null });
      try {
        set({ status: await api.session.logOff() });
      } catch (error) {
        set({ error: asCallError('session.logOff', error) });
      } finally {
        set({ busy: false });
      }
    },

    async setLanguage(arg) {
      try {
        set({ status: await api.session.setLanguage(arg) });
      } catch (error) {
        notify.failure(asCallError('session.setLanguage', error).message);
      }
    },

    applyStatus: (status) => set({ status }),
    clearError: () => set({ error: null, lockedUntil: null }),
  }));

export type SessionStore = ReturnType<typeof createSessionStore>;
