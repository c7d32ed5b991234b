import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { createConsoleCore } from '../wiring/composition-root';
import { parseConsoleFlags } from '../cli/console-flags';
import { appOrigin, registerAppScheme, serveRenderer } from './app-scheme';
import { installAppMenu } from './app-menu';
import { pickLanguage } from '../../shared/i18n/languages';
import { bindIpc } from './ipc-binding';
import { safeStorageCipher } from './safe-storage-cipher';
import { mainWindowOptions } from './window-options';

import { dataFolder } from '../core/data-folder';
import { describeThrown } from '../core/describe-thrown';
import { lockDownSession } from './session-policy';

// Electron entry, bundled to dist/main.cjs. Thin on purpose: the work is in the services.
const flags = parseConsoleFlags(process.argv.slice(2), process.env);
if (flags.dataDir) app.setPath('userData', flags.dataDir);
registerAppScheme();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

async function start(): Promise<void> {
  lockDownSession(session.defaultSession, join(app.getPath('userData'), dataFolder.exports));
  const core = await createConsoleCore({
    dataDir: app.getPath('userData'),
    databaseUrl: flags.databaseUrl,
    demoLatency: flags.demoLatency,
    sqliteWorker: { file: join(__dirname, 'sqlite-worker.cjs') },
    sandboxWorker: { file: join(__dirname, 'sandbox-worker.cjs') },
    cipher: safeStorageCipher() ?? undefined,
  });
  app.on('will-quit', () => void core.close());
  serveRenderer(join(__dirname, 'renderer'));
  const window = new BrowserWindow(
    mainWindowOptions(join(__dirname, 'preload.cjs'), join(__dirname, 'icons', '512x512.png')),
  );
  // A second start of the app shows this window instead (Electron's single-instance lock).
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  bindIpc(window, core.dispatcher, core.events);
  // In the logged-on operator's language, else the system's; again whenever it changes.
  const menuLanguage = () =>
    core.session.status().operator?.language ?? pickLanguage(app.getPreferredSystemLanguages());
  let shown = menuLanguage();
  const menuActions = { logOff: () => core.session.logOff() };
  installAppMenu(menuActions, shown);
  core.events.subscribe((event) => {
    if (event.type !== 'session.changed' || menuLanguage() === shown) return;
    shown = menuLanguage();
    installAppMenu(menuActions, shown);
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(`${appOrigin}/index.html`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('CRM Connector Console cannot start', describeThrown(error));
      app.exit(1);
    });
}
