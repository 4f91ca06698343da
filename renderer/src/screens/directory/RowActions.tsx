import { DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space } from 'antd';

interface RowActionsProps {
  name: string;
  active: boolean;
  deleteHint: string;
  onEdit(): void;
  onToggleActive(): Promise<unknown>;
  onMerge(): void;
  onDelete(): Promise<unknown>;
}

/**
 * The actions of one row of the directory: "Sửa" in sight, the rarer ones (stop using / use
 * again, merge a duplicate, delete) behind "Khác", so that a row stays one or two lines high on a
 * 1366-pixel screen.
 */
export function RowActions({ name, active, deleteHint, onEdit, onToggleActive, onMerge, onDelete }: RowActionsProps) {
  const { modal } = App.useApp();
  const confirmDelete = () =>
    modal.confirm({
      title: `Xóa "${name}" khỏi danh bạ?`,
      content: deleteHint,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () => onDelete(),
    });
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit} aria-label={`Sửa ${name}`}>
        Sửa
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'active', label: active ? 'Ngừng sử dụng' : 'Dùng lại' },
            { key: 'merge', label: 'Gộp bản ghi trùng' },
            { type: 'divider' },
            { key: 'delete', label: 'Xóa', danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'active') void onToggleActive();
            else if (key === 'merge') onMerge();
            else if (key === 'delete') confirmDelete();
          },
        }}
      >
        <Button type="link" size="small" aria-label={`Thao tác khác với ${name}`}>
          Khác <DownOutlined aria-hidden style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </Space>
  );
}
