import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { eventChannelName, invokeChannelPrefix } from '../../shared/events';
import type { Dispatcher } from '../wiring/dispatcher';
import type { EventBus } from '../core/event-bus';
import { appOrigin } from './app-scheme';
import { isConsoleFrame } from './sender-frame';

const refused: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Calls are accepted only from the console window.' },
};

/** Binds every contract channel, and only those, to the dispatcher; forwards main's events. */
export function bindIpc(
  window: BrowserWindow,
  dispatcher: Dispatcher,
  events: EventBus,
): () => void {
  const fromConsoleWindow = (event: IpcMainInvokeEvent): boolean =>
    isConsoleFrame(event.senderFrame, window.webContents.mainFrame, appOrigin);
  for (const channel of channels) {
    ipcMain.handle(`${invokeChannelPrefix}${channel}`, (event, arg: unknown) =>
      fromConsoleWindow(event) ? dispatcher.dispatch(channel, arg) : refused,
    );
  }
  const unsubscribe = events.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(eventChannelName, event);
  });
  return () => {
    unsubscribe();
    for (const channel of channels) ipcMain.removeHandler(`${invokeChannelPrefix}${channel}`);
  };
}
