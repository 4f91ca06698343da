import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { BIN_DAYS, BIN_KIND_LABELS, type BinItem } from '../../../../shared/schemas/bin';
import { formatBackupTime } from '../../../../shared/schemas/backup';
import { call, errorMessage } from '../../api/client';

/** "Thùng rác": what was deleted in the last 30 days, each brought back in one click. */
export function BinScreen() {
  const { modal, notification, message } = App.useApp();
  const [items, setItems] = useState<BinItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setItems(await call('bin:list', undefined));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const restore = async (item: BinItem) => {
    try {
      await call('bin:restore', { kind: item.kind, id: item.id });
      message.success(`Đã khôi phục “${item.title}”`);
    } catch (e) {
      notification.error({ message: 'Không khôi phục được', description: errorMessage(e), duration: 0 });
    }
    await load();
  };

  const empty = () =>
    modal.confirm({
      title: 'Xóa hẳn mọi thứ trong thùng rác?',
      content: `${items?.length ?? 0} mục sẽ bị xóa hẳn khỏi dữ liệu đang dùng. Ứng dụng sao lưu trước khi xóa, nên vẫn có thể lấy lại bằng cách khôi phục bản sao lưu đó.`,
      okText: 'Xóa hẳn',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const result = await call('bin:empty', { confirmed: true });
          message.success(`Đã xóa hẳn ${result.removed} mục`);
        } catch (e) {
          notification.error({ message: 'Chưa dọn được thùng rác', description: errorMessage(e), duration: 0 });
        }
        await load();
      },
    });

  return (
    <div className="screen">
      <div className="screen-header">
        <div>
          <h1>Thùng rác</h1>
          <Typography.Text type="secondary">
            Hội nghị, văn bản, văn bản chỉ đạo và nhiệm vụ đã xóa được giữ ở đây {BIN_DAYS} ngày rồi mới bị xóa hẳn.
          </Typography.Text>
        </div>
        <Button danger icon={<DeleteOutlined />} disabled={!items || items.length === 0} onClick={empty}>
          Dọn sạch thùng rác
        </Button>
      </div>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<BinItem>
        rowKey={(item) => `${item.kind}-${item.id}`}
        loading={items === null}
        dataSource={items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: 'Thùng rác trống.' }}
        columns={[
          { title: 'Loại', dataIndex: 'kind', width: 160, render: (kind: BinItem['kind']) => <Tag>{BIN_KIND_LABELS[kind]}</Tag> },
          {
            title: 'Tên',
            dataIndex: 'title',
            render: (title: string, item) => (
              <div>
                <div>{title}</div>
                {item.detail && <Typography.Text type="secondary">{item.detail}</Typography.Text>}
              </div>
            ),
          },
          { title: 'Xóa lúc', dataIndex: 'deletedAt', width: 190, render: (value: string) => formatBackupTime(value) },
          {
            title: 'Còn lại',
            dataIndex: 'daysLeft',
            width: 150,
            render: (days: number) => (days <= 3 ? <Typography.Text type="danger">Còn {days} ngày</Typography.Text> : `Còn ${days} ngày`),
          },
          {
            title: '',
            key: 'restore',
            width: 120,
            render: (_: unknown, item) => (
              <Button size="small" icon={<UndoOutlined />} onClick={() => void restore(item)} aria-label={`Khôi phục ${item.title}`}>
                Khôi phục
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
