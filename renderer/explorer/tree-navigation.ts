/**
 * Keyboard movement in the explorer tree, as a pure function of the tree, the selection and the
 * expanded folders (the WAI-ARIA tree pattern). Rendering stays in `explorer-tree.tsx`.
 */
export interface NavigableNode {
  readonly id: string;
  readonly children?: readonly NavigableNode[];
}

export interface NavigationState {
  selectedId: string;
  expanded: readonly string[];
}

export interface NavigationResult extends NavigationState {
  /** Set when the key asks to open the node (show its view). */
  openId?: string;
}

export const navigationKeys = [
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'Enter',
] as const;
export type NavigationKey = (typeof navigationKeys)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (navigationKeys as readonly string[]).includes(key);
}

export interface VisibleNode {
  node: NavigableNode;
  depth: number;
  parentId: string | null;
}

const hasChildren = (node: NavigableNode): boolean => (node.children?.length ?? 0) > 0;

/** The nodes a reader sees, top to bottom: children of collapsed folders are hidden. */
export function visibleNodes(
  roots: readonly NavigableNode[],
  expanded: readonly string[],
): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (nodes: readonly NavigableNode[], depth: number, parentId: string | null) => {
    for (const node of nodes) {
      out.push({ node, depth, parentId });
      if (node.children && expanded.includes(node.id)) walk(node.children, depth + 1, node.id);
    }
  };
  walk(roots, 0, null);
  return out;
}

/** The ids from a root down to the node, the node included; empty when it is not in the tree. */
export function pathTo(roots: readonly NavigableNode[], id: string): string[] {
  for (const node of roots) {
    if (node.id === id) return [id];
    const below = pathTo(node.children ?? [], id);
    if (below.length > 0) return [node.id, ...below];
  }
  return [];
}

const without = (ids: readonly string[], id: string) => ids.filter((x) => x !== id);
const withId = (ids: readonly string[], id: string) => (ids.includes(id) ? ids : [...ids, id]);

export function navigate(
  roots: readonly NavigableNode[],
  state: NavigationState,
  key: NavigationKey,
): NavigationResult {
  const visible = visibleNodes(roots, state.expanded);
  if (visible.length === 0) return state;
  let index = visible.findIndex((v) => v.node.id === state.selectedId);
  // A selection hidden inside a collapsed folder: start from the top.
  if (index < 0) index = 0;
  const current = visible[index] as VisibleNode;
  const moveTo = (i: number): NavigationResult => ({
    ...state,
    selectedId: (visible[Math.max(0, Math.min(visible.length - 1, i))] as VisibleNode).node.id,
  });
  const isOpen = state.expanded.includes(current.node.id);

  switch (key) {
    case 'ArrowDown':
      return moveTo(index + 1);
    case 'ArrowUp':
      return moveTo(index - 1);
    case 'Home':
      return moveTo(0);
    case 'End':
      return moveTo(visible.length - 1);
    case 'ArrowRight':
      if (!hasChildren(current.node)) return state;
      if (!isOpen) return { ...state, expanded: withId(state.expanded, current.node.id) };
      return { ...state, selectedId: (current.node.children?.[0] as NavigableNode).id };
    case 'ArrowLeft':
      if (hasChildren(current.node) && isOpen)
        return { ...state, expanded: without(state.expanded, current.node.id) };
      return current.parentId ? { ...state, selectedId: current.parentId } : state;
    case 'Enter':
      return {
        selectedId: current.node.id,
        expanded: hasChildren(current.node)
          ? withId(state.expanded, current.node.id)
          : state.expanded,
        openId: current.node.id,
      };
  }
}
