import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { CollapsiblePanel } from '../components/layout/collapsible-panel';
import { useCollapsiblePanel } from '../components/layout/use-collapsible-panel';
import { ExplorerTree } from '../explorer/explorer-tree';
import { LeaveConfirmation } from '../navigation/leave-confirmation';
import { RouteSync } from '../navigation/route-sync';
import { ViewRouter } from '../views/view-router';
import { StatusBar } from './status-bar';
import { TopNavbar } from './top-navbar';

/**
 * Navbar, explorer on the left, the open node's view on the right, status bar. The explorer is
 * resized by its separator and folded away from the navbar; its width is kept in the window's
 * storage for the next time.
 */
export function MainLayout() {
  const explorer = useCollapsiblePanel();
  const { t } = useTranslation('shell');
  const layout = useDefaultLayout({ id: 'console-shell', storage: window.localStorage });
  return (
    <div className="console-shell">
      <TopNavbar
        explorerToggle={
          <Button
            variant="minimal"
            icon={explorer.collapsed ? 'menu-open' : 'menu-closed'}
            aria-label={explorer.collapsed ? t('showExplorer') : t('hideExplorer')}
            title={explorer.collapsed ? t('showExplorer') : t('hideExplorer')}
            aria-expanded={!explorer.collapsed}
            aria-controls="console-explorer"
            onClick={explorer.toggle}
            data-testid="explorer-toggle"
          />
        }
      />
      <Group
        orientation="horizontal"
        className="console-body"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <CollapsiblePanel
          id="explorer"
          state={explorer}
          defaultSize={240}
          minSize={160}
          maxSize="45%"
          region={{
            as: 'aside',
            id: 'console-explorer',
            className: 'console-explorer',
            label: t('explorer'),
          }}
        >
          <div className="console-explorer-header">{t('explorer')}</div>
          <ExplorerTree />
        </CollapsiblePanel>
        <Separator className="console-separator" aria-label={t('explorerWidth')} />
        <Panel id="view" minSize={420}>
          <main className="console-view">
            <ViewRouter />
          </main>
        </Panel>
      </Group>
      <StatusBar />
      <RouteSync />
      <LeaveConfirmation />
    </div>
  );
}
