import { AuditOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { Panel } from '../../components/Panel';
import { useApiQuery } from '../../api/query';
import { useNavigation } from '../../store/navigation';
// In the first bundle (a few kilobytes): loaded lazily, it was one more round trip before the home screen was complete.
import { ReportingDutiesList } from '../reports/ReportingDuties';

/** "Báo cáo định kỳ phải gửi" on the home screen: due dates, overdue ones in red with the days late. */
export function ReportingDutiesCard() {
  // The same query as the figure above it: one answer, read once.
  const { data: duties, error } = useApiQuery('reports:duties', undefined);
  const navigate = useNavigation((s) => s.navigate);
  return (
    <Panel
      style={{ marginBottom: 16 }}
      title={
        <span>
          <AuditOutlined /> Báo cáo định kỳ phải gửi
        </span>
      }
      extra={
        <Button type="link" onClick={() => void navigate({ name: 'reports', tab: 'dinh-ky' })} aria-label="Xem tất cả báo cáo định kỳ">
          Xem tất cả
        </Button>
      }
    >
      {error && <Alert type="error" showIcon message={error} />}
      {!duties && !error && <Skeleton active paragraph={{ rows: 2 }} />}
      {duties && <ReportingDutiesList duties={duties.items.slice(0, 5)} compact />}
    </Panel>
  );
}
