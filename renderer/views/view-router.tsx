import { useExplorer } from '../stores/stores-context';
import { ExternalAccountsView } from './accounts/external-accounts-view';
import { EnumerationsView } from './enumerations/enumerations-view';
import { FolderView } from './folders/folder-view';
import { OptionsView } from './options/options-view';
import { RecipientsView } from './records/recipients-view';
import { DataSchemasView } from './schemas/data-schemas-view';
import { WorkflowsView } from './workflows/workflows-view';

/** The right-hand pane: the view of the node opened in the explorer. */
export function ViewRouter() {
  const openId = useExplorer((s) => s.openId);
  switch (openId) {
    case 'profiles-and-targets':
    case 'administration':
    case 'platform':
    case 'configuration':
    case 'production':
      return <FolderView key={openId} nodeId={openId} />;
    case 'recipients':
      return <RecipientsView />;
    case 'options':
      return <OptionsView />;
    case 'enumerations':
      return <EnumerationsView />;
    case 'data-schemas':
      return <DataSchemasView />;
    case 'external-accounts':
      return <ExternalAccountsView />;
    case 'workflows':
      return <WorkflowsView />;
  }
}
