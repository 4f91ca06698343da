import type { RendererApi } from '../../shared/ipc/contract';
import type { RendererEvents } from '../../shared/ipc/events';

declare global {
  interface Window {
    api: RendererApi;
    appEvents: RendererEvents;
  }
}

export {};
