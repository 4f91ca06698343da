/** Messages the main process pushes to the window, and the bridge methods that receive them. */

export const MENU_COMMANDS = ['new-meeting', 'go-home', 'go-meetings', 'go-directory', 'go-profile'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EVENT_CHANNELS = {
  menuCommand: 'event:menu-command',
  /** Sent before the window closes: the renderer writes pending edits and answers `flushed`. */
  flushRequest: 'event:flush-request',
  flushed: 'event:flushed',
} as const;

export interface RendererEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFlushRequest(listener: () => Promise<void>): () => void;
}
