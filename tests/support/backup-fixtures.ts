import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../electron/core/context';
import { attachBackupService } from '../../electron/core/backup/for-context';
import type { BackupService } from '../../electron/core/backup/service';
import type { RetentionPolicy } from '../../electron/core/backup/retention';
import { seedDemoData } from '../../electron/core/demo';
import { makeTempDir, openTestCore, type TestCore } from './core';
import { dumpUserTables, type TableDump } from './db-dump';

/** Answers the dialogs with what the test put in it. */
export class PickingPlatform implements Platform {
  files: string[] = [];
  folder: string | null = null;
  backupFile: string | null = null;
  exportPath: string | null = null;
  async chooseSavePath(): Promise<string | null> {
    return null;
  }
  showInFolder(): void {}
  async chooseOpenFiles(): Promise<string[]> {
    return this.files;
  }
  async openFile(): Promise<void> {}
  async chooseFolder(): Promise<string | null> {
    return this.folder;
  }
  async chooseBackupFile(): Promise<string | null> {
    return this.backupFile;
  }
  async chooseExportPath(): Promise<string | null> {
    return this.exportPath;
  }
}

export interface BackupCore extends TestCore {
  backups: BackupService;
  platform: PickingPlatform;
  dump(): TableDump;
  /** The app's folder of attachments, as files and their bytes. */
  attachmentFiles(): Record<string, string>;
  closeAll(): void;
}

/** A real database with the demo data and two attached files, and its backup service. */
export async function openBackupCore(options: { file?: string; now?: Date; policy?: Partial<RetentionPolicy>; demo?: boolean } = {}): Promise<BackupCore> {
  const core = openTestCore({ ...(options.file ? { file: options.file } : {}), ...(options.now ? { now: options.now } : {}) });
  const platform = new PickingPlatform();
  core.ctx.platform = platform;
  const backups = attachBackupService(core.ctx, options.policy ? { policy: options.policy } : {});
  if (options.demo !== false) {
    seedDemoData(core.ctx);
    const directiveId = (core.must('directives:list', {}) as { items: Array<{ id: number }> }).items[0]!.id;
    const sources = makeTempDir('mttq-nguon-');
    fs.writeFileSync(path.join(sources, 'Nghị quyết 56.pdf'), `%PDF-1.4 nghị quyết ${'x'.repeat(5000)}`);
    fs.writeFileSync(path.join(sources, 'Ảnh hội nghị.png'), Buffer.alloc(20_000, 7));
    platform.files = [path.join(sources, 'Nghị quyết 56.pdf'), path.join(sources, 'Ảnh hội nghị.png')];
    const added = await core.callAsync('attachments:add', { directiveId });
    if (!added.ok) throw new Error(added.error.message);
    platform.files = [];
  }
  return {
    ...core,
    backups,
    platform,
    dump: () => dumpUserTables(core.ctx.db),
    attachmentFiles: () => listFiles(path.join(core.dir, 'tep-dinh-kem')),
    closeAll() {
      if (core.ctx.db.open) core.ctx.db.close();
      core.close();
    },
  };
}

export function listFiles(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else found[path.relative(root, full)] = fs.readFileSync(full).toString('base64');
    }
  };
  walk(root);
  return found;
}

/**
 * A real small file system (tmpfs) mounted for the test, so a full or read-only disk is the real
 * thing. Needs root (the build machines and CI run as root); returns null where mounting is refused.
 */
export function mountTmpfs(sizeBytes: number, readOnly = false): { dir: string; unmount(): void } | null {
  const dir = makeTempDir('mttq-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}${readOnly ? ',ro' : ''}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    unmount() {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
