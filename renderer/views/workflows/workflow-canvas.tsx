import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  activityTypes,
  type ActivityOutput,
  type ActivityType,
} from '../../../shared/domain/workflows/activity-catalogue';
import { useWorkflowEditor, useWorkflowRun } from '../../stores/stores-context';
import { selectedRun } from '../../stores/workflows/workflow-run-store';
import { ActivityNodeView } from './activity-node';
import { toEdges, toNodes, type ActivityNode } from './diagram-model';
import { paletteMime } from './activity-palette';
import { showNodeMenu } from './node-menu';

const nodeTypes = { activity: ActivityNodeView };
type Size = { width: number; height: number };
/** About a node's size on the diagram, to tell whether a new one is on screen. */
const usualNodeSize: Size = { width: 160, height: 70 };

const isActivityType = (t: string): t is ActivityType =>
  (activityTypes as readonly string[]).includes(t);
const isOutput = (h: string | null | undefined): h is ActivityOutput =>
  h === 'ok' || h === 'reject' || h === 'error';

/**
 * The diagram. The store holds the workflow; the nodes and edges are drawn from it, with the
 * sizes the library measured kept here (they are the library's, not the workflow's).
 */
/** The whole workflow in view, never enlarged past full size, with a margin around it. */
// A narrow diagram (1024 pixels wide, both panels open) zooms out far enough to show it all.
const fitOptions = { maxZoom: 1, minZoom: 0.1, padding: 0.15 };

export function WorkflowCanvas() {
  const { t, i18n } = useTranslation('workflows');
  // The nodes' and edges' accessible names and counts are worded in the window's language.
  const language = i18n.language;
  const draft = useWorkflowEditor((s) => s.draft);
  const selection = useWorkflowEditor((s) => s.selection);
  const move = useWorkflowEditor((s) => s.move);
  const select = useWorkflowEditor((s) => s.select);
  const remove = useWorkflowEditor((s) => s.remove);
  const connect = useWorkflowEditor((s) => s.connect);
  const add = useWorkflowEditor((s) => s.add);
  const run = useWorkflowRun(selectedRun);
  const openResult = useWorkflowRun((s) => s.openResult);
  const { screenToFlowPosition, flowToScreenPosition, fitView } = useReactFlow();
  const [sizes, setSizes] = useState<Record<string, Size>>({});
  const container = useRef<HTMLDivElement>(null);

  // An activity added from the palette goes after the others, often past the visible part of
  // a small diagram: the view then takes the whole workflow in, so that the new one shows.
  const activities = draft?.activities;
  const count = useRef(activities?.length ?? 0);
  useEffect(() => {
    const grew = (activities?.length ?? 0) > count.current;
    count.current = activities?.length ?? 0;
    const added = activities?.at(-1);
    const box = container.current?.getBoundingClientRect();
    if (!grew || !added || !box) return;
    const topLeft = flowToScreenPosition(added.position);
    const bottomRight = flowToScreenPosition({
      x: added.position.x + usualNodeSize.width,
      y: added.position.y + usualNodeSize.height,
    });
    const inView =
      topLeft.x >= box.left &&
      topLeft.y >= box.top &&
      bottomRight.x <= box.right &&
      bottomRight.y <= box.bottom;
    // On the next frame, once the new node is measured, so that the bounds include it.
    if (!inView) requestAnimationFrame(() => void fitView(fitOptions));
  }, [activities, flowToScreenPosition, fitView]);

  const nodes = useMemo<ActivityNode[]>(
    () =>
      draft
        ? toNodes(draft, run, selection).map((n) =>
            sizes[n.id] ? { ...n, measured: sizes[n.id] } : n,
          )
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reworded on a language switch
    [draft, run, selection, sizes, language],
  );
  const edges = useMemo(
    () => (draft ? toEdges(draft, run, selection) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reworded on a language switch
    [draft, run, selection, language],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<ActivityNode>[]) => {
      const measured: Record<string, Size> = {};
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions)
          measured[change.id] = change.dimensions;
        else if (change.type === 'position' && change.position) move(change.id, change.position);
        else if (change.type === 'select' && change.selected)
          select({ kind: 'activity', id: change.id });
      }
      if (Object.keys(measured).length > 0) setSizes((s) => ({ ...s, ...measured }));
    },
    [move, select],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      for (const change of changes)
        if (change.type === 'select' && change.selected)
          select({ kind: 'transition', id: change.id });
    },
    [select],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (isOutput(c.sourceHandle)) connect(c.source, c.sourceHandle, c.target);
    },
    [connect],
  );
  const onDrop = (event: DragEvent) => {
    const type = event.dataTransfer.getData(paletteMime);
    if (!isActivityType(type)) return;
    event.preventDefault();
    add(type, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };
  const onNodeContextMenu: NodeMouseHandler<ActivityNode> = (event, node) => {
    event.preventDefault();
    select({ kind: 'activity', id: node.id });
    showNodeMenu(event, node.data, openResult);
  };

  return (
    <div
      ref={container}
      className="workflow-canvas"
      data-testid="workflow-canvas"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(paletteMime)) e.preventDefault();
      }}
      onDrop={onDrop}
    >
      <ReactFlow<ActivityNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onDelete={({ nodes: n, edges: e }) =>
          remove(
            n.map((x) => x.id),
            e.map((x) => x.id),
          )
        }
        onPaneClick={() => select(null)}
        onNodeContextMenu={onNodeContextMenu}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        fitView
        fitViewOptions={fitOptions}
        minZoom={0.1}
        aria-label={t('canvas.label')}
      >
        <Background gap={20} />
        <Controls showInteractive={false} fitViewOptions={fitOptions} />
      </ReactFlow>
    </div>
  );
}
