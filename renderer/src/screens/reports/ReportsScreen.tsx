import { Alert, Card, Col, Row, Skeleton, Tabs, Typography } from 'antd';
import { useNavigation, type ReportsTab } from '../../store/navigation';
import { useProfile } from '../../store/profile';
import { CompileReportCard } from './CompileReportCard';
import { ReportingDutiesList } from './ReportingDuties';
import { ReportList } from './ReportList';
import { TemplateEditor } from './TemplateEditor';
import { useChannel } from './useChannel';
import { WeekSchedule } from './WeekSchedule';

function PeriodicReports() {
  const duties = useChannel('reports:duties', undefined);
  const reports = useChannel('reports:list', undefined);
  return (
    <Row gutter={[16, 16]}>
      <Col span={10}>
        <CompileReportCard />
      </Col>
      <Col span={14}>
        <Card title="Báo cáo định kỳ phải gửi">
          {duties.error && <Alert type="error" showIcon message={duties.error} />}
          {duties.data ? <ReportingDutiesList duties={duties.data.items} /> : !duties.error && <Skeleton active />}
        </Card>
      </Col>
      <Col span={24}>
        <Card title="Báo cáo đã soạn từ dữ liệu">
          {reports.error && <Alert type="error" showIcon message={reports.error} />}
          {reports.data ? <ReportList items={reports.data} /> : !reports.error && <Skeleton active />}
        </Card>
      </Col>
    </Row>
  );
}

const TAB_LABELS: Record<ReportsTab, string> = {
  'dinh-ky': 'Báo cáo định kỳ',
  'lich-tuan': 'Lịch công tác tuần',
  mau: 'Mẫu báo cáo và chốt số liệu',
};

/** "Báo cáo": periodic reports compiled from the records, the weekly schedule, the committee's template. */
export function ReportsScreen({ tab, week }: { tab: ReportsTab; week?: string }) {
  const navigate = useNavigation((s) => s.navigate);
  const committee = useProfile((s) => s.profile?.committeeName ?? '');
  return (
    <div className="screen">
      <div className="screen-header">
        <div>
          <h1>Báo cáo</h1>
          <Typography.Text type="secondary">{committee}</Typography.Text>
        </div>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => void navigate({ name: 'reports', tab: key as ReportsTab })}
        items={[
          { key: 'dinh-ky', label: TAB_LABELS['dinh-ky'], children: tab === 'dinh-ky' && <PeriodicReports /> },
          { key: 'lich-tuan', label: TAB_LABELS['lich-tuan'], children: tab === 'lich-tuan' && <WeekSchedule key={week ?? 'tuan-nay'} initialDay={week} /> },
          { key: 'mau', label: TAB_LABELS.mau, children: tab === 'mau' && <TemplateEditor /> },
        ]}
      />
    </div>
  );
}
