import { HTMLTable, Icon } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { ViewFrame } from '../../components/view-frame';
import { explorerNode, type ExplorerNodeId } from '../../explorer/explorer-nodes';
import { useNavigate } from 'react-router';
import { routePath } from '../../navigation/console-routes';

/** A folder's view lists what it holds; a click opens the child, as in the explorer. */
export function FolderView({ nodeId }: { nodeId: ExplorerNodeId }) {
  const navigate = useNavigate();
  const { t } = useTranslation('folders');
  const open = (id: ExplorerNodeId) =>
    void navigate(routePath({ node: id, item: null, wizard: null }));
  const children = explorerNode(nodeId).children ?? [];
  return (
    <ViewFrame nodeId={nodeId}>
      <HTMLTable interactive striped className="console-table" data-testid="folder-list">
        <thead>
          <tr>
            <th className="console-col-name">{t('list.name')}</th>
            <th>{t('list.description')}</th>
          </tr>
        </thead>
        <tbody>
          {children.map((child) => (
            <tr
              key={child.id}
              onClick={() => open(child.id)}
              data-testid={`folder-item-${child.id}`}
            >
              <td>
                <Icon icon={child.icon} className="console-cell-icon" />
                {child.label}
              </td>
              <td>{child.description}</td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
    </ViewFrame>
  );
}
