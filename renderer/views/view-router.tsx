import { useExplorer } from '../stores/stores-context';
import { EnumerationsView } from './enumerations/enumerations-view';
import { EmptyNodeView } from './folders/empty-node-view';
import { FolderView } from './folders/folder-view';
import { OptionsView } from './options/options-view';

/** The right-hand pane: the view of the node opened in the explorer. */
export function ViewRouter() {
  const openId = useExplorer((s) => s.openId);
  switch (openId) {
    case 'administration':
    case 'platform':
    case 'configuration':
    case 'production':
      return <FolderView key={openId} nodeId={openId} />;
    case 'options':
      return <OptionsView />;
    case 'enumerations':
      return <EnumerationsView />;
    case 'external-accounts':
    case 'data-schemas':
    case 'workflows':
      return <EmptyNodeView key={openId} nodeId={openId} />;
  }
}
