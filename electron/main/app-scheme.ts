import path from 'node:path';

/**
 * The packaged app serves its pages from its own privileged scheme, `app://bundle/…`, instead of
 * `file://`: under `file://` the page's CSP `'self'` would match any file on the disk, and a page
 * could fetch the user's documents. Only files inside the built renderer folder are ever served.
 * Plain Node (no Electron import), so the resolution rules are tested without Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface AppFile {
  filePath: string;
  mimeType: string;
}

/**
 * The file under `rootDir` that an `app://bundle/…` URL names, or null when the URL is not ours,
 * leaves the folder (`..`, encoded or not, absolute paths, another drive) or names a type we do
 * not serve. `/` is the entry page.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): AppFile | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${relative}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return null;
  const mimeType = MIME_TYPES[path.extname(filePath).toLowerCase()];
  if (!mimeType) return null;
  return { filePath, mimeType };
}
