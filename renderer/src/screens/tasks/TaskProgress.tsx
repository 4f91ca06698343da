import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate } from '../../../../shared/datetime';
import type { TaskRecord } from '../../../../shared/schemas/task';
import { call, errorMessage } from '../../api/client';
import { OptionalDate } from './TaskFields';

/** The progress log (date, note, who) and the line to add to it. */
export function TaskProgress({ task, onChanged }: { task: TaskRecord; onChanged(task: TaskRecord): void }) {
  const { message } = App.useApp();
  const [date, setDate] = useState<string | null>(task.today);
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (date === null) return;
    setBusy(true);
    try {
      onChanged(await call('tasks:addProgress', { taskId: task.id, date, note, by }));
      setNote('');
      message.success('Đã ghi tiến độ.');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {task.progress.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa ghi tiến độ nào." />
      ) : (
        <Timeline
          items={task.progress.map((entry) => ({
            children: (
              <div>
                <Typography.Text strong>{formatLocalDate(entry.date)}</Typography.Text>
                {entry.by && <Typography.Text type="secondary"> — {entry.by}</Typography.Text>}
                <div style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</div>
              </div>
            ),
          }))}
        />
      )}
      {task.status !== 'hoan_thanh' && (
        <div style={{ display: 'grid', gridTemplateColumns: '150px 1fr', gap: 8 }}>
          <OptionalDate id="progress-date" value={date} onChange={setDate} />
          <Input aria-label="Người báo cáo tiến độ" placeholder="Người báo cáo (không bắt buộc)" value={by} onChange={(e) => setBy(e.target.value)} />
          <Input.TextArea
            aria-label="Nội dung tiến độ"
            placeholder="Đã làm được gì, còn vướng gì…"
            autoSize={{ minRows: 2, maxRows: 6 }}
            style={{ gridColumn: '1 / span 2' }}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button icon={<PlusOutlined />} loading={busy} disabled={note.trim() === '' || date === null} onClick={() => void add()}>
            Ghi tiến độ
          </Button>
        </div>
      )}
    </Space>
  );
}
