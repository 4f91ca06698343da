import { Button, Popconfirm, Space } from 'antd';

interface RowActionsProps {
  name: string;
  active: boolean;
  deleteHint: string;
  onEdit(): void;
  onToggleActive(): Promise<unknown>;
  onMerge(): void;
  onDelete(): Promise<unknown>;
}

/** The actions of one row of the directory: edit, stop using / use again, merge a duplicate, delete. */
export function RowActions({ name, active, deleteHint, onEdit, onToggleActive, onMerge, onDelete }: RowActionsProps) {
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit}>
        Sửa
      </Button>
      <Button type="link" size="small" onClick={() => void onToggleActive()}>
        {active ? 'Ngừng sử dụng' : 'Dùng lại'}
      </Button>
      <Button type="link" size="small" onClick={onMerge}>
        Gộp bản ghi trùng
      </Button>
      <Popconfirm
        title={`Xóa "${name}" khỏi danh bạ?`}
        description={deleteHint}
        okText="Xóa"
        cancelText="Hủy"
        okButtonProps={{ danger: true }}
        onConfirm={() => onDelete()}
      >
        <Button type="link" size="small" danger>
          Xóa
        </Button>
      </Popconfirm>
    </Space>
  );
}
