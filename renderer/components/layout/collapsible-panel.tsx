import type { ReactNode } from 'react';
import { Panel } from 'react-resizable-panels';
import type { useCollapsiblePanel } from './use-collapsible-panel';

/**
 * A side panel that folds to nothing and keeps its width in pixels when the window is resized.
 * Its region is hidden while folded, so the keyboard and screen readers skip it.
 */
export function CollapsiblePanel({
  id,
  state,
  defaultSize,
  minSize,
  maxSize,
  region,
  children,
}: {
  id: string;
  state: ReturnType<typeof useCollapsiblePanel>;
  defaultSize: number;
  minSize: number;
  maxSize?: string;
  /** The landmark inside: `aside` or `section`, its id (for `aria-controls`), class and name. */
  region: { as: 'aside' | 'section'; id: string; className: string; label: string };
  children: ReactNode;
}) {
  const Region = region.as;
  return (
    <Panel
      id={id}
      panelRef={state.panelRef}
      onResize={state.onResize}
      defaultSize={defaultSize}
      minSize={minSize}
      maxSize={maxSize}
      collapsible
      groupResizeBehavior="preserve-pixel-size"
    >
      <Region
        id={region.id}
        className={region.className}
        aria-label={region.label}
        hidden={state.collapsed}
      >
        {children}
      </Region>
    </Panel>
  );
}
