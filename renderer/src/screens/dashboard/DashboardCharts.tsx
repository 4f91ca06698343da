import { Empty } from 'antd';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TASK_STATUS } from '../../../../shared/domain';
import type { DashboardOverview } from '../../../../shared/schemas/task';
import { useProfile } from '../../store/profile';
import { TASK_STATUS_FILL } from '../tasks/task-labels';
import { chartLabel } from './chart-labels';

/** Tasks by status: a doughnut with the count in each slice's label. */
export function StatusChart({ byStatus }: { byStatus: DashboardOverview['byStatus'] }) {
  const data = byStatus.filter((row) => row.count > 0).map((row) => ({ ...row, name: TASK_STATUS.labels[row.status] }));
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có nhiệm vụ nào." />;
  return (
    <ResponsiveContainer width="100%" height={280}>
      {/* Room above and beside the ring: a slice's count sits outside it and must not be cut off. */}
      <PieChart margin={{ top: 28, right: 24, bottom: 4, left: 24 }}>
        <Pie data={data} dataKey="count" nameKey="name" cy="46%" innerRadius={55} outerRadius={85} label={({ value }) => String(value)} isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.status} fill={TASK_STATUS_FILL[row.status]} />
          ))}
        </Pie>
        <Tooltip formatter={(value) => [`${String(value)} nhiệm vụ`, '']} />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
}

/** Open / overdue / done per lead organisation, stacked, organisations with most to chase first. */
export function OrganisationChart({ byOrganisation }: { byOrganisation: DashboardOverview['byOrganisation'] }) {
  const committeeName = useProfile((s) => s.profile?.committeeName ?? '');
  const data = byOrganisation.slice(0, 10).map((row) => ({ ...row, short: chartLabel(row.name, committeeName) }));
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có nhiệm vụ nào." />;
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, data.length * 38 + 60)}>
      <BarChart data={data} layout="vertical" margin={{ left: 12, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="short" width={210} tick={{ fontSize: 12 }} />
        <Tooltip labelFormatter={(_label, payload) => String(payload?.[0]?.payload?.name ?? '')} />
        <Legend />
        <Bar dataKey="overdue" name="Quá hạn" stackId="a" fill="#cf1322" isAnimationActive={false} />
        <Bar dataKey="open" name="Đang theo dõi" stackId="a" fill="#1677ff" isAnimationActive={false} />
        <Bar dataKey="done" name="Hoàn thành" stackId="a" fill="#52c41a" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
