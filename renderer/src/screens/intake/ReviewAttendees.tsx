import { Checkbox, Col, Empty, Input, Row, Select, Tag } from 'antd';
import { ATTENDANCE, ATTENDEE_ROLE } from '../../../../shared/domain';
import { useIntake } from '../../store/intake';
import { INTAKE_TEXT } from './intake-labels';
import { ReviewItem } from './ReviewItem';
import type { ReviewDraft } from './review-draft';

const roleOptions = ATTENDEE_ROLE.values.map((value) => ({ value, label: ATTENDEE_ROLE.labels[value] }));
const attendanceOptions = ATTENDANCE.values.map((value) => ({ value, label: ATTENDANCE.labels[value] }));
const F = INTAKE_TEXT.fields;

/** The people the text names, with the title each held that day and whether the directory knows them. */
export function ReviewAttendees({ attendees }: { attendees: ReviewDraft['attendees'] }) {
  const update = useIntake((s) => s.updateRow);
  if (attendees.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={INTAKE_TEXT.empty.attendees} />;
  return (
    <>
      {attendees.map((a) => {
        const set = (patch: Partial<ReviewDraft['attendees'][number]>) => update('attendees', a.key, patch);
        const who = a.fullName || 'người dự họp';
        return (
          <ReviewItem
            key={a.key}
            itemKey={a.key}
            label={a.fullName || 'Người chưa có tên'}
            accepted={a.accepted}
            onAccept={(accepted) => set({ accepted })}
            hasSource={a.spans.length > 0}
            tags={
              <>
                {a.alreadyInMeeting && <Tag>{INTAKE_TEXT.alreadyInMeeting}</Tag>}
                {a.personId !== null ? (
                  <Tag color="green">{INTAKE_TEXT.inDirectory}</Tag>
                ) : (
                  <Checkbox checked={a.addToDirectory} onChange={(e) => set({ addToDirectory: e.target.checked })} aria-label={`${INTAKE_TEXT.addToDirectory}: ${who}`}>
                    {INTAKE_TEXT.addToDirectory}
                  </Checkbox>
                )}
                {a.role !== 'dai_bieu' && <Tag color="blue">{ATTENDEE_ROLE.labels[a.role]}</Tag>}
              </>
            }
          >
            <Row gutter={8}>
              <Col span={8}>
                <Input aria-label={`${F.fullName} (${who})`} value={a.fullName} onChange={(e) => set({ fullName: e.target.value })} />
              </Col>
              <Col span={16}>
                <Input aria-label={`${F.personTitle} (${who})`} placeholder={F.personTitle} value={a.title} onChange={(e) => set({ title: e.target.value })} />
              </Col>
            </Row>
            <Row gutter={8} style={{ marginTop: 6 }} align="middle">
              <Col span={10}>
                <Input aria-label={`${F.organisation} (${who})`} placeholder={F.organisation} value={a.organisationName} onChange={(e) => set({ organisationName: e.target.value })} />
              </Col>
              <Col span={7}>
                <Select aria-label={`${F.role} (${who})`} value={a.role} options={roleOptions} onChange={(role) => set({ role })} style={{ width: '100%' }} />
              </Col>
              <Col span={7}>
                <Select aria-label={`${F.attendance} (${who})`} value={a.attendance} options={attendanceOptions} onChange={(attendance) => set({ attendance })} style={{ width: '100%' }} />
              </Col>
            </Row>
            {a.attendance === 'vang_co_ly_do' && (
              <Input style={{ marginTop: 6 }} aria-label={`Lý do vắng (${who})`} placeholder="Lý do vắng" value={a.absenceReason} onChange={(e) => set({ absenceReason: e.target.value })} />
            )}
          </ReviewItem>
        );
      })}
    </>
  );
}
