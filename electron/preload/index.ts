/**
 * The bridge between the sandboxed page and the main process. It exposes one method per
 * contract channel and the two event subscriptions the page needs — never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type RendererApi } from '../../shared/ipc/contract';
import { EVENT_CHANNELS, MENU_COMMANDS, type MenuCommand, type RendererEvents } from '../../shared/ipc/events';

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as RendererApi;

const events = {
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, handler);
    return () => ipcRenderer.off(EVENT_CHANNELS.menuCommand, handler);
  },
  onFlushRequest(listener) {
    const handler = () => {
      listener().then(
        (outcome) => ipcRenderer.send(EVENT_CHANNELS.flushed, outcome),
        () => ipcRenderer.send(EVENT_CHANNELS.flushed, { unsaved: null }),
      );
    };
    ipcRenderer.on(EVENT_CHANNELS.flushRequest, handler);
    return () => ipcRenderer.off(EVENT_CHANNELS.flushRequest, handler);
  },
} satisfies RendererEvents;

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('appEvents', events);
