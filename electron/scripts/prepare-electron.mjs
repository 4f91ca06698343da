#!/usr/bin/env node
/**
 * Makes `npm run dev` work straight after `npm install`, whatever ran first.
 *
 * better-sqlite3 is a native module. `npm install` compiles it for Node (used by `npm test`);
 * Electron needs its own build, against Electron's headers. Rebuilding in place would break the
 * tests, so the Electron build is kept beside it in native/electron/ and the main process loads
 * it through better-sqlite3's `nativeBinding` option. Electron's own binary is fetched lazily by
 * the `electron` package the first time it is needed; we ask for it here so that any failure is
 * explained before electron-vite starts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronVersion = require('electron/package.json').version;
const sqlitePackageDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const targetDir = path.join(root, 'native', 'electron');
const target = path.join(targetDir, 'better_sqlite3.node');
const stampFile = path.join(targetDir, 'build-stamp.json');
const wantedStamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

function fail(message) {
  console.error(`\n[chuẩn bị Electron] ${message}\n`);
  process.exit(1);
}

function ensureElectronBinary() {
  try {
    // Requiring the package downloads the binary on first use and returns its path.
    const binary = require('electron');
    if (!fs.existsSync(binary)) throw new Error(`missing ${binary}`);
  } catch (error) {
    fail(
      `Could not obtain the Electron ${electronVersion} binary (${error instanceof Error ? error.message : error}). ` +
        'It is downloaded on first use; this needs internet access. `npm test` does not need it.',
    );
  }
}

function ensureElectronBuildOfSqlite() {
  if (fs.existsSync(target) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === wantedStamp) return;
  console.log(`[chuẩn bị Electron] Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (about a minute, once)…`);
  const workDir = path.join(root, '.cache', 'better-sqlite3-electron');
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  fs.cpSync(sqlitePackageDir, workDir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}build${path.sep}`) && !source.endsWith(`${path.sep}build`),
  });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  // A user-level `nodedir` (pointing at Node's headers) would make node-gyp build for Node, not Electron.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    { cwd: workDir, stdio: 'inherit', env },
  );
  const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !fs.existsSync(built)) {
    fail('Could not build better-sqlite3 for Electron (Electron headers are downloaded from the internet). `npm test` does not need this build.');
  }
  fs.mkdirSync(targetDir, { recursive: true });
  fs.copyFileSync(built, target);
  fs.writeFileSync(stampFile, wantedStamp);
  fs.rmSync(workDir, { recursive: true, force: true });
}

ensureElectronBinary();
ensureElectronBuildOfSqlite();
