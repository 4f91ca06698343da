import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Space, Typography } from 'antd';
import type { MeetingConclusion } from '../../../../shared/schemas/meeting';
import { errorMessage } from '../../api/client';
import { describeConclusionTasks, prepareConclusionRemoval, removeConclusion, undoConclusionRemoval } from '../../store/conclusion-removal';
import { useMeetingEditor } from '../../store/meeting-editor';
import { moveRow, newRowId, replaceRow } from './list-ops';
import { RowActions } from './RowActions';
import { AssignTaskButton } from './AssignTaskButton';

/**
 * Removing a conclusion: one with text asks first, and one with tasks names them (they stay with
 * the meeting, detached); either way "Hoàn tác" brings it back, tasks attached again.
 */
function useRemoveConclusion() {
  const { modal, notification } = App.useApp();
  return async (conclusionId: string, label: string) => {
    let removal;
    try {
      removal = await prepareConclusionRemoval(conclusionId);
    } catch (error) {
      notification.error({ message: 'Chưa xóa được kết luận', description: errorMessage(error) });
      return;
    }
    if (!removal) return;
    const found = removal;
    const remove = () => {
      removeConclusion(found);
      if (found.conclusion.content.trim() === '' && found.tasks.length === 0) return;
      const key = `conclusion-removed-${found.conclusion.id}`;
      notification.info({
        key,
        message: `Đã xóa ${label}`,
        description: found.tasks.length > 0 ? `${found.tasks.length} nhiệm vụ của kết luận vẫn còn, không còn gắn với kết luận nào.` : undefined,
        duration: 10,
        btn: (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              notification.destroy(key);
              undoConclusionRemoval(found).catch((error: unknown) =>
                notification.error({ message: 'Không hoàn tác được', description: errorMessage(error) }),
              );
            }}
          >
            Hoàn tác
          </Button>
        ),
      });
    };
    if (found.conclusion.content.trim() === '' && found.tasks.length === 0) return remove();
    modal.confirm({
      title: `Xóa ${label}?`,
      content:
        found.tasks.length === 0 ? (
          'Nội dung kết luận sẽ bị xóa khỏi hội nghị. Bạn có thể hoàn tác ngay sau khi xóa.'
        ) : (
          <div>
            <p>Kết luận này đã giao {found.tasks.length} nhiệm vụ:</p>
            <ul style={{ paddingInlineStart: 20 }}>
              {describeConclusionTasks(found.tasks).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>
              Nếu xóa, các nhiệm vụ vẫn còn (ở mục "Nhiệm vụ từ kết luận đã xóa" của thẻ Theo dõi kết luận) nhưng không còn gắn
              với kết luận nào. Bạn có thể hoàn tác ngay sau khi xóa.
            </p>
          </div>
        ),
      okText: 'Xóa kết luận',
      okButtonProps: { danger: true },
      cancelText: 'Không xóa',
      width: 560,
      onOk: remove,
    });
  };
}

export function ConclusionsSection() {
  const conclusions = useMeetingEditor((s) => s.record!.conclusions);
  const update = useMeetingEditor((s) => s.update);
  const removeWithQuestion = useRemoveConclusion();
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
          <li key={conclusion.id} data-row-id={conclusion.id} style={{ marginBottom: 10 }}>
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
                onMove={(delta) => setConclusions((rows) => moveRow(rows, conclusion.id, delta))}
                onRemove={() => void removeWithQuestion(conclusion.id, `kết luận ${index + 1}`)}
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
