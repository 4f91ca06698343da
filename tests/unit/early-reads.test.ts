import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type RendererApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { openTestCore, type TestCore } from '../support/core';

/*
 * The start-up reads (renderer/src/startup-reads.ts, api/early-reads.ts): the profile and the
 * home screen's figures asked for before React mounts, through the renderer's real query layer
 * and profile store, over a bridge to the real dispatcher on a real SQLite file that counts what
 * the page asks for.
 */

let core: TestCore | null = null;
const asked = new Map<string, number>();

function bridge(): RendererApi {
  const api: Record<string, (input: unknown) => Promise<IpcResult<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (input) => {
      asked.set(channel, (asked.get(channel) ?? 0) + 1);
      if (!core) throw new Error('no database open');
      return core.dispatchAsync(channel, structuredClone(input));
    };
  }
  return api as unknown as RendererApi;
}

vi.stubGlobal('window', { api: bridge(), location: { hash: '' }, addEventListener: () => undefined });

const { readEarly, forgetEarlyReads } = await import('../../renderer/src/api/early-reads');
const { apiQueryOptions, queryClient } = await import('../../renderer/src/api/query');
const { useProfile } = await import('../../renderer/src/store/profile');
const { call } = await import('../../renderer/src/api/client');

/** A screen showing the home figures: subscribed as useApiQuery subscribes when it mounts. */
function showHome() {
  const observer = new QueryObserver(queryClient, apiQueryOptions('home:overview', undefined));
  const unsubscribe = observer.subscribe(() => undefined);
  return { shownAtOnce: observer.getCurrentResult().data, leave: unsubscribe, observer };
}

/** Lets the answers in flight arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  core = openTestCore();
  asked.clear();
  queryClient.clear();
  forgetEarlyReads();
  useProfile.setState({ profile: undefined });
});

afterEach(() => {
  queryClient.clear();
  core?.close();
  core = null;
});

describe('the start-up reads', () => {
  it('are each asked once: the home screen is drawn with its figures at once and does not ask again as it mounts', async () => {
    readEarly('profile:get', undefined);
    readEarly('home:overview', undefined);
    await useProfile.getState().load();

    const home = showHome();
    expect(home.shownAtOnce).toMatchObject({ counts: { people: 0 } });
    await settle();
    expect(Object.fromEntries(asked)).toEqual({ 'profile:get': 1, 'home:overview': 1 });
    home.leave();
  });

  it('count as fresh only for that first drawing: once the screen is left, coming back reads again', async () => {
    readEarly('profile:get', undefined);
    readEarly('home:overview', undefined);
    await useProfile.getState().load();
    showHome().leave();

    // Someone adds an organisation outside this window (the CLI): the home screen shows it when opened again.
    core!.must('organisations:save', { name: 'Hội Nông dân thành phố', kind: 'to_chuc_thanh_vien', abbreviation: 'HND' });
    const again = showHome();
    await settle();
    expect(asked.get('home:overview')).toBe(2);
    expect(again.observer.getCurrentResult().data?.counts.organisations).toBe(1);
    again.leave();
  });

  it('are not used once a write has been answered: what they say may be out of date', async () => {
    readEarly('home:overview', undefined);
    await settle();
    await call('organisations:save', { name: 'Hội Nông dân thành phố', kind: 'to_chuc_thanh_vien', abbreviation: 'HND' });
    readEarly('profile:get', undefined);
    await useProfile.getState().load();

    const home = showHome();
    expect(home.shownAtOnce).toBeUndefined();
    await settle();
    expect(asked.get('home:overview')).toBe(2);
    expect(home.observer.getCurrentResult().data?.counts.organisations).toBe(1);
    home.leave();
  });

  it('hand a failed answer to the screen, which reads again instead of showing it', async () => {
    readEarly('profile:get', undefined);
    const closed = core!;
    core = null; // the early read fails: no database
    readEarly('home:overview', undefined);
    await settle();
    core = closed;
    await useProfile.getState().load().catch(() => undefined);

    const home = showHome();
    expect(home.shownAtOnce).toBeUndefined();
    await settle();
    expect(home.observer.getCurrentResult().data).toMatchObject({ counts: { people: 0 } });
    home.leave();
  });
});
