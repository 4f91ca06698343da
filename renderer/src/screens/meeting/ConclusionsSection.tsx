import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Typography } from 'antd';
import type { MeetingConclusion } from '../../../../shared/schemas/meeting';
import { useMeetingEditor } from '../../store/meeting-editor';
import { moveRow, newRowId, removeRow, replaceRow } from './list-ops';
import { RowActions } from './RowActions';
import { AssignTaskButton } from './AssignTaskButton';

export function ConclusionsSection() {
  const conclusions = useMeetingEditor((s) => s.record!.conclusions);
  const update = useMeetingEditor((s) => s.update);
  const setConclusions = (change: (rows: MeetingConclusion[]) => MeetingConclusion[]) =>
    update((m) => ({ ...m, conclusions: change(m.conclusions) }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Mỗi ý kết luận của người chủ trì là một mục, đánh số theo thứ tự.
      </Typography.Paragraph>
      {conclusions.length === 0 && <Empty description="Chưa có kết luận." image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      <ol style={{ paddingLeft: 24, margin: 0 }}>
        {conclusions.map((conclusion, index) => (
          <li key={conclusion.id} style={{ marginBottom: 10 }}>
            <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <Input.TextArea
                aria-label={`Kết luận ${index + 1}`}
                value={conclusion.content}
                autoSize={{ minRows: 2, maxRows: 10 }}
                status={conclusion.content.trim() === '' ? 'error' : undefined}
                onChange={(e) => setConclusions((rows) => replaceRow(rows, conclusion.id, { content: e.target.value }))}
              />
              <AssignTaskButton conclusionId={conclusion.id} content={conclusion.content} index={index} />
              <RowActions
                what={`kết luận ${index + 1}`}
                isFirst={index === 0}
                isLast={index === conclusions.length - 1}
                confirmRemove={conclusion.content.trim() !== ''}
                onMove={(delta) => setConclusions((rows) => moveRow(rows, conclusion.id, delta))}
                onRemove={() => setConclusions((rows) => removeRow(rows, conclusion.id))}
              />
            </div>
          </li>
        ))}
      </ol>
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => setConclusions((rows) => [...rows, { id: newRowId(), content: '' }])}>
        Thêm kết luận
      </Button>
    </Space>
  );
}
