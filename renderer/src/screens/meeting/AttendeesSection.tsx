import { PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Table, Typography } from 'antd';
import { memo, useEffect, useMemo, useState } from 'react';
import { ATTENDANCE, ATTENDEE_ROLE } from '../../../../shared/domain';
import type { MeetingAttendee } from '../../../../shared/schemas/meeting';
import { useMeetingEditor } from '../../store/meeting-editor';
import { useRecordFocus } from '../../store/record-focus';
import { moveRow, newRowId, removeRow, replaceRow } from './list-ops';
import { PersonPicker } from './PersonPicker';
import { RowActions } from './RowActions';
import { attendanceSummary } from './attendance-summary';

const roleOptions = ATTENDEE_ROLE.values.map((value) => ({ value, label: ATTENDEE_ROLE.labels[value] }));
const attendanceOptions = ATTENDANCE.values.map((value) => ({ value, label: ATTENDANCE.labels[value] }));

function useAttendeeUpdater() {
  const update = useMeetingEditor((s) => s.update);
  return (change: (rows: MeetingAttendee[]) => MeetingAttendee[]) =>
    update((m) => ({ ...m, attendees: change(m.attendees) }));
}

/** A large meeting's attendees are shown this many at a time. */
const PAGE_SIZE = 50;

/**
 * The page shown, and the page of the attendee a search result or a person's page opens at: the
 * row must be drawn for the screen to scroll to it and mark it (useFocusRow).
 */
function useAttendeePage(attendees: readonly MeetingAttendee[]): [number, (page: number) => void] {
  const [page, setPage] = useState(1);
  const focused = useRecordFocus((s) => (s.target?.kind === 'meeting' && s.target.part === 'attendee' ? s.target.partId : null));
  useEffect(() => {
    if (focused === null) return;
    const index = attendees.findIndex((row) => row.id === focused);
    if (index >= 0) setPage(Math.floor(index / PAGE_SIZE) + 1);
  }, [focused, attendees]);
  // Rows removed: stay on a page that still exists.
  return [Math.min(page, Math.max(1, Math.ceil(attendees.length / PAGE_SIZE))), setPage];
}

export function AttendeesSection() {
  const attendees = useMeetingEditor((s) => s.record!.attendees);
  const [page, setPage] = useAttendeePage(attendees);
  // The table numbers the rows of the page it shows; the attendee's number is counted over all of them.
  const offset = attendees.length > PAGE_SIZE ? (page - 1) * PAGE_SIZE : 0;
  const setAttendees = useAttendeeUpdater();
  const summary = useMemo(() => attendanceSummary(attendees), [attendees]);
  const linkedIds = useMemo(() => new Set(attendees.flatMap((a) => (a.personId ? [a.personId] : []))), [attendees]);

  const addBlank = () =>
    setAttendees((rows) => [
      ...rows,
      { id: newRowId(), personId: null, fullName: '', title: '', organisationName: '', role: 'dai_bieu', attendance: 'co_mat', absenceReason: '' },
    ]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <PersonPicker
          excludeIds={linkedIds}
          onPick={(person) =>
            setAttendees((rows) => [
              ...rows,
              {
                id: newRowId(),
                personId: person.id,
                fullName: person.fullName,
                // A snapshot: the title held today, kept with this meeting even if it changes later.
                title: person.title,
                organisationName: person.organisationName,
                role: 'dai_bieu',
                attendance: 'co_mat',
                absenceReason: '',
              },
            ])
          }
        />
        <Button icon={<UserAddOutlined />} onClick={addBlank}>
          Thêm người ngoài danh bạ
        </Button>
      </Space>
      <Typography.Text aria-label="Tóm tắt thành phần">{summary}</Typography.Text>
      {attendees.length === 0 ? (
        <Alert type="info" showIcon message="Chưa có thành phần dự họp. Chọn người từ danh bạ hoặc thêm người ngoài danh bạ." />
      ) : (
        <Table<MeetingAttendee>
          size="small"
          tableLayout="fixed"
          rowKey="id"
          dataSource={attendees}
          pagination={attendees.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, current: page, onChange: setPage, showSizeChanger: false } : false}
          columns={[
            { title: 'TT', width: 48, render: (_v, _r, index) => offset + index + 1 },
            { title: 'Họ và tên', width: 170, render: (_v, row, index) => <AttendeeText row={row} index={offset + index} field="fullName" label="Họ và tên" /> },
            { title: 'Chức danh khi dự họp', render: (_v, row, index) => <AttendeeText row={row} index={offset + index} field="title" label="Chức danh" /> },
            { title: 'Cơ quan, đơn vị', width: 180, render: (_v, row, index) => <AttendeeText row={row} index={offset + index} field="organisationName" label="Cơ quan" /> },
            {
              title: 'Vai trò',
              width: 126,
              render: (_v, row) => (
                <Select
                  aria-label={`Vai trò của ${row.fullName || 'người này'}`}
                  value={row.role}
                  options={roleOptions}
                  style={{ width: '100%' }}
                  onChange={(role) => setAttendees((rows) => replaceRow(rows, row.id, { role }))}
                />
              ),
            },
            {
              title: 'Có mặt',
              width: 170,
              render: (_v, row) => <AttendanceCell row={row} />,
            },
            {
              title: '',
              width: 100,
              render: (_v, row, index) => (
                <RowActions
                  what={`đại biểu ${row.fullName}`}
                  isFirst={offset + index === 0}
                  isLast={offset + index === attendees.length - 1}
                  onMove={(delta) => setAttendees((rows) => moveRow(rows, row.id, delta))}
                  onRemove={() => setAttendees((rows) => removeRow(rows, row.id))}
                />
              ),
            },
          ]}
        />
      )}
      {attendees.length > 0 && (
        <Button icon={<PlusOutlined />} type="dashed" onClick={addBlank}>
          Thêm dòng
        </Button>
      )}
    </Space>
  );
}

const AttendeeText = memo(function AttendeeText({
  row,
  index,
  field,
  label,
}: {
  row: MeetingAttendee;
  index: number;
  field: 'fullName' | 'title' | 'organisationName';
  label: string;
}) {
  const setAttendees = useAttendeeUpdater();
  // Titles and organisation names run long ("Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban…"): let them wrap.
  return (
    <Input.TextArea
      aria-label={`${label}, dòng ${index + 1}`}
      value={row[field]}
      autoSize={{ minRows: 1, maxRows: 4 }}
      status={field === 'fullName' && row.fullName.trim() === '' ? 'error' : undefined}
      onChange={(e) => setAttendees((rows) => replaceRow(rows, row.id, { [field]: e.target.value.replace(/\n/g, ' ') }))}
    />
  );
});

function AttendanceCell({ row }: { row: MeetingAttendee }) {
  const setAttendees = useAttendeeUpdater();
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Select
        aria-label={`Có mặt: ${row.fullName || 'người này'}`}
        value={row.attendance}
        options={attendanceOptions}
        style={{ width: '100%' }}
        onChange={(attendance) =>
          setAttendees((rows) =>
            replaceRow(rows, row.id, { attendance, absenceReason: attendance === 'vang_co_ly_do' ? row.absenceReason : '' }),
          )
        }
      />
      {row.attendance === 'vang_co_ly_do' && (
        <Input
          aria-label={`Lý do vắng của ${row.fullName}`}
          placeholder="Lý do vắng"
          value={row.absenceReason}
          onChange={(e) => setAttendees((rows) => replaceRow(rows, row.id, { absenceReason: e.target.value }))}
        />
      )}
    </Space>
  );
}
