import { DeleteOutlined, FileImageOutlined, FilePdfOutlined, FileWordOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Popconfirm } from 'antd';
import { call } from '../../api/client';
import { useAction, useApiQuery, type Action } from '../../api/query';

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
  // Read again after each file added or removed (the query layer refreshes it).
  const attachments = useApiQuery('attachments:list', { directiveId });
  const { notification } = App.useApp();
  const adding = useAction(() => call('attachments:add', { directiveId }));
  const removing = useAction((id: number) => call('attachments:remove', { id }));
  const opening = useAction((id: number) => call('attachments:open', { id }));

  /** Runs one of them; a failure is told in a notice with its Vietnamese reason. */
  const run = async <A extends unknown[], R>(action: Action<A, R>, failure: string, ...args: A) => {
    const done = await action.attempt(...args);
    if (!done.ok) notification.error({ message: failure, description: done.message });
  };

  return (
    <Card
      size="small"
      title="Tệp đính kèm"
      extra={
        <Button size="small" icon={<PaperClipOutlined />} loading={adding.busy} onClick={() => void run(adding, 'Chưa đính kèm được tệp')}>
          Đính kèm tệp
        </Button>
      }
    >
      <List
        size="small"
        dataSource={attachments.data ?? []}
        loading={attachments.loading}
        locale={{ emptyText: attachments.error ?? 'Chưa có tệp nào. Đính kèm bản PDF, Word hoặc ảnh chụp văn bản (tối đa 50 MB mỗi tệp).' }}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title="Gỡ tệp này khỏi văn bản?"
                description="Bản sao trong thư mục của ứng dụng sẽ bị xóa; tệp gốc trên máy không bị ảnh hưởng."
                okText="Gỡ tệp"
                cancelText="Không"
                onConfirm={() => run(removing, 'Chưa gỡ được tệp', item.id)}
              >
                <Button size="small" type="text" danger aria-label={`Gỡ tệp ${item.fileName}`} icon={<DeleteOutlined />} />
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              avatar={iconOf(item.mime)}
              title={
                <a title="Mở bằng chương trình xem trên máy" onClick={() => void run(opening, 'Chưa mở được tệp', item.id)}>
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
