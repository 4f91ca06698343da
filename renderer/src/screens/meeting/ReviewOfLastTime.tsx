import { HistoryOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { formatLocalDateTime } from '../../../../shared/datetime';
import { useApiQuery } from '../../api/query';
import { useNavigation } from '../../store/navigation';
import { TaskLines } from './ConclusionFollowUp';

/**
 * "Xem lại kỳ trước": the open tasks from the conclusions of the previous meeting of the same
 * kind, to go through at the start of this one. Shown only when there is something to review.
 */
export function ReviewOfLastTime({ meetingId }: { meetingId: number }) {
  const navigate = useNavigation((s) => s.navigate);
  // A failure here only hides the block: the meeting page itself must still open.
  const review = useApiQuery('tasks:reviewOfLastTime', { meetingId }).data;

  if (!review?.previousMeeting || review.tasks.length === 0) return null;
  const previous = review.previousMeeting;
  const overdue = review.tasks.filter((t) => t.overdue).length;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16, borderColor: '#ffd591', background: '#fffbf0' }}
      title={
        <span>
          <HistoryOutlined aria-hidden /> Xem lại kỳ trước: {review.tasks.length} nhiệm vụ chưa hoàn thành
          {overdue > 0 && <Typography.Text type="danger"> ({overdue} quá hạn)</Typography.Text>}
        </span>
      }
    >
      <Typography.Text type="secondary">
        Từ kết luận của{' '}
        <Typography.Link onClick={() => void navigate({ name: 'meeting', id: previous.id })}>
          {previous.title} ({formatLocalDateTime(previous.startAt)})
        </Typography.Link>
      </Typography.Text>
      <TaskLines tasks={review.tasks} withTitle />
    </Card>
  );
}
