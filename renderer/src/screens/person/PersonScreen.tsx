import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ATTENDANCE, ATTENDEE_ROLE, AWARD_FORM, SPEECH_KIND, TASK_STATUS } from '../../../../shared/domain';
import { formatLocalDate, formatLocalDateTime } from '../../../../shared/datetime';
import type { PersonAttendance } from '../../../../shared/schemas/person-page';
import { useApiQuery } from '../../api/query';
import { openHit } from '../../components/search/open-hit';
import { useNavigation } from '../../store/navigation';
import { useTaskDrawer } from '../../store/task-view';

const CHAIRS = new Set(['chu_tri', 'dong_chu_tri']);

/**
 * A person's page: every meeting they attended or chaired with the title they held that day,
 * what they said, the awards they received and the tasks they are responsible for. Each line
 * opens the meeting at that row.
 */
export function PersonScreen({ id }: { id: number }) {
  const navigate = useNavigation((s) => s.navigate);
  const openTask = useTaskDrawer((s) => s.open);
  const page = useApiQuery('people:page', { id });

  if (page.error) {
    return (
      <div className="screen">
        <Alert type="error" showIcon message="Không mở được trang của người này" description={page.error} />
      </div>
    );
  }
  if (!page.data) return <Skeleton active style={{ padding: 32 }} />;
  const { person, attended, spoke, awards, tasks } = page.data;
  const chaired = attended.filter((a) => CHAIRS.has(a.role)).length;
  const openMeeting = (meetingId: number, part: string, partId: string) => void openHit({ kind: 'meeting', id: meetingId, part, partId });

  return (
    <div className="screen">
      <div className="screen-header">
        <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }} onClick={() => void navigate({ name: 'directory', tab: 'people' })}>
            Danh bạ
          </Button>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {person.fullName}
          </Typography.Title>
          <Space size={8} wrap>
            {person.title && <Typography.Text>{person.title}</Typography.Text>}
            {person.organisationName && <Tag>{person.organisationName}</Tag>}
            {!person.active && <Tag color="default">Ngừng sử dụng</Tag>}
            {person.phone && <Typography.Text type="secondary">ĐT: {person.phone}</Typography.Text>}
            {person.email && <Typography.Text type="secondary">{person.email}</Typography.Text>}
          </Space>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        Dự {attended.length} hội nghị, chủ trì {chaired}; {spoke.length} lần phát biểu; {awards.length} lần được khen thưởng; phụ trách {tasks.length} nhiệm vụ.
      </Typography.Paragraph>

      <Card size="small" title="Hội nghị đã dự" style={{ marginBottom: 16 }}>
        <Table<PersonAttendance>
          size="small"
          rowKey="attendeeId"
          dataSource={attended}
          locale={{ emptyText: 'Chưa có hội nghị nào ghi người này trong thành phần.' }}
          pagination={attended.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          onRow={(row) => ({ onClick: () => openMeeting(row.meetingId, 'attendee', row.attendeeId), style: { cursor: 'pointer' } })}
          columns={[
            { title: 'Ngày', width: 140, render: (_v, row) => formatLocalDateTime(row.startAt) },
            {
              title: 'Hội nghị',
              render: (_v, row) => (
                <Typography.Link onClick={(event) => (event.stopPropagation(), openMeeting(row.meetingId, 'attendee', row.attendeeId))}>{row.meetingTitle}</Typography.Link>
              ),
            },
            { title: 'Chức danh khi dự họp', width: 280, render: (_v, row) => row.titleHeld || <Typography.Text type="secondary">(không ghi)</Typography.Text> },
            {
              title: 'Vai trò',
              width: 150,
              render: (_v, row) => (
                <Space size={4} wrap>
                  <Tag color={CHAIRS.has(row.role) ? 'red' : undefined}>{ATTENDEE_ROLE.labels[row.role]}</Tag>
                  {row.attendance !== 'co_mat' && <Tag>{ATTENDANCE.labels[row.attendance]}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card size="small" title="Phát biểu, báo cáo, tham luận" style={{ marginBottom: 16 }}>
        {spoke.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có ý kiến nào ghi tên người này." />
        ) : (
          <List
            size="small"
            dataSource={spoke}
            renderItem={(speech) => (
              <List.Item key={speech.speechId} style={{ cursor: 'pointer' }} onClick={() => openMeeting(speech.meetingId, 'speech', speech.speechId)}>
                <List.Item.Meta
                  title={
                    <Space size={6} wrap>
                      <Tag>{SPEECH_KIND.labels[speech.kind]}</Tag>
                      <Typography.Link>{speech.meetingTitle}</Typography.Link>
                      <Typography.Text type="secondary">{formatLocalDate(speech.startAt)}</Typography.Text>
                    </Space>
                  }
                  description={
                    <>
                      {speech.titleHeld && <div>{speech.titleHeld}</div>}
                      {speech.excerpt}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          Ý kiến và khen thưởng được tìm theo họ tên đã ghi, nên có thể gồm cả người trùng tên.
        </Typography.Paragraph>
      </Card>

      <Card size="small" title="Khen thưởng" style={{ marginBottom: 16 }}>
        {awards.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có khen thưởng nào ghi tên người này." />
        ) : (
          <List
            size="small"
            dataSource={awards}
            renderItem={(award) => (
              <List.Item key={award.awardId} style={{ cursor: 'pointer' }} onClick={() => openMeeting(award.meetingId, 'award', award.awardId)}>
                <Space size={6} wrap>
                  <Tag color="gold">{award.form === 'khac' ? award.formOther || AWARD_FORM.labels.khac : AWARD_FORM.labels[award.form]}</Tag>
                  {award.issuer && <Typography.Text>{award.issuer}</Typography.Text>}
                  <Typography.Link>{award.meetingTitle}</Typography.Link>
                  <Typography.Text type="secondary">{formatLocalDate(award.startAt)}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card size="small" title="Nhiệm vụ phụ trách">
        {tasks.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không phụ trách nhiệm vụ nào." />
        ) : (
          <List
            size="small"
            dataSource={tasks}
            renderItem={(task) => (
              <List.Item key={task.id} style={{ cursor: 'pointer' }} onClick={() => openTask(task.id)}>
                <Space size={6} wrap>
                  <Typography.Link>{task.title}</Typography.Link>
                  <Tag>{TASK_STATUS.labels[task.status]}</Tag>
                  <Typography.Text type="secondary">{task.dueDate ? `Hạn ${formatLocalDate(task.dueDate)}` : 'Chưa đặt hạn'}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  );
}
