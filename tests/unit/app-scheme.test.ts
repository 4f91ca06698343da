import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, resolveAppFile } from '../../electron/main/app-scheme';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

const root = path.resolve('/opt/so-tay/resources/app.asar/out/renderer');

describe('resolveAppFile (app://bundle/…)', () => {
  it('serves the entry page and the built assets with their types', () => {
    expect(resolveAppFile(root, APP_ENTRY_URL)).toEqual({
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://bundle/')?.filePath).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle/assets/index-abc.js')).toEqual({
      filePath: path.join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://bundle/assets/a.css?v=1#x')?.mimeType).toBe('text/css; charset=utf-8');
    expect(resolveAppFile(root, 'app://bundle/assets/Tiếng%20Việt.woff2')?.filePath).toBe(
      path.join(root, 'assets', 'Tiếng Việt.woff2'),
    );
  });

  it.each([
    ['a climb out of the folder', 'app://bundle/../../../etc/passwd'],
    ['an encoded slash climb', 'app://bundle/assets%2f..%2f..%2f..%2fsecret.js'],
    ['a backslash climb (Windows)', 'app://bundle/..%5c..%5csecret.js'],
    ['a NUL byte', 'app://bundle/index.html%00.js'],
    ['broken percent-encoding', 'app://bundle/%E0%A4%A.js'],
    ['another host', 'app://other/index.html'],
    ['no host', 'app:///index.html'],
    ['another scheme', 'file:///opt/so-tay/resources/app.asar/out/renderer/index.html'],
    ['a web page', 'https://bundle/index.html'],
    ['a type the app does not ship', 'app://bundle/du-lieu.sqlite3'],
    ['no extension', 'app://bundle/assets'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('folds an encoded climb the way the URL parser does, staying inside the folder', () => {
    expect(resolveAppFile(root, 'app://bundle/%2e%2e/%2e%2e/khac.html')?.filePath).toBe(path.join(root, 'khac.html'));
  });

  it('never resolves outside the folder whatever the path (a sweep of tricky segments)', () => {
    const segments = ['..', '.', '%2e%2e', '%2E%2E', '.%2e', 'assets', '%2f', '..%2f', 'a', ''];
    for (const a of segments) {
      for (const b of segments) {
        for (const c of segments) {
          const resolved = resolveAppFile(root, `app://bundle/${a}/${b}/${c}/x.js`);
          if (resolved) expect(resolved.filePath.startsWith(root + path.sep)).toBe(true);
        }
      }
    }
  });
});

describe('Content-Security-Policy', () => {
  it('is the same text in renderer/index.html and in what the app:// handler sends', () => {
    const html = fs.readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no remote source', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
