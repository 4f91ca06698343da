import { Alert, Col, Form, Input, Row, Select } from 'antd';
import { MEETING_FORMAT, MEETING_KIND } from '../../../../shared/domain';
import type { IntakeProposal } from '../../../../shared/schemas/intake';
import { DateTimeField } from '../../components/DateTimeField';
import { useIntake } from '../../store/intake';
import { INTAKE_TEXT } from './intake-labels';
import type { ReviewHeader as Header } from './review-draft';

const kindOptions = MEETING_KIND.values.map((value) => ({ value, label: MEETING_KIND.labels[value] }));
const formatOptions = MEETING_FORMAT.values.map((value) => ({ value, label: MEETING_FORMAT.labels[value] }));
const F = INTAKE_TEXT.fields;

/** Name, kind, time, place, organiser, form. What was guessed (the year, the hour) says so. */
export function ReviewHeaderSection({ header, proposal, completing }: { header: Header; proposal: IntakeProposal; completing: boolean }) {
  const update = useIntake((s) => s.updateHeader);
  const setActive = useIntake((s) => s.setActive);
  const inferred = proposal.meeting.startAt?.inferred ?? null;
  const focus = (key: string) => () => setActive(key);
  return (
    <Form layout="vertical" component="div">
      {completing && <Alert type="info" showIcon style={{ marginBottom: 12 }} message="Tên, loại và ngày giờ của hội nghị đang bổ sung được giữ nguyên; chỉ ô còn trống (địa điểm, đơn vị tổ chức, giờ kết thúc) được điền thêm." />}
      <Form.Item label={F.title} htmlFor="intake-title" required={!completing}>
        <Input.TextArea
          id="intake-title"
          value={header.title}
          autoSize={{ minRows: 1, maxRows: 4 }}
          status={!completing && header.title.trim() === '' ? 'error' : undefined}
          onFocus={focus('tieu-de')}
          onChange={(e) => update({ title: e.target.value })}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label={F.kind} htmlFor="intake-kind">
            <Select id="intake-kind" value={header.kind} options={kindOptions} onChange={(kind) => update({ kind })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={F.startAt} htmlFor="intake-start" required={!completing}>
            <DateTimeField id="intake-start" value={header.startAt} status={!completing && !header.startAt ? 'error' : undefined} onChange={(startAt) => update({ startAt })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label={F.endAt} htmlFor="intake-end">
            <DateTimeField id="intake-end" allowClear value={header.endAt} onChange={(endAt) => update({ endAt })} />
          </Form.Item>
        </Col>
      </Row>
      {inferred && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`Ngày giờ được suy ra: ${inferred}`} onMouseEnter={focus('thoi-gian')} />}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item label={F.place} htmlFor="intake-place">
            <Input id="intake-place" value={header.place} onFocus={focus('dia-diem')} onChange={(e) => update({ place: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={F.hostName} htmlFor="intake-host">
            <Input id="intake-host" value={header.hostName} onFocus={focus('to-chuc')} onChange={(e) => update({ hostName: e.target.value })} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={F.format} htmlFor="intake-format" style={{ marginBottom: 0 }}>
        <Select id="intake-format" value={header.format} options={formatOptions} onChange={(format) => update({ format })} style={{ maxWidth: 320 }} />
      </Form.Item>
    </Form>
  );
}
