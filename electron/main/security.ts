import type { BrowserWindow, Session } from 'electron';

/**
 * Electron's security checklist, applied to the one window: no navigation away from the app,
 * no new windows, no permission (camera, notifications, geolocation…) ever granted.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function lockDownWindow(window: BrowserWindow, isAppUrl: (url: string) => boolean): void {
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
}
