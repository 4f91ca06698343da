import { z } from 'zod';

/** Why a backup was made. Manual and pre-restore backups are never rotated out by automatic ones. */
export const BACKUP_KINDS = ['tu-dong', 'thu-cong', 'khi-thoat', 'truoc-nang-cap', 'truoc-khoi-phuc', 'truoc-nhap', 'truoc-xoa'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  'tu-dong': 'Tự động',
  'thu-cong': 'Do bạn tạo',
  'khi-thoat': 'Khi thoát ứng dụng',
  'truoc-nang-cap': 'Trước khi nâng cấp',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
  'truoc-nhap': 'Trước khi nhập dữ liệu',
  'truoc-xoa': 'Trước khi xóa hẳn',
};

export const PROTECTED_KINDS: readonly BackupKind[] = ['thu-cong', 'truoc-khoi-phuc'];

/** What a backup holds, in the words a user counts ("1.234 hội nghị, 560 văn bản, …"). */
export interface BackupSummary {
  meetings?: number;
  documents?: number;
  directives?: number;
  tasks?: number;
  people?: number;
}

export interface BackupEntry {
  id: string;
  kind: BackupKind;
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  /** The database snapshot plus the attachments it names (shared ones counted once per backup). */
  bytes: number;
  summary: BackupSummary;
  attachments: number;
  /** Where it is: on this PC, or in the second place the user chose. */
  location: 'local' | 'second';
  /** The snapshot file, for the command line and "Mở thư mục". */
  path: string;
}

export interface BackupSettings {
  /** A folder outside the PC's data folder (USB drive, another disk, a shared folder), or null. */
  secondPlace: string | null;
  /** The home screen warns when the last copy outside the PC is older than this. */
  warnAfterDays: number;
  /** Size cap for the automatic backups on this PC (manual and pre-restore ones are not counted out). */
  maxMegabytes: number;
}

export interface BackupStatus {
  lastBackupAt: string | null;
  lastSecondPlaceAt: string | null;
  secondPlace: string | null;
  /** null when there is nothing to warn about; otherwise a Vietnamese sentence for the home screen. */
  warning: string | null;
  /** The last automatic backup that failed, explained. */
  lastError: string | null;
  running: boolean;
}

export interface RestoreOutcome {
  restoredFrom: string;
  createdAt: string | null;
  summary: BackupSummary;
  /** sha256 of the database file that was put in place. */
  sha256: string;
  /** The copy of the state before the restore: restoring it undoes the restore. */
  undoBackupId: string;
}

export const backupIdInput = z.object({
  id: z.string({ error: 'Chưa chọn bản sao lưu.' }).regex(/^[0-9A-Za-z-]{10,80}$/, { error: 'Bản sao lưu không hợp lệ.' }),
});

export const backupSettingsInput = z.object({
  warnAfterDays: z
    .number({ error: 'Số ngày phải là một số.' })
    .int({ error: 'Số ngày phải là số nguyên.' })
    .min(1, { error: 'Số ngày cảnh báo phải từ 1 đến 365.' })
    .max(365, { error: 'Số ngày cảnh báo phải từ 1 đến 365.' }),
  maxMegabytes: z
    .number({ error: 'Dung lượng phải là một số.' })
    .int({ error: 'Dung lượng phải là số nguyên.' })
    .min(100, { error: 'Dung lượng tối đa phải từ 100 MB đến 1.000.000 MB.' })
    .max(1_000_000, { error: 'Dung lượng tối đa phải từ 100 MB đến 1.000.000 MB.' }),
});

/** "1.234 hội nghị, 560 văn bản, 80 văn bản chỉ đạo, 312 nhiệm vụ". */
export function describeSummary(summary: BackupSummary): string {
  const format = (n: number) => n.toLocaleString('vi-VN');
  const parts: string[] = [];
  if (summary.meetings !== undefined) parts.push(`${format(summary.meetings)} hội nghị`);
  if (summary.documents !== undefined) parts.push(`${format(summary.documents)} văn bản đã soạn`);
  if (summary.directives !== undefined) parts.push(`${format(summary.directives)} văn bản chỉ đạo`);
  if (summary.tasks !== undefined) parts.push(`${format(summary.tasks)} nhiệm vụ`);
  if (summary.people !== undefined) parts.push(`${format(summary.people)} người trong danh bạ`);
  return parts.length === 0 ? 'Chưa có dữ liệu' : parts.join(', ');
}

/** "08:30 ngày 10/03/2026", in the PC's local time. */
export function formatBackupTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())} ngày ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** "12,5 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
