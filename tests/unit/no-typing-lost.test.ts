import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type RendererApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { plainText, rt } from '../../shared/rich-text';
import type { DocumentRecord } from '../../shared/schemas/document';
import { openTestCore, type TestCore } from '../support/core';
import { documentSaveInput, saveProfile } from '../support/document-store';
import { attendee, conclusion, createAndSaveMeeting, organisation, toInput } from '../support/fixtures';
import { expectVietnameseMessage } from '../support/vietnamese';

/*
 * Every way typing used to be lost (issue 8), driven through the renderer's real stores — the
 * autosave editors, the leave guard, navigation, the document actions — over a bridge that hands
 * each call to the real dispatcher and handler table on a real SQLite file, answering
 * asynchronously like Electron's IPC. Only the timers are fake.
 */

let core: TestCore | null = null;
/** While set, answers of these channels wait for the gate to open. */
let held: { channels: Set<string>; gate: Promise<void> } | null = null;
/** Channels answered with a failure (the file locked by another program, say). */
const failing = new Map<string, { code: string; message: string }>();

function bridge(): RendererApi {
  const api: Record<string, (input: unknown) => Promise<IpcResult<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (input) => {
      const cloned: unknown = structuredClone(input);
      if (held?.channels.has(channel)) await held.gate;
      const failure = failing.get(channel);
      if (failure) return { ok: false, error: failure } as IpcResult<unknown>;
      if (!core) throw new Error('no database open');
      return core.dispatchAsync(channel, cloned);
    };
  }
  return api as unknown as RendererApi;
}

const location = { hash: '' };
vi.stubGlobal('window', {
  api: bridge(),
  location,
  history: { replaceState: (_state: unknown, _title: string, hash: string) => void (location.hash = hash) },
  addEventListener: () => undefined,
});

const { useMeetingEditor, SAVE_DEBOUNCE_MS, RETRY_DELAYS_MS } = await import('../../renderer/src/store/meeting-editor');
const { useDocumentEditor, refreshDocumentFromMeeting, restoreDocumentVersion, runDocumentStep } = await import(
  '../../renderer/src/store/document-editor'
);
const { useNavigation } = await import('../../renderer/src/store/navigation');
const { autosaveWork, registerUnsavedWork, setLeaveConfirmer } = await import('../../renderer/src/store/unsaved-work');
const { flushBeforeClose } = await import('../../renderer/src/components/app-events');
const { saveDirective, blankForm } = await import('../../renderer/src/screens/directive/directive-form');
const { prepareConclusionRemoval, removeConclusion, undoConclusionRemoval, describeConclusionTasks } = await import(
  '../../renderer/src/store/conclusion-removal'
);
const { meetingDeletionDetail } = await import('../../renderer/src/store/meeting-deletion');
const { call } = await import('../../renderer/src/api/client');

const TITLE = 'Hội nghị tổng kết công tác Mặt trận năm 2025';
let asked: string[][];
let answerLeave: boolean;
const unregister: Array<() => void> = [];

function db(): TestCore {
  if (!core) throw new Error('no database open');
  return core;
}

function releaseHeld(): void {
  held = null;
}

function hold(...channels: string[]): () => void {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  held = { channels: new Set(channels), gate };
  return () => {
    held = null;
    open();
  };
}

beforeEach(() => {
  core = openTestCore();
  vi.useFakeTimers();
  asked = [];
  answerLeave = false;
  failing.clear();
  location.hash = '#/hoi-nghi';
  useNavigation.setState({ route: { name: 'meetings' } });
  unregister.push(
    setLeaveConfirmer(async (items) => {
      asked.push(items.map((item) => `${item.label}: ${item.reason}`));
      return answerLeave;
    }),
  );
});

afterEach(async () => {
  releaseHeld();
  failing.clear();
  for (const off of unregister.splice(0)) off();
  await useMeetingEditor.getState().flush();
  await useDocumentEditor.getState().flush();
  useMeetingEditor.getState().reset();
  useDocumentEditor.getState().reset();
  vi.useRealTimers();
  core?.close();
  core = null;
});

/** Opens a meeting on its page: loaded in the editor and registered with the leave guard, as useEditorSession does. */
async function openMeeting(id: number): Promise<void> {
  useNavigation.setState({ route: { name: 'meeting', id } });
  await useMeetingEditor.getState().load(id);
  unregister.push(registerUnsavedWork(autosaveWork(useMeetingEditor, () => `Hội nghị «${useMeetingEditor.getState().record?.title ?? ''}»`)));
}

async function openDocument(id: number): Promise<void> {
  useNavigation.setState({ route: { name: 'document', id } });
  await useDocumentEditor.getState().load(id);
  unregister.push(registerUnsavedWork(autosaveWork(useDocumentEditor, () => 'Văn bản')));
}

function storedMeeting(id: number) {
  return db().must('meetings:get', { id });
}

describe('leaving a meeting with a refused edit and other edits', () => {
  it('saves every valid edit, asks about the refused one, and stays when the user says so', async () => {
    const id = createAndSaveMeeting(db(), { title: TITLE });
    await openMeeting(id);
    useMeetingEditor.getState().update((m) => ({ ...m, title: '' }));
    useMeetingEditor.getState().update((m) => ({ ...m, place: 'Hội trường Ủy ban MTTQ thành phố' }));
    useMeetingEditor.getState().update((m) => ({ ...m, hostName: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố' }));

    // The sidebar is clicked at once, before autosave's own timer.
    const left = await useNavigation.getState().navigate({ name: 'meetings' });

    expect(left).toBe(false);
    expect(useNavigation.getState().route).toEqual({ name: 'meeting', id });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.join(' ')).toContain('Hãy nhập tên hội nghị.');
    expectVietnameseMessage(asked[0]!.join(' '));
    // The valid edits are stored; the refused one kept its stored value and is still on screen.
    expect(storedMeeting(id).place).toBe('Hội trường Ủy ban MTTQ thành phố');
    expect(storedMeeting(id).hostName).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam thành phố');
    expect(storedMeeting(id).title).toBe(TITLE);
    expect(useMeetingEditor.getState().record?.title).toBe('');
    expect(useMeetingEditor.getState().saveState).toBe('refused');
  });

  it('leaves only when the user chooses to, the valid edits stored', async () => {
    const id = createAndSaveMeeting(db(), { title: TITLE });
    const other = createAndSaveMeeting(db(), { title: 'Hội nghị giao ban quý I năm 2026' });
    await openMeeting(id);
    useMeetingEditor.getState().update((m) => ({ ...m, title: '', notes: 'Ghi chú đã gõ' }));
    answerLeave = true;

    // Opening another meeting from this one (a link, the review of last time).
    expect(await useNavigation.getState().navigate({ name: 'meeting', id: other })).toBe(true);
    expect(useNavigation.getState().route).toEqual({ name: 'meeting', id: other });
    expect(location.hash).toBe(`#/hoi-nghi/${other}`);
    expect(asked).toHaveLength(1);
    expect(storedMeeting(id).notes).toBe('Ghi chú đã gõ');
    expect(storedMeeting(id).title).toBe(TITLE);
  });

  it('leaves without a question when everything could be saved', async () => {
    const id = createAndSaveMeeting(db(), { title: TITLE });
    await openMeeting(id);
    useMeetingEditor.getState().update((m) => ({ ...m, place: 'Nhà văn hóa phường Lê Chân' }));
    expect(await useNavigation.getState().navigate({ name: 'home' })).toBe(true);
    expect(asked).toHaveLength(0);
    expect(storedMeeting(id).place).toBe('Nhà văn hóa phường Lê Chân');
  });
});

describe('a save that fails', () => {
  it('is tried again by itself with growing waits, shown as not saved until it gets through', async () => {
    const id = createAndSaveMeeting(db(), { title: TITLE });
    await openMeeting(id);
    failing.set('meetings:save', { code: 'DB_LOCKED', message: 'Tệp dữ liệu đang bị chương trình khác khóa.' });
    const states: string[] = [];
    const unsubscribe = useMeetingEditor.subscribe((s) => states.push(s.saveState));

    useMeetingEditor.getState().update((m) => ({ ...m, place: 'Hội trường tầng 3' }));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(useMeetingEditor.getState().saveState).toBe('retrying');
    expect(useMeetingEditor.getState().saveError).toBe('Tệp dữ liệu đang bị chương trình khác khóa.');
    const firstRetryAt = useMeetingEditor.getState().retryAt!;
    expect(firstRetryAt - Date.now()).toBe(RETRY_DELAYS_MS[0]);

    // The first retry fails too: the next one waits longer.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(useMeetingEditor.getState().saveState).toBe('retrying');
    expect(useMeetingEditor.getState().retryAt! - Date.now()).toBe(RETRY_DELAYS_MS[1]);

    // The lock goes away: the next attempt stores the edit, without a keystroke.
    failing.clear();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]);
    unsubscribe();
    expect(storedMeeting(id).place).toBe('Hội trường tầng 3');
    expect(useMeetingEditor.getState().saveState).toBe('saved');
    // "Saved" was never shown while the edit was not in the database.
    expect(states.slice(0, -1)).not.toContain('saved');
  });

  it('is reported as unsaved when the window closes, never as done', async () => {
    const id = createAndSaveMeeting(db(), { title: TITLE });
    await openMeeting(id);
    failing.set('meetings:save', { code: 'DB_LOCKED', message: 'Tệp dữ liệu đang bị chương trình khác khóa.' });
    useMeetingEditor.getState().update((m) => ({ ...m, place: 'Hội trường tầng 3' }));

    const outcome = await flushBeforeClose();
    expect(outcome.unsaved).toContain('Tệp dữ liệu đang bị chương trình khác khóa.');
    expect(outcome.unsaved).toContain(TITLE);
  });

  it('is reported as unsaved when the window closes with a refused field', async () => {
    const id = createAndSaveMeeting(db(), { title: TITLE });
    await openMeeting(id);
    useMeetingEditor.getState().update((m) => ({ ...m, title: '', place: 'Hội trường B' }));
    const outcome = await flushBeforeClose();
    expect(outcome.unsaved).toContain('Hãy nhập tên hội nghị.');
    expect(storedMeeting(id).place).toBe('Hội trường B');
  });
});

describe('a save over a newer version (another window, the CLI)', () => {
  it('is refused without losing what was typed, and "Tải lại" brings the newer version with the edits on it', async () => {
    const id = createAndSaveMeeting(db(), { title: TITLE });
    await openMeeting(id);
    // Someone else stores a newer version after the page opened the meeting.
    const elsewhere = storedMeeting(id);
    db().setNow(new Date('2026-03-10T09:05:00'));
    db().must('meetings:save', { ...toInput(elsewhere), baseUpdatedAt: elsewhere.updatedAt, notes: 'Ghi chú từ nơi khác' });

    useMeetingEditor.getState().update((m) => ({ ...m, place: 'Hội trường vừa gõ' }));
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(useMeetingEditor.getState().stale).toBe(true);
    expect(useMeetingEditor.getState().saveState).toBe('refused');
    expectVietnameseMessage(useMeetingEditor.getState().saveError ?? '');
    // Nothing was overwritten, nothing typed is gone.
    expect(storedMeeting(id).notes).toBe('Ghi chú từ nơi khác');
    expect(storedMeeting(id).place).toBe('');
    expect(useMeetingEditor.getState().record?.place).toBe('Hội trường vừa gõ');
    // Leaving asks.
    expect(await useNavigation.getState().navigate({ name: 'home' })).toBe(false);

    await useMeetingEditor.getState().reloadKeepingEdits();
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    expect(useMeetingEditor.getState().saveState).toBe('saved');
    expect(storedMeeting(id).notes).toBe('Ghi chú từ nơi khác');
    expect(storedMeeting(id).place).toBe('Hội trường vừa gõ');
  });
});

describe('a document whose content is replaced while something on screen is not saved', () => {
  const TYPED = 'Đoạn văn vừa gõ xong: Ban Thường trực thống nhất đề nghị khen thưởng 12 tập thể.';

  async function documentFromMeeting(): Promise<DocumentRecord> {
    saveProfile(db());
    const meetingId = createAndSaveMeeting(db(), { title: TITLE, conclusions: [conclusion('Giao Hội Nông dân thành phố chủ trì.')] });
    return db().must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
  }

  function versionsText(id: number): string {
    return db()
      .must('documents:versions', { id })
      .map((v) => plainText(db().must('documents:version', { versionId: v.id }).body))
      .join('\n');
  }

  function typeParagraph(): void {
    useDocumentEditor.getState().update((d) => ({ ...d, body: rt.doc([...d.body.content, rt.paragraph(TYPED)]) }));
  }

  it('"Làm mới từ hội nghị" keeps the typed paragraph in the history although a field was refused', async () => {
    const doc = await documentFromMeeting();
    await openDocument(doc.id);
    // A refused field (the issuing body emptied), then a paragraph typed, then the refresh at once.
    useDocumentEditor.getState().update((d) => ({ ...d, header: { ...d.header, issuingBody: '' } }));
    typeParagraph();
    const refreshed = await refreshDocumentFromMeeting(doc.id);

    expect(plainText(refreshed.body)).not.toContain(TYPED);
    expect(versionsText(doc.id)).toContain(TYPED);
    expect(useDocumentEditor.getState().saveState).toBe('saved');
    expect(useDocumentEditor.getState().hasUnsaved()).toBe(false);
  });

  it('"Làm mới từ hội nghị" while saves fail (file locked) keeps the typed paragraph as a version first', async () => {
    const doc = await documentFromMeeting();
    await openDocument(doc.id);
    failing.set('documents:save', { code: 'DB_LOCKED', message: 'Tệp dữ liệu đang bị chương trình khác khóa.' });
    typeParagraph();
    await refreshDocumentFromMeeting(doc.id);
    expect(plainText(db().must('documents:get', { id: doc.id }).body)).not.toContain(TYPED);
    expect(versionsText(doc.id)).toContain(TYPED);
  });

  it('a version restore keeps what is on screen and not saved', async () => {
    const doc = await documentFromMeeting();
    db().must('documents:save', { ...documentSaveInput(doc), body: rt.doc([rt.paragraph('Bản đầu tiên.')]) });
    db().setNow(new Date('2026-03-10T10:00:00'));
    db().must('documents:save', { ...documentSaveInput(doc), body: rt.doc([rt.paragraph('Bản thứ hai.')]) });
    const first = db().must('documents:versions', { id: doc.id }).at(-1)!;
    await openDocument(doc.id);
    useDocumentEditor.getState().update((d) => ({ ...d, summary: 'x'.repeat(600) })); // refused: over 500
    typeParagraph();

    await restoreDocumentVersion(doc.id, first.id);
    expect(versionsText(doc.id)).toContain(TYPED);
  });

  it('text typed while a version restore is in flight is kept as a version, not dropped', async () => {
    const doc = await documentFromMeeting();
    await openDocument(doc.id);
    const versionId = db().must('documents:keepVersion', { id: doc.id, reason: 'truoc_khoi_phuc', summary: '', body: rt.doc([rt.paragraph('Bản cũ.')]) }).id;

    const release = hold('documents:restoreVersion');
    const restoring = restoreDocumentVersion(doc.id, versionId);
    await vi.advanceTimersByTimeAsync(0);
    expect(useDocumentEditor.getState().replacing).toBe(true);
    typeParagraph();
    // Autosave does not write over the restore while it runs.
    await vi.advanceTimersByTimeAsync(5000);
    release();
    const restored = await restoring;

    expect(plainText(restored.body)).toBe('Bản cũ.');
    expect(plainText(useDocumentEditor.getState().record!.body)).toBe('Bản cũ.');
    expect(versionsText(doc.id)).toContain(TYPED);
    expect(useDocumentEditor.getState().saveState).toBe('saved');
  });

  it('finalising refuses while something on screen is not saved, and loses nothing', async () => {
    const doc = await documentFromMeeting();
    await openDocument(doc.id);
    useDocumentEditor.getState().update((d) => ({ ...d, header: { ...d.header, issuingBody: '' } }));
    typeParagraph();

    await expect(runDocumentStep(() => call('documents:finalise', { id: doc.id, by: 'Vũ Thị Hồng Nhung' }))).rejects.toThrow(
      /chưa lưu được.*Hãy nhập tên cơ quan ban hành/,
    );
    expect(db().must('documents:get', { id: doc.id }).status).toBe('ban_nhap');
    // The paragraph is stored (only the refused field was held back) and still on screen.
    expect(plainText(db().must('documents:get', { id: doc.id }).body)).toContain(TYPED);
    expect(plainText(useDocumentEditor.getState().record!.body)).toContain(TYPED);
    expect(useDocumentEditor.getState().record!.header.issuingBody).toBe('');
  });
});

describe('a body typed in the editor, built only when it is needed (updateLater)', () => {
  const TYPED = 'Ban Thường trực đề nghị các tổ chức thành viên tập trung thực hiện Nghị quyết số 56-NQ/TU.';
  let builds = 0;

  async function openDraft(): Promise<DocumentRecord> {
    saveProfile(db());
    const meetingId = createAndSaveMeeting(db(), { title: TITLE, conclusions: [conclusion('Giao Hội Nông dân thành phố chủ trì.')] });
    const doc = db().must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    await openDocument(doc.id);
    builds = 0;
    return doc;
  }

  /** As the editor does: each keystroke hands a way to build the whole body as it is after it. */
  function typeKeystrokes(text: string): void {
    const before = useDocumentEditor.getState().record!.body;
    for (let n = 1; n <= text.length; n += 1) {
      const typed = text.slice(0, n);
      useDocumentEditor.getState().updateLater('body', (d) => {
        builds += 1;
        return { ...d, body: rt.doc([...before.content, rt.paragraph(typed)]) };
      });
    }
  }

  const storedText = (id: number) => plainText(db().must('documents:get', { id }).body);

  it('counts as unsaved from the first keystroke and is built once, for the save, not once per keystroke', async () => {
    const doc = await openDraft();
    typeKeystrokes(TYPED);
    expect(useDocumentEditor.getState().hasUnsaved()).toBe(true);
    expect(useDocumentEditor.getState().saveState).toBe('pending');
    expect(builds).toBe(0);

    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 50);
    expect(storedText(doc.id)).toContain(TYPED);
    expect(builds).toBe(1);
    expect(useDocumentEditor.getState().saveState).toBe('saved');
    expect(plainText(useDocumentEditor.getState().record!.body)).toContain(TYPED);
  });

  it('is written when the user leaves at once, before the autosave', async () => {
    const doc = await openDraft();
    typeKeystrokes(TYPED);
    expect(await useNavigation.getState().navigate({ name: 'home' })).toBe(true);
    expect(asked).toHaveLength(0);
    expect(storedText(doc.id)).toContain(TYPED);
  });

  it('is kept as a version when "Làm mới từ hội nghị" replaces the content while a field is refused', async () => {
    const doc = await openDraft();
    useDocumentEditor.getState().update((d) => ({ ...d, header: { ...d.header, issuingBody: '' } }));
    typeKeystrokes(TYPED);
    const refreshed = await refreshDocumentFromMeeting(doc.id);
    expect(plainText(refreshed.body)).not.toContain(TYPED);
    const versions = db()
      .must('documents:versions', { id: doc.id })
      .map((v) => plainText(db().must('documents:version', { versionId: v.id }).body));
    expect(versions.join('\n')).toContain(TYPED);
    expect(useDocumentEditor.getState().hasUnsaved()).toBe(false);
  });

  it('typed while a version restore is in flight is kept as a version, not dropped', async () => {
    const doc = await openDraft();
    const versionId = db().must('documents:keepVersion', { id: doc.id, reason: 'truoc_khoi_phuc', summary: '', body: rt.doc([rt.paragraph('Bản cũ.')]) }).id;
    const release = hold('documents:restoreVersion');
    const restoring = restoreDocumentVersion(doc.id, versionId);
    await vi.advanceTimersByTimeAsync(0);
    typeKeystrokes(TYPED);
    await vi.advanceTimersByTimeAsync(5000);
    release();
    expect(plainText((await restoring).body)).toBe('Bản cũ.');
    const versions = db()
      .must('documents:versions', { id: doc.id })
      .map((v) => plainText(db().must('documents:version', { versionId: v.id }).body));
    expect(versions.join('\n')).toContain(TYPED);
    expect(useDocumentEditor.getState().saveState).toBe('saved');
  });

  it('a field edited after it keeps both: the body typed and the field', async () => {
    const doc = await openDraft();
    typeKeystrokes(TYPED);
    useDocumentEditor.getState().update((d) => ({ ...d, summary: 'Biên bản hội nghị giao ban' }));
    await useDocumentEditor.getState().flush();
    const stored = db().must('documents:get', { id: doc.id });
    expect(plainText(stored.body)).toContain(TYPED);
    expect(stored.summary).toBe('Biên bản hội nghị giao ban');
  });
});

describe('a half-registered directive', () => {
  function registerDirectiveForm(values: ReturnType<typeof blankForm>) {
    let dirty = true;
    unregister.push(
      registerUnsavedWork({
        label: () => 'Văn bản đang vào sổ',
        hasUnsaved: () => dirty,
        flush: async () => {
          if (!dirty) return null;
          try {
            await saveDirective(null, values);
            dirty = false;
            return null;
          } catch (error) {
            return (error as Error).message;
          }
        },
      }),
    );
  }

  it('is not dropped when the sidebar is clicked: the user is asked, with the reason', async () => {
    useNavigation.setState({ route: { name: 'directive', id: null } });
    registerDirectiveForm({ ...blankForm('2026-03-10', 'Số: 2927 -/TU'), summary: 'Kết luận về công tác dân vận' });
    expect(await useNavigation.getState().navigate({ name: 'home' })).toBe(false);
    expect(asked[0]!.join(' ')).toContain('Văn bản đang vào sổ');
    expectVietnameseMessage(asked[0]!.join(' '));
    expect(db().must('directives:list', {}).total).toBe(0);
  });

  it('is saved on the way out when it can be', async () => {
    useNavigation.setState({ route: { name: 'directive', id: null } });
    registerDirectiveForm({ ...blankForm('2026-03-10', '2927-TB/TU'), summary: 'Kết luận về công tác dân vận' });
    expect(await useNavigation.getState().navigate({ name: 'home' })).toBe(true);
    expect(asked).toHaveLength(0);
    expect(db().must('directives:list', {}).items.map((d) => d.numberSymbol)).toEqual(['2927-TB/TU']);
  });
});

describe('deleting what other records hang on', () => {
  it('a conclusion with tasks: the tasks are named, the removal detaches them, "Hoàn tác" attaches them again', async () => {
    const farmers = organisation(db(), 'Hội Nông dân thành phố Hải Phòng', { abbreviation: 'HND' }).id;
    const id = createAndSaveMeeting(db(), {
      title: TITLE,
      conclusions: [conclusion('Giao Hội Nông dân thành phố chủ trì tập huấn cho hội viên.'), conclusion('Kết luận thứ hai.')],
    });
    const conclusionId = storedMeeting(id).conclusions[0]!.id;
    const task = db().must('tasks:createFromConclusion', { conclusionId, leadOrganisationId: farmers });
    await openMeeting(id);

    const removal = (await prepareConclusionRemoval(conclusionId))!;
    expect(removal.tasks.map((t) => t.id)).toEqual([task.id]);
    expect(describeConclusionTasks(removal.tasks)).toEqual([`${task.title} — Hội Nông dân thành phố Hải Phòng chủ trì`]);

    removeConclusion(removal);
    await useMeetingEditor.getState().flush();
    expect(db().must('tasks:get', { id: task.id }).conclusionId).toBeNull();
    expect(db().must('tasks:forMeeting', { meetingId: id }).detached.map((t) => t.id)).toEqual([task.id]);

    await undoConclusionRemoval(removal);
    expect(storedMeeting(id).conclusions.map((c) => c.id)[0]).toBe(conclusionId);
    expect(db().must('tasks:get', { id: task.id }).conclusionId).toBe(conclusionId);
    expect(db().must('tasks:forMeeting', { meetingId: id }).detached).toEqual([]);
  });

  it('a meeting names the documents already issued from it', async () => {
    saveProfile(db());
    const id = createAndSaveMeeting(db(), { title: TITLE, attendees: [attendee({ fullName: 'Vũ Thị Hồng Nhung', role: 'thu_ky' })] });
    const minutes = db().must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    db().must('documents:finalise', { id: minutes.id, by: 'Vũ Thị Hồng Nhung' });
    const issued = db().must('documents:issue', { id: minutes.id, number: null, by: 'Vũ Thị Hồng Nhung' });
    db().must('documents:createFromMeeting', { meetingId: id, kind: 'giay_moi' }); // a draft: not named

    const detail = await meetingDeletionDetail(id, TITLE);
    expect(detail).toContain(`Biên bản hội nghị số ${issued.numberSymbol}`);
    expect(detail).toContain('1 văn bản ban hành');
    expect(detail).not.toContain('Giấy mời');
  });
});
