import { Alert, Card, Col, Descriptions, Row, Statistic, Table, Typography } from 'antd';
import { MEETING_KIND, TASK_RECURRENCE } from '../../../../shared/domain';
import { formatInstant, formatLocalDate } from '../../../../shared/datetime';
import type { PeriodCounts, ReportInfo, SentenceFact } from '../../../../shared/schemas/report';
import { useNavigation } from '../../store/navigation';
import { useTaskDrawer } from '../../store/task-view';

type CountKey = Exclude<keyof PeriodCounts, 'period'>;
const ROWS: Array<[CountKey, string]> = [
  ['meetingsHeld', 'Hội nghị, buổi làm việc đã tổ chức'],
  ['directivesReceived', 'Văn bản chỉ đạo đã tiếp nhận'],
  ['conclusions', 'Kết luận của các hội nghị'],
  ['conclusionNotices', 'Thông báo kết luận đã ban hành'],
  ['tasksAssigned', 'Nhiệm vụ đã giao'],
  ['tasksCompleted', 'Nhiệm vụ hoàn thành'],
  ['tasksCompletedOnTime', '- Trong đó: đúng hạn'],
  ['tasksOverdue', 'Nhiệm vụ quá hạn'],
  ['awards', 'Khen thưởng'],
];

function Comparison({ info }: { info: ReportInfo }) {
  const { current, previous, lastYear } = info.figures.comparison;
  const columns = [current, ...(previous ? [previous] : []), lastYear];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={ROWS.map(([key, label]) => ({ key, label, values: columns.map((c) => c[key]) }))}
      columns={[
        { title: 'Nội dung', dataIndex: 'label' },
        ...columns.map((c, i) => ({
          title: c.period.label,
          key: `c${i}`,
          align: 'center' as const,
          render: (_: unknown, row: { values: number[] }) => (i === 0 ? <strong>{row.values[i]}</strong> : row.values[i]),
        })),
      ]}
    />
  );
}

/**
 * "Số liệu": what the report was written from, each line leading to its record — a meeting, a
 * directive, a task — so a figure can be checked before the report is signed.
 */
export function ReportFigures({ info }: { info: ReportInfo }) {
  const navigate = useNavigation((s) => s.navigate);
  const openTask = useTaskDrawer((s) => s.open);
  const { figures } = info;
  const sentences: Array<SentenceFact & { kind: string }> = [
    ...figures.quotedFigures.map((s) => ({ ...s, kind: 'Số liệu' })),
    ...figures.limitations.map((s) => ({ ...s, kind: 'Hạn chế' })),
  ];
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      {info.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message="Lưu ý về số liệu"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {info.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label="Kỳ báo cáo">
          {figures.period.label} (từ ngày {formatLocalDate(figures.period.start)} đến ngày {formatLocalDate(figures.period.end)})
        </Descriptions.Item>
        <Descriptions.Item label="Số liệu tính đến">{formatLocalDate(figures.countedTo)}</Descriptions.Item>
        <Descriptions.Item label="Tổng hợp lúc">{formatInstant(info.compiledAt)}</Descriptions.Item>
        <Descriptions.Item label="Chốt số liệu">
          {info.frozenAt ? `Đã chốt lúc ${formatInstant(info.frozenAt)} (báo cáo đã hoàn thiện)` : 'Chưa chốt: số liệu chỉ thay đổi khi bấm “Cập nhật số liệu”'}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={16}>
        {[
          ['Hội nghị đã tổ chức', figures.meetings.held.value],
          ['Văn bản chỉ đạo đã nhận', figures.directives.received.value],
          ['Nhiệm vụ đã giao', figures.tasks.assigned.value],
          ['Hoàn thành đúng hạn', figures.tasks.completedOnTime.value],
          ['Quá hạn', figures.tasks.overdue.value],
          ['Khen thưởng', figures.awards.total.value],
        ].map(([title, value]) => (
          <Col span={4} key={title as string}>
            <Card size="small">
              <Statistic title={title} value={value as number} valueStyle={title === 'Quá hạn' && (value as number) > 0 ? { color: '#cf1322' } : undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title="So với kỳ trước và cùng kỳ năm trước">
        <Comparison info={info} />
      </Card>
      <Card size="small" title={`Hội nghị, buổi làm việc (${figures.meetings.items.length})`}>
        <Table
          size="small"
          rowKey="id"
          dataSource={figures.meetings.items}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          onRow={(m) => ({ onClick: () => void navigate({ name: 'meeting', id: m.id }), className: 'clickable-row' })}
          columns={[
            { title: 'Ngày', key: 'date', width: 110, render: (_, m) => formatLocalDate(m.startAt) },
            { title: 'Loại', key: 'kind', width: 190, render: (_, m) => MEETING_KIND.labels[m.kind] },
            { title: 'Hội nghị', dataIndex: 'title' },
            { title: 'Chủ trì', key: 'chairs', width: 260, ellipsis: true, render: (_, m) => m.chairs.join('; ') },
          ]}
        />
      </Card>
      <Card size="small" title={`Văn bản chỉ đạo đã tiếp nhận (${figures.directives.items.length})`}>
        <Table
          size="small"
          rowKey="id"
          dataSource={figures.directives.items}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          onRow={(d) => ({ onClick: () => void navigate({ name: 'directive', id: d.id }), className: 'clickable-row' })}
          columns={[
            { title: 'Số, ký hiệu', dataIndex: 'numberSymbol', width: 150 },
            { title: 'Trích yếu', key: 'summary', render: (_, d) => `${d.typeLabel} ${d.summary}` },
            {
              title: 'Triển khai',
              key: 'done',
              width: 300,
              render: (_, d) =>
                d.meetings.length + d.plans.length + d.tasks.value === 0 ? (
                  <Typography.Text type="warning">Chưa có hội nghị, kế hoạch hoặc nhiệm vụ</Typography.Text>
                ) : (
                  [...d.meetings.map((m) => m.title), ...d.plans.map((p) => `${p.typeLabel} số ${p.numberSymbol}`), ...(d.tasks.value > 0 ? [`${d.tasks.value} nhiệm vụ`] : [])].join('; ')
                ),
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title={`Nhiệm vụ quá hạn (${figures.tasks.overdueItems.length})`}>
            <Table
              size="small"
              rowKey="id"
              dataSource={figures.tasks.overdueItems}
              pagination={{ pageSize: 6, hideOnSinglePage: true }}
              onRow={(t) => ({ onClick: () => openTask(t.id), className: 'clickable-row' })}
              columns={[
                { title: 'Nhiệm vụ', dataIndex: 'title', ellipsis: true },
                { title: 'Đơn vị', dataIndex: 'organisation', width: 170, ellipsis: true },
                {
                  title: 'Hạn',
                  key: 'due',
                  width: 120,
                  render: (_, t) => (
                    <span style={{ color: '#cf1322' }}>
                      {t.dueDate ? formatLocalDate(t.dueDate) : ''}
                      <br />
                      Quá hạn {t.daysLate} ngày
                    </span>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="Nhiệm vụ theo đơn vị chủ trì">
            <Table
              size="small"
              rowKey="organisationId"
              dataSource={figures.tasks.byOrganisation}
              pagination={{ pageSize: 6, hideOnSinglePage: true }}
              columns={[
                { title: 'Đơn vị', dataIndex: 'name', ellipsis: true },
                { title: 'Giao', key: 'a', width: 60, align: 'center', render: (_, o) => o.assigned.value },
                { title: 'Xong', key: 'c', width: 60, align: 'center', render: (_, o) => o.completed.value },
                { title: 'Đúng hạn', key: 'o', width: 80, align: 'center', render: (_, o) => o.completedOnTime.value },
                { title: 'Quá hạn', key: 'l', width: 70, align: 'center', render: (_, o) => o.overdue.value },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={`Số liệu và hạn chế nêu tại hội nghị (${sentences.length})`}>
        <Table
          size="small"
          rowKey={(s) => `${s.kind}-${s.speechId}-${s.text}`}
          dataSource={sentences}
          pagination={{ pageSize: 6, hideOnSinglePage: true }}
          onRow={(s) => ({ onClick: () => void navigate({ name: 'meeting', id: s.meetingId }), className: 'clickable-row' })}
          columns={[
            { title: 'Loại', dataIndex: 'kind', width: 90 },
            { title: 'Nguyên văn', dataIndex: 'text' },
            { title: 'Tại', key: 'where', width: 280, ellipsis: true, render: (_, s) => `${s.meetingTitle} (${formatLocalDate(s.date)})` },
          ]}
        />
      </Card>
      {figures.duties.length > 0 && (
        <Card size="small" title="Báo cáo định kỳ phải gửi trong kỳ sau">
          <Table
            size="small"
            rowKey="taskId"
            dataSource={figures.duties}
            pagination={false}
            onRow={(d) => ({ onClick: () => openTask(d.taskId), className: 'clickable-row' })}
            columns={[
              { title: 'Báo cáo', dataIndex: 'title' },
              { title: 'Đơn vị', dataIndex: 'organisation', width: 220 },
              { title: 'Chu kỳ', key: 'r', width: 140, render: (_, d) => TASK_RECURRENCE.labels[d.recurrence] },
              { title: 'Hạn', key: 'due', width: 240, render: (_, d) => d.dueDates.map(formatLocalDate).join(', ') },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
