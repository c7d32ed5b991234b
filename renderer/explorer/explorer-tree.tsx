import { Classes, Icon } from '@blueprintjs/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { routePath } from '../navigation/console-routes';
import { useExplorer } from '../stores/stores-context';
import { PendingSchemasMark } from '../views/schemas/pending-schemas-mark';
import { explorerTree, type ExplorerNode, type ExplorerNodeId } from './explorer-nodes';
import { isNavigationKey } from './tree-navigation';
import { useTranslation } from 'react-i18next';

const domId = (id: ExplorerNodeId) => `explorer-node-${id}`;
const rowId = (id: ExplorerNodeId) => `${domId(id)}-row`;

interface TreeMarks {
  selectedId: ExplorerNodeId;
  openId: ExplorerNodeId;
  expanded: readonly ExplorerNodeId[];
  open(id: ExplorerNodeId): void;
  setExpanded(id: ExplorerNodeId, expanded: boolean): void;
}

/**
 * One node: the WAI-ARIA treeitem is the list item, its children a group inside it, so that
 * tree > treeitem > group > treeitem holds (Blueprint's Tree puts its roles on a span inside a
 * plain list, which axe refuses). Blueprint's tree classes keep its look.
 */
function ExplorerTreeItem({
  node,
  level,
  marks,
}: {
  node: ExplorerNode;
  level: number;
  marks: TreeMarks;
}) {
  const children = node.children ?? [];
  const isFolder = children.length > 0;
  const isExpanded = isFolder && marks.expanded.includes(node.id);
  const isSelected = marks.selectedId === node.id;
  const icon = isFolder && node.icon === 'folder-close' && isExpanded ? 'folder-open' : node.icon;
  const classes = [
    Classes.TREE_NODE,
    isSelected ? Classes.TREE_NODE_SELECTED : '',
    isExpanded ? Classes.TREE_NODE_EXPANDED : '',
    marks.openId === node.id ? 'console-tree-node-open' : '',
  ];
  return (
    <li
      id={domId(node.id)}
      className={classes.filter(Boolean).join(' ')}
      role="treeitem"
      aria-level={level}
      aria-selected={isSelected}
      aria-expanded={isFolder ? isExpanded : undefined}
      aria-labelledby={`${domId(node.id)}-label`}
    >
      <div
        id={rowId(node.id)}
        className={`${Classes.TREE_NODE_CONTENT} ${Classes.TREE_NODE_CONTENT}-${level - 1}`}
        onClick={() => marks.open(node.id)}
      >
        {isFolder ? (
          <Icon
            icon="chevron-right"
            className={`${Classes.TREE_NODE_CARET} ${
              isExpanded ? Classes.TREE_NODE_CARET_OPEN : Classes.TREE_NODE_CARET_CLOSED
            }`}
            onClick={(event) => {
              // The caret folds or unfolds without opening the node.
              event.stopPropagation();
              marks.setExpanded(node.id, !isExpanded);
            }}
          />
        ) : (
          <span className={Classes.TREE_NODE_CARET_NONE} />
        )}
        <Icon icon={icon} className={Classes.TREE_NODE_ICON} />
        <span
          id={`${domId(node.id)}-label`}
          className={Classes.TREE_NODE_LABEL}
          data-testid={domId(node.id)}
        >
          {node.label}
        </span>
        {node.id === 'data-schemas' && (
          <span className={Classes.TREE_NODE_SECONDARY_LABEL}>
            <PendingSchemasMark />
          </span>
        )}
      </div>
      {isExpanded && (
        <ul className={Classes.TREE_NODE_LIST} role="group">
          {children.map((child) => (
            <ExplorerTreeItem key={child.id} node={child} level={level + 1} marks={marks} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The explorer: one focusable tree (the WAI-ARIA pattern with aria-activedescendant). The arrow
 * keys move the selection (see tree-navigation.ts); Enter or a click opens the node's view by
 * going to its address, so that Back returns and unsaved work can ask first.
 */
export function ExplorerTree() {
  const selectedId = useExplorer((s) => s.selectedId);
  const openId = useExplorer((s) => s.openId);
  const expanded = useExplorer((s) => s.expanded);
  const setExpanded = useExplorer((s) => s.setExpanded);
  const pressKey = useExplorer((s) => s.pressKey);
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const treeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.getElementById(rowId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const open = (id: ExplorerNodeId) => {
    void navigate(routePath({ node: id, item: null, wizard: null }));
    treeRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isNavigationKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const opened = pressKey(event.key);
    if (opened) open(opened);
  };

  return (
    <div
      ref={treeRef}
      className={`console-tree ${Classes.TREE}`}
      role="tree"
      aria-label={t('explorer')}
      tabIndex={0}
      aria-activedescendant={domId(selectedId)}
      onKeyDown={onKeyDown}
      data-testid="explorer-tree"
    >
      <ul className={`${Classes.TREE_NODE_LIST} ${Classes.TREE_ROOT}`} role="none">
        {explorerTree.map((node) => (
          <ExplorerTreeItem
            key={node.id}
            node={node}
            level={1}
            marks={{ selectedId, openId, expanded, open, setExpanded }}
          />
        ))}
      </ul>
    </div>
  );
}
