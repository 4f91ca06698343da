import { z } from 'zod';
import { entityId } from './common';

/** What the bin holds: the four kinds of record a user deletes. */
export const BIN_KINDS = ['meeting', 'document', 'directive', 'task'] as const;
export type BinKind = (typeof BIN_KINDS)[number];

export const BIN_KIND_LABELS: Record<BinKind, string> = {
  meeting: 'Hội nghị',
  document: 'Văn bản đã soạn',
  directive: 'Văn bản chỉ đạo',
  task: 'Nhiệm vụ',
};

/** Days a deleted record stays in the bin before it is removed for good. */
export const BIN_DAYS = 30;

export interface BinItem {
  kind: BinKind;
  id: number;
  title: string;
  /** A second line: the date of the meeting, the symbol of the directive… */
  detail: string;
  deletedAt: string;
  /** When it leaves the bin for good. */
  purgeAt: string;
  daysLeft: number;
}

export const binItemInput = z.object({
  kind: z.enum(BIN_KINDS, { error: 'Loại bản ghi không hợp lệ.' }),
  id: entityId,
});

export const emptyBinInput = z.object({
  /** The user confirmed in the dialog; the handler refuses without it. */
  confirmed: z.literal(true, { error: 'Hãy xác nhận trước khi xóa hẳn.' }),
});
