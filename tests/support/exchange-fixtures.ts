import fs from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../electron/core/context';
import type { ImportResult, PackageWritten } from '../../shared/schemas/exchange';
import { openTestCore, type TestCore } from './core';

/** Stands in for the system dialogs of one committee's PC: the test says where files go and which is opened. */
export class ExchangePlatform implements Platform {
  savePath: string | null = null;
  openPath: string | null = null;
  readonly offered: string[] = [];
  async chooseSavePath(defaultFileName: string): Promise<string | null> {
    this.offered.push(defaultFileName);
    return this.savePath;
  }
  showInFolder(): void {}
  async chooseOpenFiles(): Promise<string[]> {
    return [];
  }
  async chooseOpenPackage(): Promise<string | null> {
    return this.openPath;
  }
  async openFile(): Promise<void> {}
}

export interface Side {
  core: TestCore;
  platform: ExchangePlatform;
  code: string;
  name: string;
}

function side(core: TestCore, code: string, name: string): Side {
  const platform = new ExchangePlatform();
  core.ctx.platform = platform;
  return { core, platform, code, name };
}

export const PROVINCE = { code: 'MTTQ-HP', name: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng' };

export function openProvince(now: Date): Side {
  const core = openTestCore({ now });
  core.must('profile:save', {
    committeeName: PROVINCE.name,
    placeName: 'Hải Phòng',
    level: 'tinh',
    abbreviation: 'MTTQ-BTT',
    committeeCode: PROVINCE.code,
  });
  return side(core, PROVINCE.code, PROVINCE.name);
}

export function openCommune(now: Date, code: string, place: string): Side {
  const core = openTestCore({ now });
  const name = `Ủy ban MTTQ Việt Nam ${place}`;
  core.must('profile:save', { committeeName: name, placeName: place.replace(/^(phường|xã) /, ''), level: 'xa', abbreviation: 'MTTQ-BTT', committeeCode: code });
  core.must('organisations:save', { name, kind: 'mat_tran' });
  core.must('organisations:save', { name: `Hội Nông dân ${place}`, kind: 'to_chuc_thanh_vien', abbreviation: 'HND' });
  return side(core, code, name);
}

/** "Gửi cấp dưới" through the channel, saving to `file`. */
export async function sendDown(province: Side, directiveId: number, committeeIds: number[], file: string): Promise<PackageWritten> {
  province.platform.savePath = file;
  const result = await province.core.callAsync('exchange:exportDown', { directiveId, committeeIds });
  if (!result.ok) throw new Error(`exportDown: ${result.error.message}`);
  return result.data;
}

/** "Báo cáo lên cấp trên" through the channel. */
export async function reportUp(commune: Side, file: string, documentIds: number[] = []): Promise<PackageWritten> {
  commune.platform.savePath = file;
  const result = await commune.core.callAsync('exchange:reportUp', { documentIds });
  if (!result.ok) throw new Error(`reportUp: ${result.error.message}`);
  return result.data;
}

/** "Nhận gói" then "Nhập" through the channels, as the screen does. */
export async function receive(target: Side, file: string): Promise<ImportResult> {
  target.platform.openPath = file;
  const opened = await target.core.callAsync('exchange:openPackage', undefined);
  if (!opened.ok) throw Object.assign(new Error(opened.error.message), { code: opened.error.code });
  const result = await target.core.callAsync('exchange:import', { token: opened.data.token! });
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.data;
}

/** Every file under a folder with its size, to show that a refused import wrote nothing anywhere. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/-(wal|shm)$/.test(entry.name)) out.push(`${path.relative(dir, full)} ${fs.statSync(full).size}`);
    }
  };
  walk(dir);
  return out.sort();
}
