import { Alignment, Button, Classes, Icon, Navbar } from '@blueprintjs/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../stores/stores-context';
import { SettingsDialog } from './settings-dialog';

/** The window's title bar; `explorerToggle` folds the explorer away and back. */
export function TopNavbar({ explorerToggle }: { explorerToggle: ReactNode }) {
  const busy = useSession((s) => s.busy);
  const logOff = useSession((s) => s.logOff);
  const { t } = useTranslation('shell');
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <Navbar className={`${Classes.DARK} console-navbar`}>
      <Navbar.Group align={Alignment.START}>
        {explorerToggle}
        <Icon icon="data-connection" className="console-navbar-logo" />
        <Navbar.Heading className="console-navbar-title">{t('productName')}</Navbar.Heading>
      </Navbar.Group>
      <Navbar.Group align={Alignment.END}>
        <Button
          variant="minimal"
          icon="cog"
          text={t('settings.open')}
          onClick={() => setSettingsOpen(true)}
          data-testid="settings-button"
        />
        <SettingsDialog isOpen={settingsOpen} onClose={() => setSettingsOpen(false)} />
        <Button
          variant="minimal"
          icon="log-out"
          text={t('logOff')}
          loading={busy}
          onClick={() => void logOff()}
          data-testid="logoff-button"
        />
      </Navbar.Group>
    </Navbar>
  );
}
