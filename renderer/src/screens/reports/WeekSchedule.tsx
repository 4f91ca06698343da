import { FileWordOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatLocalDate, isValidLocalDate } from '../../../../shared/datetime';
import type { ScheduleEntry } from '../../../../shared/schemas/report';
import { addDays, weekOf } from '../../../../shared/task-dates';
import { weekday } from '../../../../shared/vietnamese-dates';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { DateField } from '../../components/DateField';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { useNavigation } from '../../store/navigation';
import { useChannel } from './useChannel';

function time(entry: ScheduleEntry): string {
  const short = (hhmm: string) => `${Number(hhmm.slice(0, 2))}h${hhmm.slice(3, 5)}`;
  return entry.endTime ? `${short(entry.startTime)} - ${short(entry.endTime)}` : short(entry.startTime);
}

/**
 * Lịch công tác tuần của Thường trực: the meetings of a week from the records, and "Xuất Word" in
 * the usual table (landscape when its columns need it, the header row on every page).
 */
export function WeekSchedule({ initialDay }: { initialDay?: string }) {
  const [monday, setMonday] = useState(() => weekOf(initialDay ?? dayjs().format('YYYY-MM-DD')).monday);
  const { data, error } = useChannel('schedule:week', { week: monday });
  const navigate = useNavigation((s) => s.navigate);
  const { notification } = App.useApp();
  const showExported = useExportedFileNotice();
  const exporting = useAction(() => call('schedule:exportDocx', { week: monday }));

  const exportWord = async () => {
    const result = await exporting.attempt();
    if (!result.ok) {
      notification.error({ message: 'Chưa xuất được lịch công tác tuần', description: result.message, duration: 0 });
      return;
    }
    if (result.value.saved && result.value.filePath) showExported('Đã xuất lịch công tác tuần ra Word', result.value.filePath);
  };

  // Any day of the week, typed as staff type dates ("18/6/2026") or picked: the week that holds
  // it is shown. Text that is not a date stays in the field with its reason; the week stays put.
  const [typedDay, setTypedDay] = useState<string | null>(null);
  const chooseDay = (next: string) => {
    if (!isValidLocalDate(next)) {
      setTypedDay(next);
      return;
    }
    setTypedDay(null);
    setMonday(weekOf(next).monday);
  };
  const showWeek = (day: string) => {
    setTypedDay(null);
    setMonday(day);
  };

  const sunday = addDays(monday, 6);
  return (
    <Card>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, marginBottom: 16, flexWrap: 'wrap' }}>
        <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
          Lịch công tác tuần từ ngày {formatLocalDate(monday)} đến ngày {formatLocalDate(sunday)}
        </Typography.Title>
        {/* Top-aligned: a typed day's reason under the field does not lift it above the buttons. */}
        <Space wrap align="start">
          <Button icon={<LeftOutlined />} aria-label="Tuần trước" onClick={() => showWeek(addDays(monday, -7))} />
          <div style={{ width: 150 }}>
            <DateField
              aria-label="Ngày trong tuần cần xem"
              value={typedDay ?? monday}
              onChange={chooseDay}
            />
          </div>
          <Button aria-label="Tuần sau" icon={<RightOutlined />} onClick={() => showWeek(addDays(monday, 7))} />
          <Button onClick={() => showWeek(weekOf(dayjs().format('YYYY-MM-DD')).monday)}>Tuần này</Button>
          <Button type="primary" icon={<FileWordOutlined />} loading={exporting.busy} onClick={() => void exportWord()}>
            Xuất Word
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<ScheduleEntry>
        rowKey="meetingId"
        size="small"
        loading={!data && !error}
        dataSource={data?.entries ?? []}
        pagination={false}
        // Fixed layout: the subject column takes what the others leave, even on an empty week.
        tableLayout="fixed"
        locale={{ emptyText: 'Tuần này chưa có hội nghị, buổi làm việc nào trong hồ sơ.' }}
        onRow={(row) => ({ onClick: () => void navigate({ name: 'meeting', id: row.meetingId }), className: 'clickable-row' })}
        columns={[
          { title: 'Thứ, ngày', key: 'day', width: 120, render: (_, e) => `${weekday(e.date)}, ${formatLocalDate(e.date)}` },
          { title: 'Thời gian', key: 'time', width: 110, render: (_, e) => time(e) },
          { title: 'Nội dung', dataIndex: 'title' },
          { title: 'Chủ trì', dataIndex: 'chair', width: 190, ellipsis: true },
          { title: 'Thành phần', dataIndex: 'participants', width: 170, ellipsis: true },
          { title: 'Địa điểm', dataIndex: 'place', width: 150, ellipsis: true },
          { title: 'Trạng thái', dataIndex: 'status', width: 100, render: (s: string) => <Typography.Text type="secondary">{s}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
