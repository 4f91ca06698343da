import { Tag } from 'antd';

/** Shown beside a retired record's name; records in use carry no tag (they are the usual case). */
export function StatusTag({ active }: { active: boolean }) {
  return active ? null : <Tag style={{ marginInlineStart: 8 }}>Đã ngừng sử dụng</Tag>;
}
