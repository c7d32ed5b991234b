import type { AccountInput, ExternalAccountView } from '../../../shared/domain/accounts';
import { consoleI18n } from '../../i18n/console-i18n';
import { createCollectionStore, type CollectionState } from '../collections/collection-store';
import type { StoreDeps } from '../store-deps';

export type AccountsState = CollectionState<ExternalAccountView, ExternalAccountView, AccountInput>;

/**
 * Administration > Platform > External accounts. The detail is read again from the service:
 * the list may be older than a wizard run or an Enable/Disable.
 */
export const createAccountsStore = ({ api, notify }: StoreDeps) =>
  createCollectionStore<ExternalAccountView, ExternalAccountView, AccountInput>(
    {
      words: {
        missing: (name) => consoleI18n.t('accounts:toasts.missing', { name }),
        saved: (name) => consoleI18n.t('accounts:toasts.saved', { name }),
        deleted: (name) => consoleI18n.t('accounts:toasts.deleted', { name }),
      },
      listChannel: 'accounts.list',
      detailChannel: 'accounts.get',
      channels: { create: 'accounts.create', update: 'accounts.update', delete: 'accounts.delete' },
      list: () => api.accounts.list(),
      detail: (name) => api.accounts.get({ name }),
      create: (account) => api.accounts.create(account),
      update: (originalName, account) => api.accounts.update({ originalName, account }),
      remove: (name) => api.accounts.delete({ name }),
    },
    notify,
  );

export type AccountsStore = ReturnType<typeof createAccountsStore>;
