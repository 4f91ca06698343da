import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type RendererApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import type { Meeting } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';
import { createMeeting } from '../support/fixtures';
import { expectVietnameseMessage } from '../support/vietnamese';

/*
 * The store runs as in the renderer: `window.api` is a bridge whose every method hands a
 * structured clone of its input to the real dispatcher over a real SQLite file, and answers
 * asynchronously, like Electron's IPC. Only the timers are fake.
 */

interface SentCall {
  channel: string;
  input: unknown;
}

let core: TestCore | null = null;
const sent: SentCall[] = [];
/** While set, answers wait for it: a save stays "in flight" until the test opens the gate. */
let gate: Promise<void> | null = null;
let savesInFlight = 0;
let mostSavesInFlight = 0;
/** How long the main process takes to answer a save, on the fake clock. */
let saveLatencyMs = 0;

function fakeApi(): RendererApi {
  const api: Record<string, (input: unknown) => Promise<IpcResult<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (input) => {
      const cloned: unknown = structuredClone(input);
      sent.push({ channel, input: cloned });
      const isSave = channel === 'meetings:save';
      if (isSave) {
        savesInFlight += 1;
        mostSavesInFlight = Math.max(mostSavesInFlight, savesInFlight);
      }
      try {
        if (gate) await gate;
        if (isSave && saveLatencyMs > 0) await new Promise((resolve) => setTimeout(resolve, saveLatencyMs));
        if (!core) throw new Error('no database open');
        return core.dispatch(channel, cloned);
      } finally {
        if (isSave) savesInFlight -= 1;
      }
    };
  }
  return api as unknown as RendererApi;
}

vi.stubGlobal('window', { api: fakeApi() });
const { useMeetingEditor, SAVE_DEBOUNCE_MS, SAVE_MAX_WAIT_MS, RETRY_DELAYS_MS } = await import('../../renderer/src/store/meeting-editor');

const editor = () => useMeetingEditor.getState();
const saveCalls = () => sent.filter((call) => call.channel === 'meetings:save');
const sentSaves = () => saveCalls().length;
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function db(): Meeting {
  if (!core) throw new Error('no database open');
  return core.must('meetings:get', { id: meetingId });
}

let releaseHeld: () => void = () => undefined;

/** Holds every answer back until the returned function is called. */
function holdAnswers(): () => void {
  let open!: () => void;
  gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  releaseHeld = () => {
    gate = null;
    open();
  };
  return releaseHeld;
}

let meetingId: number;
const ORIGINAL_TITLE = 'Hội nghị tổng kết công tác Mặt trận năm 2025';

beforeEach(async () => {
  core = openTestCore();
  meetingId = createMeeting(core, { title: ORIGINAL_TITLE });
  vi.useFakeTimers();
  await editor().load(meetingId);
  sent.length = 0;
  savesInFlight = 0;
  mostSavesInFlight = 0;
});

afterEach(async () => {
  releaseHeld(); // a failed test must not leave a save hanging for the next one
  saveLatencyMs = 0;
  await editor().flush();
  editor().reset();
  vi.useRealTimers();
  core?.close();
  core = null;
});

describe('meeting editor: loading', () => {
  it('loads the meeting from the database', () => {
    expect(editor().record?.id).toBe(meetingId);
    expect(editor().record?.title).toBe(ORIGINAL_TITLE);
    expect(editor().saveState).toBe('saved');
    expect(editor().loadError).toBeNull();
  });

  it('shows a Vietnamese message for a meeting that does not exist', async () => {
    await editor().load(meetingId + 999);
    expect(editor().record).toBeNull();
    expectVietnameseMessage(editor().loadError ?? '');
  });

  it('sends nothing while the user only reads', async () => {
    await advance(10_000);
    await editor().flush();
    expect(sentSaves()).toBe(0);
  });
});

describe('meeting editor: debounced autosave', () => {
  it(`saves one edit ${SAVE_DEBOUNCE_MS} ms after it, not before`, async () => {
    expect(SAVE_DEBOUNCE_MS).toBe(400);
    editor().update((m) => ({ ...m, place: 'Hội trường Ủy ban MTTQ tỉnh' }));
    expect(editor().saveState).toBe('pending');

    await advance(SAVE_DEBOUNCE_MS - 1);
    expect(sentSaves()).toBe(0);
    expect(db().place).toBe('');

    await advance(1);
    expect(sentSaves()).toBe(1);
    expect(db().place).toBe('Hội trường Ủy ban MTTQ tỉnh');
    expect(editor().saveState).toBe('saved');
    expect(editor().lastSavedAt).toBe(db().updatedAt);

    await advance(10_000);
    expect(sentSaves()).toBe(1);
  });

  it('saves a burst of keystrokes once, after the last one', async () => {
    const word = 'Nhà văn hóa thôn Đông';
    for (let i = 1; i <= word.length; i += 1) {
      editor().update((m) => ({ ...m, place: word.slice(0, i) }));
      await advance(40);
    }
    // The burst lasted longer than the debounce but not the max wait: nothing yet…
    expect(sentSaves()).toBe(0);
    await advance(SAVE_DEBOUNCE_MS);
    // …then a single save of the whole word.
    expect(sentSaves()).toBe(1);
    expect(db().place).toBe(word);
  });

  /**
   * Types a character every `step` ms for `duration` ms; after each step, checks that the
   * database lacks no edit older than `allowedLagMs`. Returns the number of keystrokes.
   */
  async function typeContinuously(step: number, duration: number, allowedLagMs: number): Promise<number> {
    const typed: Array<{ at: number; notes: string }> = [];
    let notes = '';
    for (let now = 0; now < duration; ) {
      notes += `${notes === '' ? '' : ' '}${typed.length + 1}`; // no trailing space: the server trims it
      const value = notes;
      editor().update((m) => ({ ...m, notes: value }));
      typed.push({ at: now, notes: value });

      await advance(step);
      now += step;

      const inDb = db().notes;
      const savedUpTo = typed.findIndex((edit) => edit.notes === inDb); // -1: none of them yet
      expect(inDb === '' || savedUpTo >= 0, `database holds text never typed: ${inDb}`).toBe(true);
      const oldestUnsaved = typed[savedUpTo + 1];
      if (oldestUnsaved) {
        expect(now - oldestUnsaved.at, `at ${now} ms the database lacks the edit made at ${oldestUnsaved.at} ms`).toBeLessThanOrEqual(
          allowedLagMs,
        );
      }
    }
    await advance(SAVE_DEBOUNCE_MS + saveLatencyMs);
    expect(db().notes).toBe(notes);
    expect(editor().saveState).toBe('saved');
    expect(mostSavesInFlight).toBe(1);
    return typed.length;
  }

  it(`keeps the database at most about ${SAVE_MAX_WAIT_MS} ms behind continuous typing`, async () => {
    expect(SAVE_MAX_WAIT_MS).toBe(1000);
    const keystrokes = await typeContinuously(200, 5000, SAVE_MAX_WAIT_MS);
    expect(keystrokes).toBe(25);
    // About one save per second of typing (plus the final one), never one per keystroke.
    expect(sentSaves()).toBeGreaterThanOrEqual(5);
    expect(sentSaves()).toBeLessThanOrEqual(7);
  });

  it('keeps the database at most about a second and one save behind when saves take time', async () => {
    // A large meeting on a slow disk: each save takes nearly as long as the gap between keystrokes.
    saveLatencyMs = 80;
    const keystrokes = await typeContinuously(100, 5000, SAVE_MAX_WAIT_MS + saveLatencyMs);
    expect(keystrokes).toBe(50);
    // Edits that arrive during a save are sent as soon as it is answered, so saves come in short
    // runs once a second; still far fewer than keystrokes.
    expect(sentSaves()).toBeLessThan(keystrokes / 2);
  });

  it('sends the meeting without blank rows the user has not typed into yet', async () => {
    editor().update((m) => ({
      ...m,
      conclusions: [
        { id: '11111111-1111-4111-8111-111111111111', content: '' },
        { id: '22222222-2222-4222-8222-222222222222', content: 'Giao Ban Phong trào theo dõi.' },
      ],
    }));
    await advance(SAVE_DEBOUNCE_MS);
    expect(db().conclusions.map((c) => c.content)).toEqual(['Giao Ban Phong trào theo dõi.']);
    // The blank row stays on screen for the user to fill in.
    expect(editor().record?.conclusions).toHaveLength(2);
    expect(editor().saveState).toBe('saved');
  });
});

describe('meeting editor: flush', () => {
  it('saves pending edits at once, without waiting for the debounce', async () => {
    editor().update((m) => ({ ...m, place: 'Hội trường A' }));
    editor().update((m) => ({ ...m, hostName: 'Ủy ban MTTQ tỉnh' }));
    await editor().flush();
    expect(sentSaves()).toBe(1);
    expect(db().place).toBe('Hội trường A');
    expect(db().hostName).toBe('Ủy ban MTTQ tỉnh');
    expect(editor().saveState).toBe('saved');

    // The timers the edits started are cancelled: no second save of the same thing.
    await advance(5000);
    expect(sentSaves()).toBe(1);
  });

  it('sends nothing when there is nothing to save', async () => {
    editor().update((m) => ({ ...m, place: 'Hội trường A' }));
    await advance(SAVE_DEBOUNCE_MS);
    await editor().flush();
    await editor().flush();
    expect(sentSaves()).toBe(1);
  });

  it('saves pending edits before another meeting is loaded', async () => {
    const otherId = createMeeting(core!, { title: 'Hội nghị sơ kết 6 tháng' });
    editor().update((m) => ({ ...m, place: 'Hội trường A' }));
    await editor().load(otherId);
    expect(db().place).toBe('Hội trường A');
    expect(editor().record?.id).toBe(otherId);
    await advance(5000);
    expect(sentSaves()).toBe(1);
  });
});

describe('meeting editor: a refused save', () => {
  it('holds back the refused field with its Vietnamese reason, saves every other edit, and the rest with the next valid edit', async () => {
    editor().update((m) => ({ ...m, place: 'Nhà văn hóa thôn Đông' }));
    editor().update((m) => ({ ...m, title: '' }));
    await advance(SAVE_DEBOUNCE_MS);

    expect(editor().saveState).toBe('refused');
    const message = editor().saveError ?? '';
    expectVietnameseMessage(message);
    expect(message).toContain('tên hội nghị');
    // The valid edit is stored; the refused one keeps its stored value and stays on screen as typed.
    expect(db().title).toBe(ORIGINAL_TITLE);
    expect(db().place).toBe('Nhà văn hóa thôn Đông');
    expect(editor().record?.title).toBe('');
    expect(editor().record?.place).toBe('Nhà văn hóa thôn Đông');
    expect(editor().hasUnsaved()).toBe(true);
    const saves = sentSaves();

    // No retry loop while the user does nothing: the same refusal cannot pass.
    await advance(10_000);
    expect(sentSaves()).toBe(saves);
    expect(editor().saveState).toBe('refused');

    editor().update((m) => ({ ...m, title: 'Hội nghị tổng kết năm 2025' }));
    expect(editor().saveState).toBe('pending');
    await advance(SAVE_DEBOUNCE_MS);
    expect(editor().saveState).toBe('saved');
    expect(editor().saveError).toBeNull();
    expect(editor().hasUnsaved()).toBe(false);
    expect(db().title).toBe('Hội nghị tổng kết năm 2025');
    expect(db().place).toBe('Nhà văn hóa thôn Đông');
  });

  it('shows a Vietnamese message when the bridge itself fails, tries again by itself, and recovers', async () => {
    const api = window.api;
    const failing: RendererApi = { ...api, 'meetings:save': () => Promise.reject(new Error('object could not be cloned')) };
    vi.stubGlobal('window', { api: failing });
    try {
      editor().update((m) => ({ ...m, place: 'Hội trường B' }));
      await advance(SAVE_DEBOUNCE_MS);
      expect(editor().saveState).toBe('retrying');
      expectVietnameseMessage(editor().saveError ?? '');
      expect(editor().retryAt).not.toBeNull();
      expect(editor().record?.place).toBe('Hội trường B');
    } finally {
      vi.stubGlobal('window', { api });
    }
    // The next attempt comes by itself, without another keystroke.
    await advance(RETRY_DELAYS_MS[0]);
    expect(editor().saveState).toBe('saved');
    expect(db().place).toBe('Hội trường B');

    editor().update((m) => ({ ...m, hostName: 'Ủy ban MTTQ tỉnh' }));
    await advance(SAVE_DEBOUNCE_MS);
    expect(editor().saveState).toBe('saved');
    expect(db().place).toBe('Hội trường B');
    expect(db().hostName).toBe('Ủy ban MTTQ tỉnh');
  });
});

describe('meeting editor: edits made while a save is in flight', () => {
  it('are saved by a follow-up save once the first one is answered', async () => {
    const release = holdAnswers();
    editor().update((m) => ({ ...m, notes: 'một' }));
    await advance(SAVE_DEBOUNCE_MS);
    expect(sentSaves()).toBe(1);
    expect(editor().saveState).toBe('saving');

    editor().update((m) => ({ ...m, notes: 'một hai' }));
    editor().update((m) => ({ ...m, place: 'Hội trường C' }));
    expect(editor().saveState).toBe('pending');
    // Their timers fire while the first save is still unanswered: no second save is sent meanwhile.
    await advance(3 * SAVE_MAX_WAIT_MS);
    expect(sentSaves()).toBe(1);
    expect(savesInFlight).toBe(1);

    release();
    await advance(0);
    expect(sentSaves()).toBe(2);
    expect(mostSavesInFlight).toBe(1);
    expect((saveCalls()[0]!.input as Meeting).notes).toBe('một');
    expect(db().notes).toBe('một hai');
    expect(db().place).toBe('Hội trường C');
    expect(editor().saveState).toBe('saved');

    await advance(5000);
    expect(sentSaves()).toBe(2);
  });

  it('are saved even when the first answer comes before their own timers fire', async () => {
    const release = holdAnswers();
    editor().update((m) => ({ ...m, notes: 'một' }));
    await advance(SAVE_DEBOUNCE_MS);
    editor().update((m) => ({ ...m, notes: 'một hai' }));
    await advance(50);
    release();
    await advance(0);
    expect(db().notes).toBe('một hai');
    await advance(5000);
    expect(db().notes).toBe('một hai');
    expect(sentSaves()).toBe(2);
    expect(editor().saveState).toBe('saved');
  });

  it('are all in the database when a flush requested mid-save returns (closing the window)', async () => {
    const release = holdAnswers();
    editor().update((m) => ({ ...m, notes: 'một' }));
    await advance(SAVE_DEBOUNCE_MS);
    editor().update((m) => ({ ...m, notes: 'một hai ba' }));

    let flushed = false;
    const flushing = editor()
      .flush()
      .then(() => {
        flushed = true;
      });
    await advance(0);
    expect(flushed).toBe(false);

    release();
    await flushing;
    expect(db().notes).toBe('một hai ba');
    expect(editor().saveState).toBe('saved');
    expect(mostSavesInFlight).toBe(1);
  });

  it('are saved after an in-flight save is refused', async () => {
    const release = holdAnswers();
    editor().update((m) => ({ ...m, title: '' }));
    await advance(SAVE_DEBOUNCE_MS);
    editor().update((m) => ({ ...m, title: 'Hội nghị đã sửa tên', place: 'Hội trường D' }));
    release();
    await advance(SAVE_MAX_WAIT_MS);
    expect(db().title).toBe('Hội nghị đã sửa tên');
    expect(db().place).toBe('Hội trường D');
    expect(editor().saveState).toBe('saved');
    expect(editor().saveError).toBeNull();
  });
});
