/**
 * The electron-builder configuration (package.json "build"), checked with electron-builder's own
 * schema validation and its own file matchers, so that what the Windows installer would pack is
 * known without building it (building needs Electron's downloads, which this machine cannot reach).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const projectDir = path.resolve('.');

interface NsisConfig {
  oneClick: boolean;
  perMachine: boolean;
  allowToChangeInstallationDirectory: boolean;
  shortcutName: string;
  createDesktopShortcut: boolean;
  createStartMenuShortcut: boolean;
  deleteAppDataOnUninstall: boolean;
  installerIcon: string;
  uninstallerIcon: string;
}
interface BuildConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  directories: { output: string; buildResources: string };
  win: { target: { target: string; arch: string[] }[]; icon: string };
  nsis: NsisConfig;
}
interface PackageJson {
  name: string;
  productName: string;
  version: string;
  main: string;
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  build: BuildConfig;
}

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as PackageJson;
const config = pkg.build;

type Filter = (file: string, stat: fs.Stats) => boolean;
interface Matcher {
  createFilter(): Filter;
}
const fileMatcher = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    packager: object,
    outDir: string,
    isElectronCompile: boolean,
  ): Matcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformOptions: object,
    packager: object,
  ): Matcher;
  getFileMatchers(config: object, name: 'asarUnpack', destination: string, options: object): Matcher[] | null;
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: object, debugLogger: object): Promise<void>;
};

const debugLogger = { isEnabled: false, add() {} };
const expand = (pattern: string) => pattern.replace(/\$\{arch\}/g, 'x64').replace(/\$\{os\}/g, 'win');
const packagerStub = {
  info: { projectDir, buildResourcesDir: config.directories.buildResources, isPrepackedAppAsar: false, config, debugLogger },
  config,
  debugLogger,
};
const outDir = path.join(projectDir, config.directories.output);

/** Every file under `dir` (relative, with /), skipping what is never part of a checkout. */
function walk(dir: string, skip: (relative: string) => boolean, base = dir): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(base, full).split(path.sep).join('/');
    if (skip(relative)) continue;
    if (entry.isDirectory()) files.push(...walk(full, skip, base));
    else files.push(relative);
  }
  return files;
}

function selectedAppFiles(): string[] {
  const [matcher] = fileMatcher.getMainFileMatchers(projectDir, '/app', expand, config.win, packagerStub, outDir, false);
  const filter = matcher!.createFilter();
  const skip = (relative: string) => ['.git', 'node_modules', 'dist'].includes(relative.split('/')[0]!);
  // A directory that the filter refuses is not entered, as in electron-builder's copier.
  const all = walk(projectDir, (relative) => {
    if (skip(relative)) return true;
    const stat = fs.statSync(path.join(projectDir, relative));
    return stat.isDirectory() && !filter(path.join(projectDir, relative), stat);
  });
  return all.filter((relative) => filter(path.join(projectDir, relative), fs.statSync(path.join(projectDir, relative))));
}

function selectedModuleFiles(moduleName: string): string[] {
  const matcher = fileMatcher.getNodeModuleFileMatcher(projectDir, '/app', expand, config.win, packagerStub);
  const filter = matcher.createFilter();
  const moduleDir = path.join(projectDir, 'node_modules', moduleName);
  return walk(moduleDir, () => false)
    .map((relative) => `node_modules/${moduleName}/${relative}`)
    .filter((relative) => filter(path.join(projectDir, relative), fs.statSync(path.join(projectDir, relative))));
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, debugLogger)).resolves.toBeUndefined();
    // …and the validation is real: a misspelt option is refused.
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, shortcutNam: 'x' } }, debugLogger)).rejects.toThrow();
  });

  it('is consistent with package.json and builds a Windows NSIS installer with the app icon', () => {
    expect(config.productName).toBe(pkg.productName);
    expect(config.productName).toBe('Sổ tay Mặt trận');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    for (const icon of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon]) {
      const bytes = fs.readFileSync(icon);
      expect(bytes.readUInt16LE(2), `${icon} is an .ico file`).toBe(1);
      expect(bytes.readUInt16LE(4)).toBeGreaterThanOrEqual(4);
    }
    // The main entry electron-builder starts is the one electron-vite builds.
    expect(pkg.main).toBe('out/main/index.js');
    // Prebuilt Node-API binaries: nothing to rebuild for Electron.
    expect(config.npmRebuild).toBe(false);
  });

  it('installs per user, lets the user choose the folder, names the shortcuts, and keeps the data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      shortcutName: 'Sổ tay Mặt trận',
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('packs the built app and package.json, never tests, sources, source maps, screenshots or the handbook', () => {
    const files = selectedAppFiles();
    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']));
    for (const file of files) {
      expect(file, `${file} would be in the installer`).toMatch(/^(out\/|package\.json$)/);
      expect(file).not.toMatch(/\.map$/);
    }
    // The build output has maps only if electron-vite was asked for them; if it made any, they stay out.
    const outMaps = walk(path.join(projectDir, 'out'), () => false).filter((file) => file.endsWith('.map'));
    for (const map of outMaps) expect(files).not.toContain(`out/${map}`);
    expect(files.some((file) => /^(tests|electron|renderer|shared|resources)\//.test(file))).toBe(false);
    expect(files.some((file) => /README|\.md$|samples|articles/.test(file))).toBe(false);
  });

  it("packs better-sqlite3's Windows binary (unpacked from the asar) and none of its sources or other platforms", () => {
    const files = selectedModuleFiles('better-sqlite3');
    expect(files).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3/package.json',
        'node_modules/better-sqlite3/lib/index.js',
        'node_modules/better-sqlite3/prebuilds/win32-x64.node',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.node'))).toEqual(['node_modules/better-sqlite3/prebuilds/win32-x64.node']);
    expect(files.some((file) => /\/(deps|src)\//.test(file))).toBe(false);

    const unpack = fileMatcher.getFileMatchers(config, 'asarUnpack', '/app', {
      macroExpander: expand,
      customBuildOptions: config.win,
      globalOutDir: outDir,
      defaultSrc: projectDir,
    });
    const unpackFilter = unpack![0]!.createFilter();
    const binary = path.join(projectDir, 'node_modules/better-sqlite3/prebuilds/win32-x64.node');
    expect(unpackFilter(binary, fs.statSync(binary))).toBe(true);
  });

  it('lists as dependencies exactly what the built main process imports at run time (the rest is bundled)', () => {
    const main = fs.readFileSync('out/main/index.js', 'utf8');
    const imported = new Set(
      [...main.matchAll(/^import\s[^'"]*?from\s+"([^"./][^"]*)";?$/gm), ...main.matchAll(/^import\s+"([^"./][^"]*)";?$/gm)]
        .map((match) => match[1]!)
        .filter((name) => !name.startsWith('node:') && name !== 'electron')
        .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)),
    );
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(pkg.dependencies), `${name} is imported by out/main`).toContain(name);
    // Electron and the renderer's libraries must not be shipped twice as dependencies.
    expect(pkg.dependencies.electron).toBeUndefined();
    expect(pkg.devDependencies.electron).toBeDefined();
  });
});
