import { Tag } from 'antd';
import type { PreviewAction, PreviewKind } from '../../../../shared/schemas/exchange';

/** The words and colours of the preview and the log, in one place. */

export const ACTION_LABEL: Record<PreviewAction, string> = {
  them: 'Thêm mới',
  sua: 'Thay đổi',
  giu_nguyen: 'Không đổi',
  tu_choi: 'Không nhận',
};

const ACTION_COLOUR: Record<PreviewAction, string> = {
  them: 'green',
  sua: 'gold',
  giu_nguyen: 'default',
  tu_choi: 'red',
};

export const KIND_LABEL: Record<PreviewKind, string> = {
  don_vi: 'Đơn vị',
  van_ban: 'Văn bản',
  nhiem_vu: 'Nhiệm vụ',
  tien_do: 'Tiến độ',
  van_ban_ban_hanh: 'Văn bản báo cáo',
};

export function ActionTag({ action }: { action: PreviewAction }) {
  return <Tag color={ACTION_COLOUR[action]}>{ACTION_LABEL[action]}</Tag>;
}

export const PACKAGE_KIND_LABEL = {
  giao_nhiem_vu: 'Giao văn bản, nhiệm vụ',
  bao_cao: 'Báo cáo tiến độ',
} as const;

/** "20/11/2026 09:15" in the PC's local time. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
