import { Descriptions } from 'antd';
import { useMemo } from 'react';
import { useMeetingEditor } from '../../store/meeting-editor';

function describe(people: Array<{ fullName: string; title: string }>): string {
  if (people.length === 0) return 'Chưa chọn — đặt vai trò ở mục "Thành phần"';
  return people.map((p) => (p.title ? `${p.fullName}, ${p.title}` : p.fullName)).join('; ');
}

/** Chairs and secretary are attendees with those roles; shown here so the record reads as a whole. */
export function LeadershipSummary() {
  const attendees = useMeetingEditor((s) => s.record!.attendees);
  const chairs = useMemo(() => attendees.filter((a) => a.role === 'chu_tri' || a.role === 'dong_chu_tri'), [attendees]);
  const secretaries = useMemo(() => attendees.filter((a) => a.role === 'thu_ky'), [attendees]);
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 24 }}>
      <Descriptions.Item label="Chủ trì">{describe(chairs)}</Descriptions.Item>
      <Descriptions.Item label="Thư ký">{describe(secretaries)}</Descriptions.Item>
    </Descriptions>
  );
}
