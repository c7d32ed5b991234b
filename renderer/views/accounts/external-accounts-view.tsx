import { Classes, Switch } from '@blueprintjs/core';
import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { accountTypeLabels, type ExternalAccountView } from '../../../shared/domain/accounts';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useAccountActions, useConsoleStores, useSourceSchemas } from '../../stores/stores-context';
import { EnumerationSyncDialog } from '../enumeration-sync/enumeration-sync-dialog';
import { ConfigurationWizard } from '../wizard/configuration-wizard';
import { ConfiguredText } from './account-configuration';
import { draftFromAccount, emptyAccountDraft } from './account-draft';
import { AccountForm } from './account-form';
import { PendingSchemaTag } from './pending-schema-tag';

/** The Enabled column: a switch that enables or disables the account at once. */
function EnabledSwitch({ account }: { account: ExternalAccountView }) {
  const toggling = useAccountActions((s) => s.toggling === account.name);
  const setEnabled = useAccountActions((s) => s.setEnabled);
  const { t } = useTranslation('accounts');
  return (
    <span onClick={(event) => event.stopPropagation()}>
      <Switch
        className="console-inline-checkbox"
        checked={account.enabled}
        disabled={toggling}
        aria-label={
          account.enabled
            ? t('list.disable', { label: account.label })
            : t('list.enable', { label: account.label })
        }
        onChange={(e) => void setEnabled(account.name, e.currentTarget.checked)}
        data-testid="account-row-enabled"
      />
    </span>
  );
}

function AccountStatus({ account }: { account: ExternalAccountView }) {
  const schema = useSourceSchemas((s) => s.items.find((x) => x.account === account.name));
  return (
    <>
      <span className={account.configured ? undefined : Classes.TEXT_MUTED}>
        <ConfiguredText configured={account.configured} />
      </span>{' '}
      {schema && <PendingSchemaTag schema={schema} />}
    </>
  );
}

const columns = (t: TFunction<'accounts'>): CollectionColumn<ExternalAccountView>[] => [
  { header: t('form.label'), headerClassName: 'console-col-name', render: (a) => a.label },
  {
    header: t('form.name'),
    headerClassName: 'console-col-type',
    cellClassName: 'console-mono',
    render: (a) => a.name,
  },
  {
    header: t('form.type'),
    headerClassName: 'console-col-type',
    render: (a) => accountTypeLabels[a.type],
  },
  {
    header: t('form.enabled'),
    headerClassName: 'console-col-enabled',
    cellClassName: 'console-col-enabled',
    render: (a) => <EnabledSwitch account={a} />,
  },
  {
    header: t('form.status'),
    cellTestId: 'account-row-status',
    render: (a) => <AccountStatus account={a} />,
  },
];

/** Administration > Platform > External accounts: the list, the form, the wizard and the sync. */
export function ExternalAccountsView() {
  const stores = useConsoleStores();
  const store = stores.accounts;
  const loadSchemas = stores.sourceSchemas.getState().load;
  // Store actions never change: read once, no subscription needed.
  const { openNew, remove } = store.getState();
  const { t } = useTranslation('accounts');
  // The status column marks accounts whose schema waits for approval.
  useEffect(() => {
    void loadSchemas();
  }, [loadSchemas]);
  return (
    <>
      <CollectionView
        nodeId="external-accounts"
        store={store}
        unreadable={{ list: t('list.unreadable'), record: t('list.unreadableRecord') }}
        list={{
          columns: columns(t),
          emptyText: t('list.empty'),
          testIds: {
            table: 'accounts-table',
            empty: 'accounts-empty',
            row: 'account-row',
            rowDelete: 'account-row-delete',
          },
        }}
        detail={({ target, current, revision, onDelete }) => (
          <AccountForm
            target={target}
            revision={revision}
            initial={current ? draftFromAccount(current) : emptyAccountDraft()}
            saved={current}
            onDelete={onDelete}
          />
        )}
        editing={{
          newTestId: 'accounts-new',
          openNew,
          remove,
          deleteMessage: (name) => (
            <Trans
              t={t}
              i18nKey="list.deleteMessage"
              values={{ name }}
              components={{ strong: <strong /> }}
            />
          ),
        }}
      />
      <ConfigurationWizard />
      <EnumerationSyncDialog />
    </>
  );
}
