import { Classes, H4, Icon } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { explorerNode, explorerPath, type ExplorerNodeId } from '../explorer/explorer-nodes';

/** The header every view shares: the node's path in the explorer, its name and its toolbar. */
export function ViewFrame({
  nodeId,
  title,
  toolbar,
  fill,
  children,
}: {
  nodeId: ExplorerNodeId;
  /** What the view shows when it is one item of the node (a workflow): the node joins the path. */
  title?: string;
  toolbar?: ReactNode;
  /** The body takes the window's height and does not scroll (a grid scrolls inside it). */
  fill?: boolean;
  children: ReactNode;
}) {
  // The node's names are read in the window's language: a language switch redraws them.
  useTranslation();
  const node = explorerNode(nodeId);
  const path = title === undefined ? explorerPath(nodeId).slice(0, -1) : explorerPath(nodeId);
  return (
    <section
      className={`console-view-frame${fill ? ' console-view-frame-fill' : ''}`}
      data-testid={`view-${nodeId}`}
    >
      <header className="console-view-header">
        <div className="console-view-heading">
          <Icon icon={node.icon} size={20} className="console-view-icon" />
          <div>
            <div className={`${Classes.TEXT_MUTED} ${Classes.TEXT_SMALL}`}>
              {path.map((p) => p.label).join(' › ')}
            </div>
            <H4 className="console-view-title" data-testid="view-title">
              {title ?? node.label}
            </H4>
          </div>
        </div>
        {toolbar && <div className="console-view-toolbar">{toolbar}</div>}
      </header>
      <div className="console-view-body">{children}</div>
    </section>
  );
}
