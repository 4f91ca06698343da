import { errorMessage } from '../api/client';

/**
 * The one leave guard. Every editor and form on screen registers what it holds here; leaving a
 * page (the sidebar, a link, the menu, the address), closing a dialog or drawer on purpose, and
 * closing the window all go through `flushAllWork`: every valid change is written, and what
 * could not be is named so the user can choose to stay.
 */
export interface UnsavedWork {
  /** What the user would call it: "Hội nghị «…»", "Văn bản đang đăng ký", "Hồ sơ Ủy ban". */
  label(): string;
  /** True while something typed is not stored. */
  hasUnsaved(): boolean;
  /**
   * Writes every change that can be written. Resolves with why the rest could not be
   * (Vietnamese), or null once everything is stored.
   */
  flush(): Promise<string | null>;
  /** The user chose to leave anyway: forget what could not be saved. */
  discard?(): void;
}

interface AutosaveLike {
  getState(): { hasUnsaved(): boolean; flushForLeave(): Promise<string | null>; reset(): void };
}

/** An autosaving editor (meeting, document) as the leave guard sees it. */
export function autosaveWork(store: AutosaveLike, label: () => string): UnsavedWork {
  return {
    label,
    hasUnsaved: () => store.getState().hasUnsaved(),
    flush: () => store.getState().flushForLeave(),
    discard: () => store.getState().reset(),
  };
}

export interface UnsavedItem {
  label: string;
  reason: string;
}

const works = new Set<UnsavedWork>();

export function registerUnsavedWork(work: UnsavedWork): () => void {
  works.add(work);
  return () => {
    works.delete(work);
  };
}

export function hasUnsavedWork(): boolean {
  return [...works].some((work) => work.hasUnsaved());
}

/** Writes what every editor and form holds; never throws: a failure is reported as unsaved. */
export async function flushAllWork(): Promise<UnsavedItem[]> {
  const results = await Promise.all(
    [...works].map(async (work): Promise<UnsavedItem | null> => {
      try {
        const reason = await work.flush();
        return reason === null ? null : { label: work.label(), reason };
      } catch (error) {
        return { label: work.label(), reason: errorMessage(error) };
      }
    }),
  );
  return results.filter((item): item is UnsavedItem => item !== null);
}

export function discardAllWork(): void {
  for (const work of works) work.discard?.();
}

/** One sentence per item, for the window's closing dialog. */
export function describeUnsaved(items: ReadonlyArray<UnsavedItem>): string | null {
  if (items.length === 0) return null;
  return items.map((item) => `${item.label}: ${item.reason}`).join('\n');
}

/** Asks the user whether to leave although `items` are not saved; true to leave. Set by the app shell. */
export type LeaveConfirmer = (items: ReadonlyArray<UnsavedItem>) => Promise<boolean>;

// Without a way to ask (before the shell is up), staying is the safe answer.
let confirmer: LeaveConfirmer = async () => false;

export function setLeaveConfirmer(next: LeaveConfirmer): () => void {
  confirmer = next;
  return () => {
    if (confirmer === next) confirmer = async () => false;
  };
}

/**
 * Leaving a page, or closing a form on purpose: writes every valid change; if something could
 * not be written, asks. Resolves true when the user may go on (and drops what they chose to leave).
 */
export async function confirmLeave(only?: UnsavedWork): Promise<boolean> {
  const items = only ? await flushOne(only) : await flushAllWork();
  if (items.length === 0) return true;
  const leave = await confirmer(items);
  if (leave) {
    if (only) only.discard?.();
    else discardAllWork();
  }
  return leave;
}

async function flushOne(work: UnsavedWork): Promise<UnsavedItem[]> {
  try {
    const reason = await work.flush();
    return reason === null ? [] : [{ label: work.label(), reason }];
  } catch (error) {
    return [{ label: work.label(), reason: errorMessage(error) }];
  }
}
