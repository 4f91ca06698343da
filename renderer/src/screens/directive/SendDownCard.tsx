import { SendOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { TASK_RECURRENCE } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import { useApiQuery } from '../../api/query';
import { SendDownDialog } from './SendDownDialog';

/**
 * "Gửi cấp dưới" on a directive: the tasks given to the committees below on it, and the dialog
 * that gives them (who, what, by when, how often to report) and writes the package.
 */
export function SendDownCard({ directiveId }: { directiveId: number }) {
  const assignments = useApiQuery('exchange:assignments', { directiveId }).data ?? null;
  const [open, setOpen] = useState(false);

  const groups = assignments?.groups ?? [];
  return (
    <Card
      size="small"
      title="Giao cấp dưới"
      extra={
        <Button type="primary" size="small" icon={<SendOutlined aria-hidden />} onClick={() => setOpen(true)}>
          Gửi cấp dưới
        </Button>
      }
    >
      {groups.length === 0 ? (
        <Typography.Text type="secondary">Chưa giao nhiệm vụ nào cho đơn vị cấp dưới theo văn bản này.</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={groups}
          renderItem={(g) => {
            const sent = g.committees.filter((c) => c.sentAt !== null && c.sentAt === c.updatedAt).length;
            return (
              <List.Item style={{ paddingInline: 0 }}>
                <Space direction="vertical" size={0} style={{ width: '100%' }}>
                  <Typography.Text strong>{g.title}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {g.dueDate ? `Hạn ${formatLocalDate(g.dueDate)}` : 'Không có hạn'}
                    {g.recurrence !== 'khong' ? ` · báo cáo ${TASK_RECURRENCE.labels[g.recurrence].toLocaleLowerCase('vi')}` : ''} · {g.committees.length} đơn vị
                  </Typography.Text>
                  <Space size={4} wrap>
                    {sent < g.committees.length ? <Tag color="gold">Chưa gửi bản mới nhất tới {g.committees.length - sent} đơn vị</Tag> : <Tag color="green">Đã gửi</Tag>}
                  </Space>
                </Space>
              </List.Item>
            );
          }}
        />
      )}
      {open && (
        <SendDownDialog
          directiveId={directiveId}
          initial={assignments}
          onClose={() => setOpen(false)}
        />
      )}
    </Card>
  );
}
