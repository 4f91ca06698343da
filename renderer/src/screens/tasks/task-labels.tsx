import { Tag, Typography } from 'antd';
import { TASK_PRIORITY, TASK_STATUS, type TaskPriority, type TaskStatus } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import type { TaskSummary } from '../../../../shared/schemas/task';

export const TASK_STATUS_COLOURS: Record<TaskStatus, string> = {
  chua_thuc_hien: 'default',
  dang_thuc_hien: 'processing',
  hoan_thanh: 'success',
  tam_dung: 'warning',
};

/** Chart colours of the statuses, in the order of TASK_STATUS. */
export const TASK_STATUS_FILL: Record<TaskStatus, string> = {
  chua_thuc_hien: '#8c8c8c',
  dang_thuc_hien: '#1677ff',
  hoan_thanh: '#52c41a',
  tam_dung: '#faad14',
};

export const PRIORITY_COLOURS: Record<TaskPriority, string> = { cao: 'red', trung_binh: 'gold', thap: 'default' };

export function StatusTag({ status }: { status: TaskStatus }) {
  return <Tag color={TASK_STATUS_COLOURS[status]}>{TASK_STATUS.labels[status]}</Tag>;
}

export function PriorityTag({ priority }: { priority: TaskPriority }) {
  return <Tag color={PRIORITY_COLOURS[priority]}>{TASK_PRIORITY.labels[priority]}</Tag>;
}

/** The due date, in red with how many days late when the task is overdue. */
export function DueDate({ task }: { task: Pick<TaskSummary, 'dueDate' | 'overdue' | 'daysLate'> }) {
  if (task.dueDate === null) return <Typography.Text type="secondary">Chưa đặt hạn</Typography.Text>;
  if (!task.overdue) return <span>{formatLocalDate(task.dueDate)}</span>;
  return (
    <span style={{ color: '#cf1322' }}>
      {formatLocalDate(task.dueDate)}
      <br />
      <strong>Quá hạn {task.daysLate} ngày</strong>
    </span>
  );
}
