import { NonIdealState } from '@blueprintjs/core';
import type { IconName } from '@blueprintjs/icons';
import { ViewFrame } from '../../components/view-frame';
import type { ExplorerNodeId } from '../../explorer/explorer-nodes';

interface EmptyText {
  icon: IconName;
  title: string;
  description: string;
}

const emptyTexts = {
  workflows: {
    icon: 'flow-branch',
    title: 'No workflows yet',
    description:
      'Workflows chain activities — queries, CRM connector imports and exports, updates of data — and run them on a schedule, with a history of each run.',
  },
} satisfies Partial<Record<ExplorerNodeId, EmptyText>>;

export type EmptyNodeId = keyof typeof emptyTexts;

export function EmptyNodeView({ nodeId }: { nodeId: EmptyNodeId }) {
  const text = emptyTexts[nodeId];
  return (
    <ViewFrame nodeId={nodeId}>
      <div className="console-empty" data-testid="empty-state">
        <NonIdealState icon={text.icon} title={text.title} description={text.description} />
      </div>
    </ViewFrame>
  );
}
