import { Alignment, Button, Classes, Icon, Navbar } from '@blueprintjs/core';
import { useSession } from '../stores/stores-context';

export function TopNavbar() {
  const busy = useSession((s) => s.busy);
  const logOff = useSession((s) => s.logOff);
  return (
    <Navbar className={`${Classes.DARK} console-navbar`}>
      <Navbar.Group align={Alignment.START}>
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
