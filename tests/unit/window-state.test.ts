import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToScreens,
  loadWindowState,
  saveWindowState,
  type WindowState,
} from '../../electron/main/window-state';
import { makeTempDir } from '../support/core';

let dir: string;
let file: string;

beforeEach(() => {
  dir = makeTempDir('mttq-window-');
  file = path.join(dir, 'cua-so.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (text: string) => fs.writeFileSync(file, text, 'utf8');

describe('loadWindowState', () => {
  it('falls back to the default when there is no file yet', () => {
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('falls back to the default when the folder itself is missing', () => {
    expect(loadWindowState(path.join(dir, 'khong-co', 'cua-so.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['an empty file', ''],
    ['a half-written file', '{"width": 1400, "hei'],
    ['not JSON', 'cửa sổ to'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"1280x820"'],
    ['an array', '[1400, 900]'],
    ['binary junk', '\u0000\u0001\u0002'],
  ])('falls back to the default for %s', (_label, text) => {
    write(text);
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each([
    ['no height', '{"width": 1400}'],
    ['no width', '{"height": 900, "x": 10, "y": 10}'],
    ['sizes as text', '{"width": "1400", "height": "900"}'],
    ['an infinite size', '{"width": 1e999, "height": 900}'],
    ['a null size', '{"width": null, "height": 900}'],
  ])('falls back to the default when the size is unusable (%s)', (_label, text) => {
    write(text);
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a usable size when the position is missing or damaged', () => {
    write(JSON.stringify({ x: 'trái', width: 1400, height: 900, maximized: 'true' }));
    const state = loadWindowState(file);
    expect(state).toEqual({ width: 1400, height: 900, maximized: false });
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
  });

  it('clamps a size below the minimum and rounds fractions', () => {
    write(JSON.stringify({ x: 10, y: 20, width: 300, height: 100, maximized: false }));
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 900, height: 600, maximized: false });
    write(JSON.stringify({ width: -5000, height: 0 }));
    expect(loadWindowState(file)).toMatchObject({ width: 900, height: 600 });
    write(JSON.stringify({ width: 1024.6, height: 700.2 }));
    expect(loadWindowState(file)).toMatchObject({ width: 1025, height: 700 });
  });
});

describe('saveWindowState', () => {
  const states: Array<[string, WindowState]> = [
    ['a maximized window on a monitor to the left', { x: -1600, y: 120, width: 1400, height: 900, maximized: true }],
    ['a window without a position', { width: 1280, height: 820, maximized: false }],
    ['a window at the origin', { x: 0, y: 0, width: 900, height: 600, maximized: false }],
  ];

  it.each(states)('round-trips %s', (_label, state) => {
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('replaces an earlier state', () => {
    saveWindowState(file, { x: 5, y: 5, width: 1000, height: 700, maximized: false });
    saveWindowState(file, { x: 50, y: 60, width: 1500, height: 950, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 50, y: 60, width: 1500, height: 950, maximized: true });
  });

  it('leaves no temporary file behind, even one a crash left earlier', () => {
    fs.writeFileSync(`${file}.tmp`, '{"width": 14');
    saveWindowState(file, { width: 1300, height: 850, maximized: false });
    expect(fs.readdirSync(dir)).toEqual(['cua-so.json']);
  });

  it('writes a new file and renames it into place rather than rewriting the old one', () => {
    saveWindowState(file, { width: 1000, height: 700, maximized: false });
    const before = fs.statSync(file).ino;
    saveWindowState(file, { width: 1100, height: 700, maximized: false });
    expect(fs.statSync(file).ino).not.toBe(before);
  });

  it('keeps the previous state intact when the new one cannot be written', () => {
    const previous: WindowState = { x: 40, y: 30, width: 1200, height: 800, maximized: false };
    saveWindowState(file, previous);
    fs.mkdirSync(`${file}.tmp`); // the temporary file cannot be created
    expect(() => saveWindowState(file, { width: 900, height: 600, maximized: true })).toThrow();
    expect(loadWindowState(file)).toEqual(previous);
  });
});

describe('fitToScreens', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const rightMonitor = { x: 1920, y: 0, width: 1920, height: 1040 };
  const leftMonitor = { x: -1920, y: 0, width: 1920, height: 1080 };
  const upperMonitor = { x: 0, y: -1080, width: 1920, height: 1040 };
  const at = (x: number, y: number): WindowState => ({ x, y, width: 1400, height: 900, maximized: false });
  const sizeOnly = (state: WindowState): WindowState => ({ width: state.width, height: state.height, maximized: state.maximized });

  it('keeps a position on the primary screen', () => {
    expect(fitToScreens(at(100, 80), [primary])).toEqual(at(100, 80));
  });

  it('keeps a position on a second screen', () => {
    expect(fitToScreens(at(2200, 50), [primary, rightMonitor])).toEqual(at(2200, 50));
  });

  it('drops a position on a screen that has been unplugged, keeping size and maximized', () => {
    const saved: WindowState = { x: 2200, y: 50, width: 1700, height: 1000, maximized: true };
    const fitted = fitToScreens(saved, [primary]);
    expect(fitted).toEqual({ width: 1700, height: 1000, maximized: true });
    expect(fitted.x).toBeUndefined();
    expect(fitted.y).toBeUndefined();
  });

  it('keeps a position on a monitor to the left (negative x)', () => {
    expect(fitToScreens(at(-1800, 40), [leftMonitor, primary])).toEqual(at(-1800, 40));
    expect(fitToScreens(at(-1920, 0), [leftMonitor, primary])).toEqual(at(-1920, 0));
  });

  it('drops a negative position once the monitor to the left is gone', () => {
    const saved = at(-1800, 40);
    expect(fitToScreens(saved, [primary])).toEqual(sizeOnly(saved));
  });

  it('keeps a position on a monitor above (negative y) and drops it when that monitor is gone', () => {
    expect(fitToScreens(at(200, -1000), [upperMonitor, primary])).toEqual(at(200, -1000));
    expect(fitToScreens(at(200, -1000), [primary])).toEqual(sizeOnly(at(200, -1000)));
  });

  it('keeps a window hanging a little off the left edge, where its title bar can still be grabbed', () => {
    expect(fitToScreens(at(-50, 10), [primary])).toEqual(at(-50, 10));
  });

  it('drops a position whose title bar would be off screen', () => {
    expect(fitToScreens(at(primary.width - 20, 100), [primary])).toEqual(sizeOnly(at(primary.width - 20, 100)));
    expect(fitToScreens(at(-1390, 100), [primary])).toEqual(sizeOnly(at(-1390, 100)));
    expect(fitToScreens(at(100, primary.height - 10), [primary])).toEqual(sizeOnly(at(100, primary.height - 10)));
    expect(fitToScreens(at(100, -300), [primary])).toEqual(sizeOnly(at(100, -300)));
  });

  it('drops any position when no screen is reported', () => {
    expect(fitToScreens(at(100, 80), [])).toEqual(sizeOnly(at(100, 80)));
  });

  it('leaves a state without a position as it is', () => {
    const state: WindowState = { width: 1300, height: 860, maximized: true };
    expect(fitToScreens(state, [primary])).toEqual(state);
  });
});
