import { Alignment, Button, Classes, Icon, Navbar } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import { useSession } from '../stores/stores-context';

/** The window's title bar; `explorerToggle` folds the explorer away and back. */
export function TopNavbar({ explorerToggle }: { explorerToggle: ReactNode }) {
  const busy = useSession((s) => s.busy);
  const logOff = useSession((s) => s.logOff);
  return (
    <Navbar className={`${Classes.DARK} console-navbar`}>
      <Navbar.Group align={Alignment.START}>
        {explorerToggle}
        <Icon icon="data-connection" className="console-navbar-logo" />
        <Navbar.Heading className="console-navbar-title">CRM Connector Console</Navbar.Heading>
      </Navbar.Group>
      <Navbar.Group align={Alignment.END}>
        <Button
          variant="minimal"
          icon="log-out"
          text="Log off"
          loading={busy}
          onClick={() => void logOff()}
          data-testid="logoff-button"
        />
      </Navbar.Group>
    </Navbar>
  );
}
