import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatLocalDate, isValidLocalDate } from '../../../../shared/datetime';
import type { TaskRecord } from '../../../../shared/schemas/task';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { OptionalDate } from './TaskFields';

/** The progress log (date, note, who) and the line to add to it. */
export function TaskProgress({ task, onTyping }: { task: TaskRecord; onTyping(typed: boolean): void }) {
  const { message } = App.useApp();
  const [date, setDate] = useState<string | null>(task.today);
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const adding = useAction((taskId: number, entry: { date: string; note: string; by: string }) =>
    call('tasks:addProgress', { taskId, ...entry }),
  );
  const typeNote = (value: string) => {
    setNote(value);
    onTyping(value.trim() !== '');
  };

  const add = async () => {
    if (date === null) return;
    const added = await adding.attempt(task.id, { date, note, by });
    if (!added.ok) {
      message.error(added.message);
      return;
    }
    typeNote('');
    message.success('Đã ghi tiến độ.');
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
            onChange={(e) => typeNote(e.target.value)}
          />
          <Button icon={<PlusOutlined />} loading={adding.busy} disabled={note.trim() === '' || date === null || !isValidLocalDate(date)} onClick={() => void add()}>
            Ghi tiến độ
          </Button>
        </div>
      )}
    </Space>
  );
}
