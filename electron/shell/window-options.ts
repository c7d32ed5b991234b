import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer gets no Node, runs sandboxed and isolated; only the preload's bridge reaches it.
 * `icon` is the PNG rendered from assets/icon.svg (macOS takes the bundle's ICNS instead).
 */
export function mainWindowOptions(preload: string, icon: string): BrowserWindowConstructorOptions {
  return {
    icon,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'CRM Connector Console',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
