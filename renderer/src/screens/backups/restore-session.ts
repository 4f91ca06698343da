import type { RestoreOutcome } from '../../../../shared/schemas/backup';

/**
 * After a restore the window reloads (every screen reads the restored data afresh). What was restored
 * and how to undo it is kept in sessionStorage for the banner, which stays until the user closes it
 * — not a toast that vanishes while the user is still reading.
 */

const KEY = 'so-tay-mat-tran:khoi-phuc';

export interface RestoreNotice {
  outcome: RestoreOutcome;
  /** True once the restore was itself undone. */
  undone: boolean;
}

export function rememberRestore(notice: RestoreNotice): void {
  sessionStorage.setItem(KEY, JSON.stringify(notice));
}

export function readRestore(): RestoreNotice | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as RestoreNotice) : null;
  } catch {
    return null;
  }
}

export function forgetRestore(): void {
  sessionStorage.removeItem(KEY);
}

/** Shows the restored data: the page starts again from the home screen. */
export function reloadAfterRestore(): void {
  window.location.hash = '#/';
  window.location.reload();
}
