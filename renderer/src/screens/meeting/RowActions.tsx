import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tooltip } from 'antd';

interface RowActionsProps {
  /** What the row is, for screen readers and tooltips: "đại biểu Nguyễn Văn A". */
  what: string;
  isFirst: boolean;
  isLast: boolean;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  /** Ask before removing rows that hold a lot of typing. */
  confirmRemove?: boolean;
}

export function RowActions({ what, isFirst, isLast, onMove, onRemove, confirmRemove }: RowActionsProps) {
  const removeButton = (
    <Button
      size="small"
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={`Xóa ${what}`}
      onClick={confirmRemove ? undefined : onRemove}
    />
  );
  return (
    <Space size={0}>
      <Tooltip title="Chuyển lên">
        <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={`Chuyển ${what} lên`} disabled={isFirst} onClick={() => onMove(-1)} />
      </Tooltip>
      <Tooltip title="Chuyển xuống">
        <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={`Chuyển ${what} xuống`} disabled={isLast} onClick={() => onMove(1)} />
      </Tooltip>
      {confirmRemove ? (
        <Popconfirm title={`Xóa ${what}?`} okText="Xóa" cancelText="Không" onConfirm={onRemove}>
          {removeButton}
        </Popconfirm>
      ) : (
        <Tooltip title="Xóa">{removeButton}</Tooltip>
      )}
    </Space>
  );
}
