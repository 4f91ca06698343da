import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Select, Space } from 'antd';
import { isValidLocalDateTime } from '../../../../shared/datetime';
import { MEETING_FORMAT, MEETING_KIND, MEETING_STATUS } from '../../../../shared/domain';
import { DateTimeField } from '../../components/DateTimeField';
import { useMeetingEditor } from '../../store/meeting-editor';
import { moveRow, newRowId, removeRow, replaceRow } from './list-ops';
import { RowActions } from './RowActions';
import { useMeetingField } from './useMeetingField';
import { LeadershipSummary } from './LeadershipSummary';

const kindOptions = MEETING_KIND.values.map((value) => ({ value, label: MEETING_KIND.labels[value] }));
const statusOptions = MEETING_STATUS.values.map((value) => ({ value, label: MEETING_STATUS.labels[value] }));

export function GeneralSection() {
  const [title, setTitle] = useMeetingField('title');
  const [kind, setKind] = useMeetingField('kind');
  const [kindOther, setKindOther] = useMeetingField('kindOther');
  const [startAt, setStartAt] = useMeetingField('startAt');
  const [endAt, setEndAt] = useMeetingField('endAt');
  const [place, setPlace] = useMeetingField('place');
  const [format, setFormat] = useMeetingField('format');
  const [hostName, setHostName] = useMeetingField('hostName');
  const [status, setStatus] = useMeetingField('status');
  const [notes, setNotes] = useMeetingField('notes');

  return (
    <Form layout="vertical" component="div">
      <Form.Item label="Tên hội nghị" htmlFor="meeting-title" required>
        <Input.TextArea
          id="meeting-title"
          value={title}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onChange={(e) => setTitle(e.target.value)}
          status={title.trim() === '' ? 'error' : undefined}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="Loại hội nghị" htmlFor="meeting-kind">
            <Select id="meeting-kind" value={kind} options={kindOptions} onChange={setKind} />
          </Form.Item>
        </Col>
        {kind === 'khac' && (
          <Col span={8}>
            <Form.Item label="Ghi rõ loại" htmlFor="meeting-kind-other">
              <Input id="meeting-kind-other" value={kindOther} onChange={(e) => setKindOther(e.target.value)} />
            </Form.Item>
          </Col>
        )}
        <Col span={8}>
          <Form.Item label="Trạng thái" htmlFor="meeting-status">
            <Select id="meeting-status" value={status} options={statusOptions} onChange={setStatus} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="Bắt đầu" htmlFor="meeting-start" required>
            <DateTimeField id="meeting-start" value={startAt} onChange={(value) => setStartAt(value ?? '')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Kết thúc" htmlFor="meeting-end">
            <DateTimeField
              id="meeting-end"
              value={endAt}
              allowClear
              onChange={setEndAt}
              status={endAt !== null && isValidLocalDateTime(endAt) && isValidLocalDateTime(startAt) && endAt < startAt ? 'error' : undefined}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Địa điểm" htmlFor="meeting-place">
            <Input id="meeting-place" value={place} onChange={(e) => setPlace(e.target.value)} placeholder="Ví dụ: Hội trường Ủy ban MTTQ tỉnh" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Cơ quan, đơn vị tổ chức" htmlFor="meeting-host">
            <Input id="meeting-host" value={hostName} onChange={(e) => setHostName(e.target.value)} placeholder="Ví dụ: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Hình thức tổ chức">
        <Radio.Group
          value={format}
          onChange={(e) => setFormat(e.target.value)}
          options={MEETING_FORMAT.values.map((value) => ({ value, label: MEETING_FORMAT.labels[value] }))}
        />
      </Form.Item>
      {format !== 'truc_tiep' && <ConnectedPoints />}
      <LeadershipSummary />
      <Form.Item label="Ghi chú" htmlFor="meeting-notes">
        <Input.TextArea id="meeting-notes" value={notes} autoSize={{ minRows: 2, maxRows: 8 }} onChange={(e) => setNotes(e.target.value)} />
      </Form.Item>
    </Form>
  );
}

function ConnectedPoints() {
  const points = useMeetingEditor((s) => s.record!.connectedPoints);
  const update = useMeetingEditor((s) => s.update);
  const setPoints = (change: (rows: typeof points) => typeof points) =>
    update((m) => ({ ...m, connectedPoints: change(m.connectedPoints) }));
  return (
    <Form.Item label={`Các điểm cầu (${points.length})`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {points.map((point, index) => (
          <Space key={point.id} style={{ width: '100%' }}>
            <Input
              aria-label={`Điểm cầu ${index + 1}`}
              value={point.name}
              style={{ width: 420 }}
              onChange={(e) => setPoints((rows) => replaceRow(rows, point.id, { name: e.target.value }))}
            />
            <RowActions
              what={`điểm cầu ${point.name}`}
              isFirst={index === 0}
              isLast={index === points.length - 1}
              onMove={(delta) => setPoints((rows) => moveRow(rows, point.id, delta))}
              onRemove={() => setPoints((rows) => removeRow(rows, point.id))}
            />
          </Space>
        ))}
        <Button icon={<PlusOutlined />} onClick={() => setPoints((rows) => [...rows, { id: newRowId(), name: '' }])}>
          Thêm điểm cầu
        </Button>
      </Space>
    </Form.Item>
  );
}
