import fs from 'node:fs';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
/** The smallest window the screens are laid out for; window.ts enforces the same. */
export const MIN_WINDOW_SIZE = { width: 900, height: 600 };

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads the saved window state; anything unreadable falls back to the default size. */
export function loadWindowState(file: string): WindowState {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE;
    const value = raw as Record<string, unknown>;
    const num = (key: string) => (typeof value[key] === 'number' && Number.isFinite(value[key]) ? (value[key] as number) : undefined);
    const width = num('width');
    const height = num('height');
    if (width === undefined || height === undefined) return DEFAULT_WINDOW_STATE;
    return {
      x: num('x'),
      y: num('y'),
      width: Math.max(MIN_WINDOW_SIZE.width, Math.round(width)),
      height: Math.max(MIN_WINDOW_SIZE.height, Math.round(height)),
      maximized: value.maximized === true,
    };
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  // Written to a temporary file then renamed, so a crash mid-write never leaves a half file.
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file);
}

/**
 * Drops the saved position when it would put the window off every screen
 * (a second monitor unplugged since last time); the size is kept.
 */
export function fitToScreens(state: WindowState, workAreas: Area[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (area) => x + 100 > area.x && x < area.x + area.width - 100 && y >= area.y - 10 && y < area.y + area.height - 50,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
