import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Row, Select, Space, Typography } from 'antd';
import { SPEECH_KIND } from '../../../../shared/domain';
import type { MeetingAgendaItem, MeetingSpeech } from '../../../../shared/schemas/meeting';
import { useMeetingEditor } from '../../store/meeting-editor';
import { moveRow, newRowId, removeRow, replaceRow } from './list-ops';
import { RowActions } from './RowActions';
import { SpeakerField, type PickedSpeaker } from './SpeakerField';

/** How a programme writes its presenters: "Nguyễn Văn Khánh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố". */
const presenterText = (person: PickedSpeaker) => (person.title ? `${person.fullName}, ${person.title}` : person.fullName);
const speakerName = (person: PickedSpeaker) => person.fullName;

const speechKindOptions = SPEECH_KIND.values.map((value) => ({ value, label: SPEECH_KIND.labels[value] }));

function useAgendaUpdater() {
  const update = useMeetingEditor((s) => s.update);
  return (change: (items: MeetingAgendaItem[]) => MeetingAgendaItem[]) => update((m) => ({ ...m, agenda: change(m.agenda) }));
}

export function AgendaSection() {
  const agenda = useMeetingEditor((s) => s.record!.agenda);
  const setAgenda = useAgendaUpdater();
  const addItem = () => setAgenda((items) => [...items, { id: newRowId(), title: '', presenter: '', speeches: [] }]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {agenda.length === 0 && (
        <Empty description="Chưa có nội dung nào trong chương trình hội nghị." image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {agenda.map((item, index) => (
        <AgendaItemCard key={item.id} item={item} index={index} count={agenda.length} />
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={addItem}>
        Thêm nội dung chương trình
      </Button>
    </Space>
  );
}

function AgendaItemCard({ item, index, count }: { item: MeetingAgendaItem; index: number; count: number }) {
  const setAgenda = useAgendaUpdater();
  const patchItem = (patch: Partial<MeetingAgendaItem>) => setAgenda((items) => replaceRow(items, item.id, patch));
  const setSpeeches = (change: (speeches: MeetingSpeech[]) => MeetingSpeech[]) =>
    setAgenda((items) => items.map((it) => (it.id === item.id ? { ...it, speeches: change(it.speeches) } : it)));
  const addSpeech = () =>
    setSpeeches((speeches) => [
      ...speeches,
      { id: newRowId(), kind: 'phat_bieu', speakerName: '', speakerTitle: '', summary: '' },
    ]);
  return (
    <Card
      size="small"
      data-row-id={item.id}
      title={<Typography.Text strong>Nội dung {index + 1}</Typography.Text>}
      extra={
        <RowActions
          what={`nội dung ${index + 1}`}
          isFirst={index === 0}
          isLast={index === count - 1}
          confirmRemove={item.speeches.length > 0}
          onMove={(delta) => setAgenda((items) => moveRow(items, item.id, delta))}
          onRemove={() => setAgenda((items) => removeRow(items, item.id))}
        />
      }
    >
      <Row gutter={12}>
        <Col span={14}>
          <Input.TextArea
            aria-label={`Tên nội dung ${index + 1}`}
            placeholder="Ví dụ: Báo cáo kết quả công tác Mặt trận năm 2025"
            value={item.title}
            autoSize={{ minRows: 1, maxRows: 4 }}
            status={item.title.trim() === '' ? 'error' : undefined}
            // One line of text: Enter does not start a new line in a title.
            onChange={(e) => patchItem({ title: e.target.value.replace(/\n/g, ' ') })}
          />
        </Col>
        <Col span={10}>
          <SpeakerField
            aria-label={`Người trình bày nội dung ${index + 1}`}
            placeholder="Người trình bày: gõ tên để chọn"
            value={item.presenter}
            fillOf={presenterText}
            onChange={(presenter) => patchItem({ presenter })}
            onPick={(person) => patchItem({ presenter: presenterText(person) })}
          />
        </Col>
      </Row>
      <div style={{ marginTop: 12, paddingLeft: 16, borderLeft: '3px solid #f0f0f0' }}>
        {item.speeches.map((speech, speechIndex) => (
          // data-row-id: where a search result for this speech scrolls to.
          <div key={speech.id} data-row-id={speech.id}>
          <SpeechEditor
            speech={speech}
            label={`ý kiến ${speechIndex + 1} của nội dung ${index + 1}`}
            isFirst={speechIndex === 0}
            isLast={speechIndex === item.speeches.length - 1}
            onChange={(patch) => setSpeeches((speeches) => replaceRow(speeches, speech.id, patch))}
            onMove={(delta) => setSpeeches((speeches) => moveRow(speeches, speech.id, delta))}
            onRemove={() => setSpeeches((speeches) => removeRow(speeches, speech.id))}
          />
          </div>
        ))}
        <Button size="small" icon={<PlusOutlined />} onClick={addSpeech}>
          Thêm báo cáo, ý kiến phát biểu
        </Button>
      </div>
    </Card>
  );
}

interface SpeechEditorProps {
  speech: MeetingSpeech;
  label: string;
  isFirst: boolean;
  isLast: boolean;
  onChange(patch: Partial<MeetingSpeech>): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

function SpeechEditor({ speech, label, isFirst, isLast, onChange, onMove, onRemove }: SpeechEditorProps) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Row gutter={8} align="top" style={{ marginBottom: 6 }}>
        <Col span={4}>
          <Select aria-label={`Loại ${label}`} value={speech.kind} options={speechKindOptions} style={{ width: '100%' }} onChange={(kind) => onChange({ kind })} />
        </Col>
        {/* A name is short, a title long ("Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội …"): the title gets the room. */}
        <Col span={6}>
          <SpeakerField
            aria-label={`Người phát biểu, ${label}`}
            placeholder="Người phát biểu"
            value={speech.speakerName}
            fillOf={speakerName}
            onChange={(speakerName) => onChange({ speakerName })}
            // Picking a person also fills the title: held at this meeting for an attendee, held now for the directory.
            onPick={(person) => onChange({ speakerName: person.fullName, speakerTitle: person.title || speech.speakerTitle })}
          />
        </Col>
        <Col span={11}>
          <Input.TextArea
            aria-label={`Chức danh người phát biểu, ${label}`}
            placeholder="Chức danh"
            value={speech.speakerTitle}
            // A long title wraps onto more lines instead of being cut off.
            autoSize={{ minRows: 1, maxRows: 5 }}
            onChange={(e) => onChange({ speakerTitle: e.target.value.replace(/\n/g, ' ') })}
          />
        </Col>
        <Col span={3} style={{ textAlign: 'right' }}>
          <RowActions what={label} isFirst={isFirst} isLast={isLast} onMove={onMove} onRemove={onRemove} confirmRemove={speech.summary !== ''} />
        </Col>
      </Row>
      <Input.TextArea
        aria-label={`Tóm tắt ${label}`}
        placeholder="Tóm tắt nội dung"
        value={speech.summary}
        autoSize={{ minRows: 2, maxRows: 12 }}
        onChange={(e) => onChange({ summary: e.target.value })}
      />
    </div>
  );
}
