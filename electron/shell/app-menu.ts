import { Menu } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import { appMenuTemplate, type MenuActions } from './app-menu-template';

export type { MenuActions } from './app-menu-template';

/** Sets the application menu in `language`; called again when the language changes. */
export function installAppMenu(actions: MenuActions, language: Language): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(actions, language)));
}
