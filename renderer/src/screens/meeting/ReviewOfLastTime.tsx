import { HistoryOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { formatLocalDateTime } from '../../../../shared/datetime';
import type { ReviewOfLastTime as Review } from '../../../../shared/schemas/task';
import { call } from '../../api/client';
import { useNavigation } from '../../store/navigation';
import { useTaskView } from '../../store/task-view';
import { TaskLines } from './ConclusionFollowUp';

/**
 * "Xem lại kỳ trước": the open tasks from the conclusions of the previous meeting of the same
 * kind, to go through at the start of this one. Shown only when there is something to review.
 */
export function ReviewOfLastTime({ meetingId }: { meetingId: number }) {
  const changes = useTaskView((s) => s.changes);
  const navigate = useNavigation((s) => s.navigate);
  const [review, setReview] = useState<Review | null>(null);

  useEffect(() => {
    let current = true;
    // A failure here only hides the block: the meeting page itself must still open.
    call('tasks:reviewOfLastTime', { meetingId })
      .then((r) => current && setReview(r))
      .catch(() => current && setReview(null));
    return () => {
      current = false;
    };
  }, [meetingId, changes]);

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
