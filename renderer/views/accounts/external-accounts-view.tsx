import { Classes, Switch } from '@blueprintjs/core';
import { useEffect } from 'react';
import { accountTypeLabels, type ExternalAccountView } from '../../../shared/domain/accounts';
import type { CollectionColumn } from '../../components/collections/collection-table';
import { CollectionView } from '../../components/collections/collection-view';
import { useAccountActions, useConsoleStores, useSourceSchemas } from '../../stores/stores-context';
import { EnumerationSyncDialog } from '../enumeration-sync/enumeration-sync-dialog';
import { ConfigurationWizard } from '../wizard/configuration-wizard';
import { configuredText } from './account-configuration';
import { draftFromAccount, emptyAccountDraft } from './account-draft';
import { AccountForm } from './account-form';
import { PendingSchemaTag } from './pending-schema-tag';

/** The Enabled column: a switch that enables or disables the account at once. */
function EnabledSwitch({ account }: { account: ExternalAccountView }) {
  const toggling = useAccountActions((s) => s.toggling === account.name);
  const setEnabled = useAccountActions((s) => s.setEnabled);
  return (
    <span onClick={(event) => event.stopPropagation()}>
      <Switch
        className="console-inline-checkbox"
        checked={account.enabled}
        disabled={toggling}
        aria-label={`${account.enabled ? 'Disable' : 'Enable'} ${account.label}`}
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
        {configuredText(account.configured)}
      </span>{' '}
      {schema && <PendingSchemaTag schema={schema} />}
    </>
  );
}

const columns: CollectionColumn<ExternalAccountView>[] = [
  { header: 'Label', headerClassName: 'console-col-name', render: (a) => a.label },
  {
    header: 'Internal name',
    headerClassName: 'console-col-type',
    cellClassName: 'console-mono',
    render: (a) => a.name,
  },
  { header: 'Type', headerClassName: 'console-col-type', render: (a) => accountTypeLabels[a.type] },
  {
    header: 'Enabled',
    headerClassName: 'console-col-enabled',
    cellClassName: 'console-col-enabled',
    render: (a) => <EnabledSwitch account={a} />,
  },
  {
    header: 'Status',
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
  // The status column marks accounts whose schema waits for approval.
  useEffect(() => {
    void loadSchemas();
  }, [loadSchemas]);
  return (
    <>
      <CollectionView
        nodeId="external-accounts"
        store={store}
        plural="external accounts"
        singular="external account"
        list={{
          columns,
          emptyText: 'No external accounts yet. Click New to create one.',
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
            <>
              Delete the external account <strong>{name}</strong>? Its stored credentials are
              deleted with it; workflows that use it will stop working.
            </>
          ),
        }}
      />
      <ConfigurationWizard />
      <EnumerationSyncDialog />
    </>
  );
}
