import { ExplorerTree } from '../explorer/explorer-tree';
import { LeaveConfirmation } from '../navigation/leave-confirmation';
import { RouteSync } from '../navigation/route-sync';
import { ViewRouter } from '../views/view-router';
import { StatusBar } from './status-bar';
import { TopNavbar } from './top-navbar';

/** Navbar, explorer on the left, the open node's view on the right, status bar. */
export function MainLayout() {
  return (
    <div className="console-shell">
      <TopNavbar />
      <div className="console-body">
        <aside className="console-explorer" aria-label="Explorer">
          <div className="console-explorer-header">Explorer</div>
          <ExplorerTree />
        </aside>
        <main className="console-view">
          <ViewRouter />
        </main>
      </div>
      <StatusBar />
      <RouteSync />
      <LeaveConfirmation />
    </div>
  );
}
