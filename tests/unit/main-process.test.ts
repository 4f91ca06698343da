/**
 * Executes the BUILT main process (out/main/index.js, as the installer ships it) in plain Node, with
 * `electron` replaced by a recording stand-in (tests/support/fake-electron/), on a temporary
 * user-data folder. `npm test` builds before running vitest.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { listStoredBackups } from '../../electron/core/backup/catalog';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { foldForSearch } from '../../shared/text';
import { openDatabase } from '../../electron/core/db/open';
import { CHANNELS } from '../../shared/ipc/contract';
import { makeTempDir } from '../support/core';
import { damageTablePage } from '../support/damage';

interface MenuItem {
  label: string | null;
  role: string | null;
  type: string | null;
  submenu: MenuItem[] | null;
}

interface Report {
  switches: [string, string | null][];
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: string[];
  permissionHandlers: { kind: string; grantsMedia?: boolean; grantsNotifications?: boolean }[];
  ipcChannels: string[];
  windows: {
    options: { name?: string; windowStatePersistence?: boolean; webPreferences: Record<string, unknown> };
    loadedUrl: string | null;
    windowOpen: string | null;
    webContentsEvents: string[];
  }[];
  menu: MenuItem[] | null;
  errorBoxes: { title: string; content: string }[];
  messageBoxes: { title: string | null; message: string; detail: string | null }[];
  quitCalls: number;
  protocolResponses: { url: string; status: number; contentType: string | null; csp: string | null; bodyStart: string }[];
  ipcCalls: { from: string; result: { ok: boolean; data?: { schemaVersion: number; version: string }; error?: { code: string } } }[];
  exerciseError?: string;
}

// Each test starts real Node processes; on a busy 2-core machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const MAIN = path.resolve('out/main/index.js');
const REGISTER = path.resolve('tests/support/fake-electron/register.mjs');
const DATABASE = (userData: string) => path.join(userData, 'du-lieu', 'so-tay-mat-tran.sqlite3');
const packageVersion = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;
const latestSchema = Math.max(...MIGRATIONS.map((m) => m.version));

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error('out/main/index.js is missing: run `npm run build` first (npm test does).');
});

function startApp(userData: string, env: Record<string, string> = {}): Report {
  const reportFile = path.join(userData, '..', `${path.basename(userData)}-report.json`);
  const run = spawnSync(process.execPath, ['--import', REGISTER, MAIN], {
    env: { ...process.env, FAKE_ELECTRON_USER_DATA: userData, FAKE_ELECTRON_REPORT: reportFile, ELECTRON_RENDERER_URL: '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`main process exited with ${run.status}: ${run.stderr}`);
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
  if (report.exerciseError) throw new Error(report.exerciseError);
  return report;
}

function newUserData(): string {
  const dir = makeTempDir('mttq-main-');
  dirs.push(dir);
  const userData = path.join(dir, 'Sổ tay Mặt trận');
  fs.mkdirSync(userData);
  return userData;
}

/**
 * A user-data folder the app has started on, with one organisation added and a backup of that
 * state made by the same engine as the app's (the command line's).
 */
function startedWithBackup(organisationName: string): string {
  const userData = newUserData();
  startApp(userData);
  const db = new Database(DATABASE(userData));
  db.prepare("INSERT INTO organisations (name, kind, search_text, created_at, updated_at) VALUES (?, 'thanh_vien', ?, '2026-01-01', '2026-01-01')").run(
    organisationName,
    foldForSearch(organisationName),
  );
  db.close();
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'backup', '--db', DATABASE(userData), '--out', path.join(userData, 'du-lieu', 'sao-luu')], {
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  return userData;
}

const labels = (items: MenuItem[]): string[] =>
  items.flatMap((item) => [...(item.label ? [item.label] : []), ...labels(item.submenu ?? [])]);

describe('the built main process, started on an empty user-data folder', () => {
  // One start serves the checks of this block: each start is a real Node process.
  let userData = '';
  let fresh: Report;
  beforeAll(() => {
    userData = path.join(makeTempDir('mttq-main-fresh-'), 'Sổ tay Mặt trận');
    fs.mkdirSync(userData);
    fresh = startApp(userData);
  });
  afterAll(() => fs.rmSync(path.dirname(userData), { recursive: true, force: true }));

  it('opens its database, registers every contract channel once, and answers its own page only', () => {
    const report = fresh;

    expect(report.errorBoxes).toEqual([]);
    expect(report.quitCalls).toBe(0);
    expect(fs.existsSync(DATABASE(userData))).toBe(true);
    expect([...report.ipcChannels].sort()).toEqual([...CHANNELS].sort());
    expect(new Set(report.ipcChannels).size).toBe(report.ipcChannels.length);

    // The app answers a call from its own page, with the schema this build migrates to.
    const own = report.ipcCalls[0]!;
    expect(own.from).toBe('app://bundle/index.html');
    expect(own.result).toEqual({
      ok: true,
      data: { version: packageVersion, databasePath: DATABASE(userData), schemaVersion: latestSchema },
    });
    expect(report.ipcCalls[1]!.result.error?.code).toBe('UNKNOWN_CHANNEL');

    const db = new Database(DATABASE(userData), { readonly: true });
    try {
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      db.close();
    }
  });

  it('creates one locked-down window that Electron remembers, loading app://bundle/index.html', () => {
    const report = fresh;
    expect(report.windows).toHaveLength(1);
    const window = report.windows[0]!;
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(window.options.name).toBeTruthy();
    expect(window.options.windowStatePersistence).toBe(true);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(window.options.webPreferences.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    expect(fs.existsSync(String(window.options.webPreferences.preload))).toBe(true);
    expect(window.windowOpen).toBe('deny');
    expect(window.webContentsEvents).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(report.permissionHandlers).toEqual([
      { kind: 'request', grantsMedia: false },
      { kind: 'check', grantsNotifications: false },
    ]);
  });

  it('registers app:// as a standard secure scheme and serves only the built renderer, with the CSP', () => {
    const report = fresh;
    expect(report.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(report.protocolHandlers).toEqual(['app']);
    const [page, climb, missing] = report.protocolResponses;
    expect(page).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(page!.csp).toContain("default-src 'self'");
    expect(page!.bodyStart).toContain('<html lang="vi">');
    expect(climb!.status).toBe(404);
    expect(missing!.status).toBe(404);
  });

  it('has a Vietnamese menu whose "Giới thiệu" names the app version and the schema version', () => {
    const report = fresh;
    const all = labels(report.menu ?? []);
    expect(all).toEqual(expect.arrayContaining(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp', 'Giới thiệu', 'Thoát']));
    for (const label of all) expect(label).not.toMatch(/^(File|Edit|View|Help|About|Quit)$/);
    expect(report.messageBoxes).toHaveLength(1);
    const about = report.messageBoxes[0]!;
    expect(about.title).toBe('Giới thiệu');
    expect(about.message).toContain(`phiên bản ${packageVersion}`);
    expect(about.detail).toContain(`Phiên bản cấu trúc dữ liệu: ${latestSchema}`);
    expect(report.switches).toContainEqual(['lang', 'vi']);
  });

  it('opens the same database again on the next start', () => {
    const second = startApp(userData);
    expect(second.errorBoxes).toEqual([]);
    expect(second.ipcCalls[0]!.result.ok).toBe(true);
  });
});

describe('the built main process, first started after an update', () => {
  it('backs the older database up into du-lieu/sao-luu, then migrates it, keeping its records', () => {
    const userData = newUserData();
    const older = MIGRATIONS.slice(0, 2);
    const previous = openDatabase(DATABASE(userData), { migrations: older });
    previous.db
      .prepare(
        "INSERT INTO organisations (name, kind, search_text, created_at, updated_at) VALUES ('Hội Cựu chiến binh', 'thanh_vien', 'hoi cuu chien binh', '2025-12-01', '2025-12-01')",
      )
      .run();
    previous.db.close();

    const report = startApp(userData);

    expect(report.errorBoxes).toEqual([]);
    expect(report.ipcCalls[0]!.result.data?.schemaVersion).toBe(latestSchema);
    const backups = listStoredBackups(path.join(userData, 'du-lieu', 'sao-luu'));
    expect(backups).toHaveLength(1);
    expect(backups[0]!.manifest.kind).toBe('truoc-nang-cap');
    const copy = new Database(backups[0]!.snapshot, { readonly: true });
    try {
      expect(copy.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(older.at(-1)!.version);
      expect(copy.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Hội Cựu chiến binh']);
    } finally {
      copy.close();
    }
    const db = new Database(DATABASE(userData), { readonly: true });
    try {
      expect(db.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Hội Cựu chiến binh']);
    } finally {
      db.close();
    }
  });
});

describe('the built main process, when the database cannot be opened', () => {
  it('shows the Vietnamese dialog and quits for a damaged file, leaving the file byte for byte', () => {
    const userData = newUserData();
    fs.mkdirSync(path.dirname(DATABASE(userData)), { recursive: true });
    const garbage = Buffer.from('Đây không phải tệp SQLite — chỉ là văn bản bị đổi đuôi.'.repeat(200));
    fs.writeFileSync(DATABASE(userData), garbage);

    const report = startApp(userData);

    expect(report.errorBoxes).toHaveLength(1);
    expect(report.errorBoxes[0]!.title).toBe('Không mở được dữ liệu của ứng dụng');
    expect(report.errorBoxes[0]!.content).toMatch(/bị hỏng hoặc không phải tệp dữ liệu/);
    expect(report.quitCalls).toBe(1);
    expect(report.windows).toEqual([]);
    expect(report.ipcChannels).toEqual([]);
    expect(fs.readFileSync(DATABASE(userData)).equals(garbage)).toBe(true);
  });

  // Two starts of the built app and a command-line backup in between: three processes, which take
  // longer than vitest's default 5 s on a loaded 2-core machine.
  it('offers the newest good backup for a damaged file; accepted, it keeps the damaged file renamed and opens the backup', { timeout: 60_000 }, () => {
    const userData = startedWithBackup('Hội Nông dân');
    const garbage = Buffer.from('Tệp đã hỏng sau khi mất điện. '.repeat(400));
    fs.writeFileSync(DATABASE(userData), garbage);
    fs.rmSync(`${DATABASE(userData)}-wal`, { force: true });
    fs.rmSync(`${DATABASE(userData)}-shm`, { force: true });

    const report = startApp(userData);

    expect(report.errorBoxes).toEqual([]);
    expect(report.messageBoxes[0]!.title).toBe('Tệp dữ liệu bị hỏng');
    expect(report.messageBoxes[0]!.detail).toMatch(/Bản sao lưu tốt gần nhất được tạo lúc \d\d:\d\d ngày/);
    expect(report.windows).toHaveLength(1);
    const kept = fs.readdirSync(path.dirname(DATABASE(userData))).filter((name) => name.includes('.hong-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(DATABASE(userData)), kept[0]!)).equals(garbage)).toBe(true);
    const restored = new Database(DATABASE(userData), { readonly: true });
    try {
      expect(restored.prepare('SELECT name FROM organisations').pluck().all()).toContain('Hội Nông dân');
    } finally {
      restored.close();
    }
  });

  it('a data file of 0 bytes with no backup: asks before starting afresh, keeps the empty file renamed', () => {
    const userData = newUserData();
    fs.mkdirSync(path.dirname(DATABASE(userData)), { recursive: true });
    fs.writeFileSync(DATABASE(userData), '');

    const report = startApp(userData);

    expect(report.errorBoxes).toEqual([]);
    expect(report.messageBoxes[0]!.title).toBe('Tệp dữ liệu bị trống');
    expect(report.messageBoxes[0]!.message).toMatch(/chưa có bản sao lưu/);
    // The stand-in answers the first button, "Bắt đầu với dữ liệu mới".
    expect(report.windows).toHaveLength(1);
    const kept = fs.readdirSync(path.dirname(DATABASE(userData))).filter((name) => name.includes('.hong-'));
    expect(kept).toHaveLength(1);
    expect(fs.statSync(path.join(path.dirname(DATABASE(userData)), kept[0]!)).size).toBe(0);
    expect(fs.statSync(DATABASE(userData)).size).toBeGreaterThan(0);
  });

  it('a data file of 0 bytes with a good backup: offers that backup, not an empty database', { timeout: 60_000 }, () => {
    const userData = startedWithBackup('Hội Cựu chiến binh');
    fs.writeFileSync(DATABASE(userData), '');
    fs.rmSync(`${DATABASE(userData)}-wal`, { force: true });
    fs.rmSync(`${DATABASE(userData)}-shm`, { force: true });

    const report = startApp(userData);

    expect(report.messageBoxes[0]!.title).toBe('Tệp dữ liệu bị trống');
    expect(report.messageBoxes[0]!.detail).toMatch(/Bản sao lưu tốt gần nhất được tạo lúc/);
    expect(report.windows).toHaveLength(1);
    const restored = new Database(DATABASE(userData), { readonly: true });
    try {
      expect(restored.prepare('SELECT name FROM organisations').pluck().all()).toContain('Hội Cựu chiến binh');
    } finally {
      restored.close();
    }
  });

  it('a file damaged inside a data page opens, then the check of every page names it and offers the good backup', { timeout: 60_000 }, () => {
    const userData = startedWithBackup('Hội Liên hiệp Phụ nữ');
    damageTablePage(DATABASE(userData), 'organisations');
    const damagedBytes = fs.readFileSync(DATABASE(userData));

    // Long enough for the check (a worker reading the file) to finish after the window opened.
    const report = startApp(userData, { FAKE_ELECTRON_SETTLE_MS: '8000' });

    expect(report.errorBoxes).toEqual([]);
    // The window opened on the damaged file first: opening alone cannot see the damage.
    expect(report.windows).toHaveLength(1);
    // (The stand-in then opens "Giới thiệu" from the menu, as in every start.)
    expect(report.messageBoxes.map((box) => box.title).slice(0, 2)).toEqual(['Tệp dữ liệu bị hỏng', 'Đã mở bản sao lưu']);
    expect(report.messageBoxes[0]!.detail).toMatch(/Bản sao lưu tốt gần nhất được tạo lúc \d\d:\d\d ngày/);
    expect((report.windows[0] as { reloads?: number }).reloads).toBe(1);
    const kept = fs.readdirSync(path.dirname(DATABASE(userData))).filter((name) => /\.hong-.*\.sqlite3$/.test(name));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(DATABASE(userData)), kept[0]!)).equals(damagedBytes)).toBe(true);
    const restored = new Database(DATABASE(userData), { readonly: true });
    try {
      expect(restored.pragma('quick_check', { simple: true })).toBe('ok');
      expect(restored.prepare('SELECT name FROM organisations').pluck().all()).toContain('Hội Liên hiệp Phụ nữ');
    } finally {
      restored.close();
    }
  });

  it('refuses a database written by a newer version of the app (a downgrade) and leaves it as it was', () => {
    const userData = newUserData();
    startApp(userData);
    const db = new Database(DATABASE(userData));
    db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, 'tuong-lai', 'x', '2027-01-01')").run(
      latestSchema + 50,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = fs.readFileSync(DATABASE(userData));

    const report = startApp(userData);

    expect(report.errorBoxes).toHaveLength(1);
    expect(report.errorBoxes[0]!.content).toMatch(/phiên bản mới hơn/);
    expect(report.quitCalls).toBe(1);
    expect(report.windows).toEqual([]);
    expect(fs.readFileSync(DATABASE(userData)).equals(before)).toBe(true);
  });
});
