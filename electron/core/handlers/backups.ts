import path from 'node:path';
import type { BackupEntry } from '../../../shared/schemas/backup';
import type { CoreContext, Platform } from '../context';
import type { BackupService } from '../backup/service';
import { listStoredBackups, toEntry } from '../backup/catalog';
import { backupErrors } from '../backup/messages';
import { AppError } from '../errors';
import { emptyBin, listBin, restoreFromBin } from '../services/bin';
import type { Handlers } from './index';

function serviceOf(ctx: CoreContext): BackupService {
  if (!ctx.backups) throw new AppError('INTERNAL', 'Chức năng sao lưu chưa sẵn sàng trong cửa sổ này. Hãy đóng và mở lại ứng dụng.');
  return ctx.backups;
}

function dialog<K extends 'chooseFolder' | 'chooseBackupFile' | 'chooseExportPath'>(ctx: CoreContext, name: K): NonNullable<Platform[K]> {
  const method = ctx.platform?.[name];
  if (!method) throw backupErrors.noPlatform();
  return method.bind(ctx.platform) as NonNullable<Platform[K]>;
}

function dataExportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `So tay Mat tran - toan bo du lieu ${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}

function entryOf(service: BackupService, id: string): BackupEntry {
  const stored = listStoredBackups(service.paths.backupRoot).find((b) => b.manifest.id === id);
  if (!stored) throw backupErrors.notFound();
  return toEntry(stored, 'local');
}

type BackupChannels = 'backups:list' | 'backups:status' | 'backups:create' | 'backups:restore' | 'backups:restoreFromFile'
  | 'backups:settings' | 'backups:saveSettings' | 'backups:chooseSecondPlace' | 'backups:clearSecondPlace'
  | 'backups:exportAll' | 'backups:importAll' | 'bin:list' | 'bin:restore' | 'bin:empty';

export const backupHandlers: Pick<Handlers, BackupChannels> = {
  'backups:list': (ctx) => serviceOf(ctx).list(),
  'backups:status': (ctx) => serviceOf(ctx).status(),
  'backups:create': async (ctx) => {
    const service = serviceOf(ctx);
    const created = await service.backupNow('thu-cong');
    return entryOf(service, created.id);
  },
  'backups:restore': (ctx, input) => serviceOf(ctx).restore({ id: input.id }),
  'backups:restoreFromFile': async (ctx) => {
    const service = serviceOf(ctx);
    const chosen = await dialog(ctx, 'chooseBackupFile')('Chọn bản sao lưu để khôi phục');
    return chosen ? service.restore({ file: chosen }) : null;
  },
  'backups:settings': (ctx) => serviceOf(ctx).settings(),
  'backups:saveSettings': (ctx, input) => serviceOf(ctx).updateSettings(input),
  'backups:chooseSecondPlace': async (ctx) => {
    const service = serviceOf(ctx);
    const chosen = await dialog(ctx, 'chooseFolder')('Chọn nơi lưu thứ hai (ổ USB, ổ đĩa khác, thư mục dùng chung)');
    if (!chosen) return null;
    const settings = service.setSecondPlace(chosen);
    await service.copyNewestToSecondPlace();
    return settings;
  },
  'backups:clearSecondPlace': (ctx) => serviceOf(ctx).setSecondPlace(null),
  'backups:exportAll': async (ctx) => {
    const service = serviceOf(ctx);
    const chosen = await dialog(ctx, 'chooseExportPath')(dataExportFileName(ctx.now()));
    if (!chosen) return { saved: false, path: null, bytes: 0 };
    const target = chosen.toLowerCase().endsWith('.zip') ? chosen : `${chosen}.zip`;
    const exported = await service.exportAll(path.resolve(target));
    return { saved: true, path: exported.path, bytes: exported.bytes };
  },
  'backups:importAll': async (ctx) => {
    const service = serviceOf(ctx);
    const chosen = await dialog(ctx, 'chooseBackupFile')('Chọn tệp dữ liệu đã xuất từ máy cũ (.zip)');
    return chosen ? service.importAll(chosen) : null;
  },

  'bin:list': (ctx) => listBin(ctx),
  'bin:restore': (ctx, input) => restoreFromBin(ctx, input.kind, input.id),
  'bin:empty': (ctx) => emptyBin(ctx),
};
