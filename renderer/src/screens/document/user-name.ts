/**
 * The app has no accounts: finalising, unlocking and issuing ask who is doing it.
 * The last name typed is remembered on this PC so the secretary types it once.
 */
const KEY = 'so-tay-mat-tran.nguoi-thuc-hien';

export function rememberedUserName(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberUserName(name: string): void {
  try {
    window.localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage can be unavailable; the name is then simply asked again next time.
  }
}
