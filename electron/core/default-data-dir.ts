import { homedir } from 'node:os';
import { join } from 'node:path';

export const appFolderName = 'CRM Connector Console';

/**
 * The folder Electron's `app.getPath('userData')` gives for this app, computed without Electron
 * so that both hosts use the same data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform = process.platform): string {
  const home = homedir();
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appFolderName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appFolderName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appFolderName);
}
