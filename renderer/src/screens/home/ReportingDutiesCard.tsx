import { AuditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ReportingDuties } from '../../../../shared/schemas/report';
import { call, errorMessage } from '../../api/client';
import { useNavigation } from '../../store/navigation';

// The list and its compile action load with the reports screen, off the first bundle.
const ReportingDutiesList = lazy(() => import('../reports/ReportingDuties').then((m) => ({ default: m.ReportingDutiesList })));

/** "Báo cáo định kỳ phải gửi" on the home screen: due dates, overdue ones in red with the days late. */
export function ReportingDutiesCard() {
  const [duties, setDuties] = useState<ReportingDuties | null>(null);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigation((s) => s.navigate);
  useEffect(() => {
    call('reports:duties', undefined).then(setDuties, (e: unknown) => setError(errorMessage(e)));
  }, []);
  const overdue = duties?.items.filter((d) => d.overdue).length ?? 0;
  return (
    <Card
      style={{ marginBottom: 16 }}
      title={
        <span>
          <AuditOutlined /> Báo cáo định kỳ phải gửi
          {overdue > 0 && <span style={{ color: '#cf1322', marginLeft: 8, fontWeight: 400 }}>({overdue} báo cáo quá hạn)</span>}
        </span>
      }
      extra={
        <Button type="link" onClick={() => void navigate({ name: 'reports', tab: 'dinh-ky' })}>
          Mở mục Báo cáo
        </Button>
      }
    >
      {error && <Alert type="error" showIcon message={error} />}
      {!duties && !error && <Skeleton active paragraph={{ rows: 2 }} />}
      {duties && (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 2 }} />}>
          <ReportingDutiesList duties={duties.items.slice(0, 5)} compact />
        </Suspense>
      )}
    </Card>
  );
}
