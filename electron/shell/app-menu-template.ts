import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import { msg } from '../../shared/i18n/message';
import { menuText } from './menu-words';

export interface MenuActions {
  logOff(): void;
}

/**
 * File > Log off / Quit, and the Edit menu so copy and paste work in fields, labelled in
 * `language` (Electron would label its roles in English).
 */
export function appMenuTemplate(
  actions: MenuActions,
  language: Language,
): MenuItemConstructorOptions[] {
  const say = (message: ReturnType<typeof msg>) => menuText(message, language);
  return [
    {
      label: say(msg('messages:menu.file')),
      submenu: [
        {
          label: say(msg('messages:menu.logOff')),
          accelerator: 'CmdOrCtrl+Shift+L',
          click: () => actions.logOff(),
        },
        { type: 'separator' },
        { label: say(msg('messages:menu.quit')), role: 'quit' },
      ],
    },
    {
      label: say(msg('messages:menu.edit')),
      submenu: [
        { label: say(msg('messages:menu.undo')), role: 'undo' },
        { label: say(msg('messages:menu.redo')), role: 'redo' },
        { type: 'separator' },
        { label: say(msg('messages:menu.cut')), role: 'cut' },
        { label: say(msg('messages:menu.copy')), role: 'copy' },
        { label: say(msg('messages:menu.paste')), role: 'paste' },
        { label: say(msg('messages:menu.selectAll')), role: 'selectAll' },
      ],
    },
  ];
}
