import { Alert, Empty, List, Skeleton, Space, Typography } from 'antd';
import type { TaskSummary } from '../../../../shared/schemas/task';
import { useApiQuery } from '../../api/query';
import { useTaskDrawer } from '../../store/task-view';
import { DueDate, StatusTag } from '../tasks/task-labels';

/** Task lines under a heading that already says what they are about; `withTitle` adds each task's own title. */
export function TaskLines({ tasks, withTitle = false }: { tasks: TaskSummary[]; withTitle?: boolean }) {
  const openTask = useTaskDrawer((s) => s.open);
  return (
    <List
      size="small"
      dataSource={tasks}
      renderItem={(task) => (
        <List.Item className="clickable-row" onClick={() => openTask(task.id)} extra={<DueDate task={task} />}>
          <Space wrap>
            {withTitle && <Typography.Text>{task.title}</Typography.Text>}
            <StatusTag status={task.status} />
            <Typography.Text strong>{task.leadOrganisation.name}</Typography.Text>
            {task.supportingOrganisations.length > 0 && (
              <Typography.Text type="secondary">phối hợp: {task.supportingOrganisations.map((o) => o.name).join('; ')}</Typography.Text>
            )}
            {task.latestProgress && <Typography.Text type="secondary">— {task.latestProgress}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}

/** "Theo dõi kết luận": each conclusion, to whom it was assigned and how far it has got. */
export function ConclusionFollowUp({ meetingId }: { meetingId: number }) {
  const { data: followUp, error } = useApiQuery('tasks:forMeeting', { meetingId });

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!followUp) return <Skeleton active />;
  if (followUp.conclusions.length === 0 && followUp.detached.length === 0) {
    return <Empty description="Hội nghị chưa có kết luận. Ghi kết luận ở thẻ &quot;Kết luận&quot; rồi bấm &quot;Giao nhiệm vụ&quot;." />;
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {followUp.conclusions.map((c, index) => (
        <div key={c.conclusionId}>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {index + 1}. {c.content || <Typography.Text type="secondary">(kết luận chưa có nội dung)</Typography.Text>}
          </Typography.Paragraph>
          {c.tasks.length === 0 ? <Typography.Text type="secondary">Chưa giao cho đơn vị nào.</Typography.Text> : <TaskLines tasks={c.tasks} />}
        </div>
      ))}
      {followUp.detached.length > 0 && (
        <div>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            Nhiệm vụ từ kết luận đã xóa khỏi hội nghị
          </Typography.Paragraph>
          <TaskLines tasks={followUp.detached} />
        </div>
      )}
    </Space>
  );
}
