import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  logOff(): void;
}

/** File > Log off / Quit, and the standard Edit menu so copy and paste work in fields. */
export function installAppMenu(actions: MenuActions): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Log off', accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.logOff() },
        { type: 'separator' },
        { label: 'Quit', role: 'quit' },
      ],
    },
    { role: 'editMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
