import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ConsoleBridge } from '../../shared/bridge';
import { isChannel } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { eventChannelName, invokeChannelPrefix, type ConsoleEvent } from '../../shared/events';

// Exposes one object, window.crmConsole, forwarding only the contract's channels.
const bridge: ConsoleBridge = {
  invoke: (channel, arg): Promise<Envelope<unknown>> =>
    isChannel(channel)
      ? ipcRenderer.invoke(`${invokeChannelPrefix}${channel}`, arg)
      : Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel '${String(channel)}'.` },
        }),
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: ConsoleEvent) => listener(payload);
    ipcRenderer.on(eventChannelName, forward);
    return () => {
      ipcRenderer.removeListener(eventChannelName, forward);
    };
  },
};

contextBridge.exposeInMainWorld('crmConsole', bridge);
