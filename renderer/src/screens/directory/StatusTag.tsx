import { Tag } from 'antd';

export function StatusTag({ active }: { active: boolean }) {
  return active ? <Tag color="green">Đang sử dụng</Tag> : <Tag>Đã ngừng sử dụng</Tag>;
}
