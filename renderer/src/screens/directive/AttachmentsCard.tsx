import { DeleteOutlined, FileImageOutlined, FilePdfOutlined, FileWordOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Popconfirm } from 'antd';
import { useEffect, useState } from 'react';
import type { Attachment } from '../../../../shared/schemas/directive';
import { call, errorMessage } from '../../api/client';

function iconOf(mime: string) {
  if (mime === 'application/pdf') return <FilePdfOutlined style={{ color: '#c62828' }} />;
  if (mime.startsWith('image/')) return <FileImageOutlined style={{ color: '#2e7d32' }} />;
  return <FileWordOutlined style={{ color: '#1565c0' }} />;
}

function sizeOf(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Files kept with the directive: copied into the app's folder, opened with the system viewer. */
export function AttachmentsCard({ directiveId }: { directiveId: number }) {
  const [items, setItems] = useState<Attachment[]>([]);
  const [busy, setBusy] = useState(false);
  const { notification } = App.useApp();

  useEffect(() => {
    call('attachments:list', { directiveId }).then(setItems, () => setItems([]));
  }, [directiveId]);

  const run = async (action: () => Promise<Attachment[] | unknown>, failure: string) => {
    setBusy(true);
    try {
      const result = await action();
      if (Array.isArray(result)) setItems(result as Attachment[]);
    } catch (error) {
      notification.error({ message: failure, description: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title="Tệp đính kèm"
      extra={
        <Button size="small" icon={<PaperClipOutlined />} loading={busy} onClick={() => void run(() => call('attachments:add', { directiveId }), 'Chưa đính kèm được tệp')}>
          Đính kèm tệp
        </Button>
      }
    >
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: 'Chưa có tệp nào. Đính kèm bản PDF, Word hoặc ảnh chụp văn bản (tối đa 50 MB mỗi tệp).' }}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title="Gỡ tệp này khỏi văn bản?"
                description="Bản sao trong thư mục của ứng dụng sẽ bị xóa; tệp gốc trên máy không bị ảnh hưởng."
                okText="Gỡ tệp"
                cancelText="Không"
                onConfirm={() => run(() => call('attachments:remove', { id: item.id }), 'Chưa gỡ được tệp')}
              >
                <Button size="small" type="text" danger aria-label={`Gỡ tệp ${item.fileName}`} icon={<DeleteOutlined />} />
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              avatar={iconOf(item.mime)}
              title={
                <a title="Mở bằng chương trình xem trên máy" onClick={() => void run(() => call('attachments:open', { id: item.id }), 'Chưa mở được tệp')}>
                  {item.fileName}
                </a>
              }
              description={sizeOf(item.size)}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
