import { createStore } from 'zustand/vanilla';
import { explorerNode, explorerTree, type ExplorerNodeId } from '../explorer/explorer-nodes';
import { navigate, pathTo, type NavigationKey } from '../explorer/tree-navigation';

export interface ExplorerState {
  /** The highlighted node: moves with the arrow keys. */
  selectedId: ExplorerNodeId;
  /** The node whose view is shown on the right: changes on click or Enter. */
  openId: ExplorerNodeId;
  expanded: readonly ExplorerNodeId[];
  /** Selects and shows a node, expanding its ancestors and, for a folder, itself. */
  open(id: ExplorerNodeId): void;
  setExpanded(id: ExplorerNodeId, expanded: boolean): void;
  /** Moves the selection; returns the node the key asks to open (Enter), which the caller routes. */
  pressKey(key: NavigationKey): ExplorerNodeId | null;
  reset(): void;
}

const initial = {
  selectedId: 'administration',
  openId: 'administration',
  expanded: ['administration'],
} satisfies Partial<ExplorerState>;

export const createExplorerStore = () =>
  createStore<ExplorerState>()((set, get) => ({
    ...initial,

    open(id) {
      // The node's ancestors so that it is visible; the node itself, to show what a folder holds.
      const path = pathTo(explorerTree, id) as ExplorerNodeId[];
      const toExpand = explorerNode(id).children ? path : path.slice(0, -1);
      const expanded = [...get().expanded];
      for (const a of toExpand) if (!expanded.includes(a)) expanded.push(a);
      set({ selectedId: id, openId: id, expanded });
    },

    setExpanded(id, isExpanded) {
      const others = get().expanded.filter((x) => x !== id);
      set({ expanded: isExpanded ? [...others, id] : others });
    },

    pressKey(key) {
      const { selectedId, expanded } = get();
      // The navigation works on ids of this very tree, so its answers are ExplorerNodeIds.
      const next = navigate(explorerTree, { selectedId, expanded }, key);
      set({
        selectedId: next.selectedId as ExplorerNodeId,
        expanded: next.expanded as ExplorerNodeId[],
      });
      return (next.openId as ExplorerNodeId | undefined) ?? null;
    },

    reset: () => set(initial),
  }));

export type ExplorerStore = ReturnType<typeof createExplorerStore>;
