/** Messages the main process pushes to the window, and the bridge methods that receive them. */

export const MENU_COMMANDS = ['new-meeting', 'go-home', 'go-meetings', 'go-directory', 'go-profile', 'open-backups', 'open-bin', 'focus-search', 'rebuild-search'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EVENT_CHANNELS = {
  menuCommand: 'event:menu-command',
  /** Sent before the window closes: the renderer writes pending edits and answers `flushed`. */
  flushRequest: 'event:flush-request',
  flushed: 'event:flushed',
} as const;

/** The renderer's answer to a flush request: edits it could not save (e.g. a refused empty title). */
export interface FlushOutcome {
  unsaved: string | null;
}

/** The answer crosses from the page, so it is read defensively. */
export function readFlushOutcome(value: unknown): FlushOutcome {
  if (typeof value === 'object' && value !== null && 'unsaved' in value) {
    const unsaved = (value as { unsaved: unknown }).unsaved;
    if (typeof unsaved === 'string' && unsaved.trim() !== '') return { unsaved: unsaved.slice(0, 500) };
  }
  return { unsaved: null };
}

export interface RendererEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFlushRequest(listener: () => Promise<FlushOutcome>): () => void;
}
