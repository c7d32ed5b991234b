import { useState } from 'react';
import { usePanelRef, type PanelSize } from 'react-resizable-panels';

/**
 * A panel that folds away and comes back at its last size, with a button for it: what a mouse
 * does by dragging its separator to the edge, the keyboard does with the button.
 */
export function useCollapsiblePanel() {
  const panelRef = usePanelRef();
  const [collapsed, setCollapsed] = useState(false);
  return {
    panelRef,
    collapsed,
    onResize: (size: PanelSize) => setCollapsed(size.inPixels === 0),
    toggle() {
      const panel = panelRef.current;
      if (!panel) return;
      if (panel.isCollapsed()) panel.expand();
      else panel.collapse();
    },
  };
}
