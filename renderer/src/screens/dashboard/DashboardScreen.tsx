import { Alert, Button, Card, Col, Empty, List, Row, Skeleton, Statistic, Typography } from 'antd';
import { formatLocalDate } from '../../../../shared/datetime';
import type { TaskSummary } from '../../../../shared/schemas/task';
import { useApiQuery } from '../../api/query';
import { useNavigation } from '../../store/navigation';
import { useProfile } from '../../store/profile';
import { showTaskView, useTaskDrawer } from '../../store/task-view';
import { DueDate, StatusTag } from '../tasks/task-labels';
import { OrganisationChart, StatusChart } from './DashboardCharts';

function TaskList({ tasks, empty }: { tasks: TaskSummary[]; empty: string }) {
  const openTask = useTaskDrawer((s) => s.open);
  if (tasks.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List
      size="small"
      dataSource={tasks}
      renderItem={(task) => (
        <List.Item className="clickable-row" onClick={() => openTask(task.id)} extra={<DueDate task={task} />}>
          <List.Item.Meta
            title={<Typography.Text ellipsis={{ tooltip: task.title }}>{task.title}</Typography.Text>}
            description={
              <span>
                {task.leadOrganisation.name} <StatusTag status={task.status} />
              </span>
            }
          />
        </List.Item>
      )}
    />
  );
}

export function DashboardScreen() {
  const navigate = useNavigation((s) => s.navigate);
  const committeeName = useProfile((s) => s.profile?.committeeName ?? '');
  // Read again after every write anywhere in the app (the query layer), so overdue work is never stale.
  const { data: overview, error } = useApiQuery('dashboard:overview', undefined);

  const showView = (view: 'qua_han' | 'den_han_7_ngay' | 'tat_ca') => {
    showTaskView(view);
    void navigate({ name: 'tasks' });
  };

  if (error) return <Alert type="error" showIcon message="Không tải được tổng quan" description={error} style={{ margin: 24 }} />;
  if (!overview) return <Skeleton active style={{ padding: 32 }} />;
  const { totals } = overview;
  return (
    <div className="screen">
      <div className="screen-header">
        <div>
          <h1>Tổng quan</h1>
          <Typography.Text type="secondary">Nhiệm vụ do {committeeName || 'Ủy ban'} giao và theo dõi</Typography.Text>
        </div>
        <Typography.Text type="secondary">Tính đến ngày {formatLocalDate(overview.today)}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col span={6}>
          <Card hoverable onClick={() => showView('tat_ca')}>
            <Statistic title="Nhiệm vụ đang theo dõi" value={totals.open} />
          </Card>
        </Col>
        <Col span={6}>
          <Card hoverable onClick={() => showView('qua_han')}>
            <Statistic title="Quá hạn" value={totals.overdue} valueStyle={{ color: totals.overdue > 0 ? '#cf1322' : undefined }} />
          </Card>
        </Col>
        <Col span={6}>
          <Card hoverable onClick={() => showView('den_han_7_ngay')}>
            <Statistic title="Đến hạn trong 7 ngày" value={totals.dueWithin7Days} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title="Hoàn thành trong tháng" value={totals.doneThisMonth} valueStyle={{ color: '#389e0d' }} />
          </Card>
        </Col>
        <Col span={9}>
          <Card title="Nhiệm vụ theo trạng thái">
            <StatusChart byStatus={overview.byStatus} />
          </Card>
        </Col>
        <Col span={15}>
          <Card title="Nhiệm vụ theo đơn vị chủ trì">
            <OrganisationChart byOrganisation={overview.byOrganisation} />
          </Card>
        </Col>
        <Col span={12}>
          <Card
            title={<span style={{ color: totals.overdue > 0 ? '#cf1322' : undefined }}>Nhiệm vụ quá hạn ({totals.overdue})</span>}
            extra={
              <Button type="link" onClick={() => showView('qua_han')}>
                Xem tất cả
              </Button>
            }
          >
            <TaskList tasks={overview.overdue} empty="Không có nhiệm vụ nào quá hạn." />
          </Card>
        </Col>
        <Col span={12}>
          <Card title={`Hạn trong tuần này (${formatLocalDate(overview.week.monday)} – ${formatLocalDate(overview.week.sunday)})`}>
            <TaskList tasks={overview.dueThisWeek} empty="Tuần này không có nhiệm vụ nào đến hạn." />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={`Văn bản đến trong tháng: ${overview.directivesThisMonth.count}`}>
            {overview.directivesThisMonth.latest.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Tháng này chưa vào sổ văn bản đến nào." />
            ) : (
              <List
                size="small"
                dataSource={overview.directivesThisMonth.latest}
                renderItem={(d) => (
                  <List.Item extra={d.arrivalDate ? `Đến ngày ${formatLocalDate(d.arrivalDate)}` : undefined}>
                    <List.Item.Meta title={`${d.numberSymbol}${d.summary ? ` — ${d.summary}` : ''}`} description={d.issuerName} />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
