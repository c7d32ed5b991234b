import { Tree, type TreeNodeInfo } from '@blueprintjs/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { routePath } from '../navigation/console-routes';
import { useExplorer } from '../stores/stores-context';
import { PendingSchemasMark } from '../views/schemas/pending-schemas-mark';
import {
  explorerTree,
  isExplorerNodeId,
  type ExplorerNode,
  type ExplorerNodeId,
} from './explorer-nodes';
import { isNavigationKey } from './tree-navigation';

const domId = (id: ExplorerNodeId) => `explorer-node-${id}`;

interface Marks {
  selectedId: ExplorerNodeId;
  openId: ExplorerNodeId;
  expanded: readonly ExplorerNodeId[];
}

function toTreeNodes(nodes: readonly ExplorerNode[], marks: Marks, level: number): TreeNodeInfo[] {
  return nodes.map((node) => {
    const isFolder = (node.children?.length ?? 0) > 0;
    const isExpanded = marks.expanded.includes(node.id);
    const isSelected = marks.selectedId === node.id;
    const folderIcon = isExpanded ? 'folder-open' : 'folder-close';
    return {
      id: node.id,
      icon: isFolder && node.icon === 'folder-close' ? folderIcon : node.icon,
      isExpanded,
      isSelected,
      className: marks.openId === node.id ? 'console-tree-node-open' : undefined,
      secondaryLabel: node.id === 'data-schemas' ? <PendingSchemasMark /> : undefined,
      label: (
        <span
          id={domId(node.id)}
          role="treeitem"
          aria-level={level}
          aria-selected={isSelected}
          aria-expanded={isFolder ? isExpanded : undefined}
          data-testid={domId(node.id)}
        >
          {node.label}
        </span>
      ),
      childNodes: isFolder ? toTreeNodes(node.children ?? [], marks, level + 1) : undefined,
    };
  });
}

/**
 * The explorer: a Blueprint Tree in one focusable element. The arrow keys move the selection
 * (see tree-navigation.ts), Enter or a click opens the node's view.
 */
export function ExplorerTree() {
  const selectedId = useExplorer((s) => s.selectedId);
  const openId = useExplorer((s) => s.openId);
  const expanded = useExplorer((s) => s.expanded);
  const navigate = useNavigate();
  // Opening a node is going to its address: Back returns, and a wizard or changes can hold it.
  const open = (id: ExplorerNodeId) =>
    void navigate(routePath({ node: id, item: null, wizard: null }));
  const setExpanded = useExplorer((s) => s.setExpanded);
  const pressKey = useExplorer((s) => s.pressKey);
  const treeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.getElementById(domId(selectedId))?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isNavigationKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const opened = pressKey(event.key);
    if (opened) open(opened);
  };
  const nodeId = (node: TreeNodeInfo): ExplorerNodeId | null =>
    typeof node.id === 'string' && isExplorerNodeId(node.id) ? node.id : null;

  return (
    <div
      ref={treeRef}
      className="console-tree"
      role="tree"
      aria-label="Explorer"
      tabIndex={0}
      aria-activedescendant={domId(selectedId)}
      onKeyDown={onKeyDown}
      data-testid="explorer-tree"
    >
      <Tree
        contents={toTreeNodes(explorerTree, { selectedId, openId, expanded }, 1)}
        onNodeClick={(node) => {
          const id = nodeId(node);
          if (id) open(id);
          treeRef.current?.focus();
        }}
        onNodeExpand={(node) => {
          const id = nodeId(node);
          if (id) setExpanded(id, true);
        }}
        onNodeCollapse={(node) => {
          const id = nodeId(node);
          if (id) setExpanded(id, false);
        }}
      />
    </div>
  );
}
