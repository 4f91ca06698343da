import { Alert } from 'antd';
import { useApiQuery } from '../../api/query';

/**
 * On a task received from the committee above: who gave it and who leads it in their words.
 * The progress logged here goes up with "Báo cáo lên cấp trên"; the task's content is theirs,
 * and a newer package from them replaces it.
 */
export function TaskOriginNote({ taskId }: { taskId: number }) {
  const origin = useApiQuery('exchange:taskOrigin', { id: taskId }).data;
  if (!origin) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      message={`Nhiệm vụ do ${origin.committeeName} giao${origin.lead ? ` — chủ trì: ${origin.lead}` : ''}`}
      description="Nội dung và hạn do cấp trên quyết định; tiến độ, kết quả ghi ở đây được gửi lên bằng “Báo cáo lên cấp trên”."
    />
  );
}
