import { createStore } from 'zustand/vanilla';
import type { ConnectionCheck } from '../../../shared/domain/crm';
import { consoleI18n } from '../../i18n/console-i18n';
import { asCallError, type StoreDeps } from '../store-deps';
import type { AccountsStore } from './accounts-store';
import { failed, loading, ready, type Loadable } from './loadable';

export interface AccountActionsState {
  /** The last "Test connection" of each account, by internal name. */
  tests: Record<string, Loadable<ConnectionCheck>>;
  /** The account whose Enabled switch is being changed. */
  toggling: string | null;
  testConnection(name: string): Promise<void>;
  setEnabled(name: string, enabled: boolean): Promise<void>;
  reset(): void;
}

/** What an external account does besides being edited: connection test, Enable/Disable. */
export const createAccountActionsStore = ({ api, notify }: StoreDeps, accounts: AccountsStore) =>
  createStore<AccountActionsState>()((set, get) => {
    const setTest = (name: string, test: Loadable<ConnectionCheck>) =>
      set({ tests: { ...get().tests, [name]: test } });

    return {
      tests: {},
      toggling: null,

      async testConnection(name) {
        setTest(name, loading);
        try {
          setTest(name, ready(await api.accounts.testConnection({ name })));
        } catch (error) {
          // The CRM's own words ("Salesforce refused the login: …") come through as the message.
          setTest(name, failed(asCallError('accounts.testConnection', error).message));
        }
      },

      async setEnabled(name, enabled) {
        set({ toggling: name });
        try {
          const saved = await api.accounts.setEnabled({ name, enabled });
          notify.success(
            enabled
              ? consoleI18n.t('accounts:toasts.enabled', { label: saved.label })
              : consoleI18n.t('accounts:toasts.disabled', { label: saved.label }),
          );
          await accounts.getState().load();
          const { editor, revision } = accounts.getState();
          // The open form shows the switch too: start it again from what the service kept.
          if (editor?.kind === 'edit' && editor.name === name)
            accounts.setState({ current: saved, revision: revision + 1 });
        } catch (error) {
          notify.failure(asCallError('accounts.setEnabled', error).message);
        } finally {
          set({ toggling: null });
        }
      },

      reset: () => set({ tests: {}, toggling: null }),
    };
  });

export type AccountActionsStore = ReturnType<typeof createAccountActionsStore>;
