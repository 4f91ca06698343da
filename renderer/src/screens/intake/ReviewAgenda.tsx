import { Col, Empty, Input, Row, Select, Tag, Typography } from 'antd';
import { SPEECH_KIND } from '../../../../shared/domain';
import { useIntake } from '../../store/intake';
import { INTAKE_TEXT } from './intake-labels';
import { ReviewItem } from './ReviewItem';
import type { ReviewDraft } from './review-draft';

const kindOptions = SPEECH_KIND.values.map((value) => ({ value, label: SPEECH_KIND.labels[value] }));
const F = INTAKE_TEXT.fields;

/** The programme and, under each item, the reports and speeches with what was said. */
export function ReviewAgenda({ agenda }: { agenda: ReviewDraft['agenda'] }) {
  const updateRow = useIntake((s) => s.updateRow);
  const updateSpeech = useIntake((s) => s.updateSpeech);
  if (agenda.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={INTAKE_TEXT.empty.agenda} />;
  return (
    <>
      {agenda.map((item, index) => (
        <ReviewItem
          key={item.key}
          itemKey={item.key}
          label={`${index + 1}. ${item.title || 'Nội dung chưa có tên'}`}
          accepted={item.accepted}
          onAccept={(accepted) => updateRow('agenda', item.key, { accepted })}
          hasSource={item.spans.length > 0}
          tags={item.synthesized ? <Tag>Tên do ứng dụng đặt</Tag> : undefined}
        >
          <Row gutter={8}>
            <Col span={14}>
              <Input aria-label={`${F.itemTitle} ${index + 1}`} value={item.title} onChange={(e) => updateRow('agenda', item.key, { title: e.target.value })} />
            </Col>
            <Col span={10}>
              <Input aria-label={`${F.presenter} (nội dung ${index + 1})`} placeholder={F.presenter} value={item.presenter} onChange={(e) => updateRow('agenda', item.key, { presenter: e.target.value })} />
            </Col>
          </Row>
          {item.synthesized && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {INTAKE_TEXT.synthesized}
            </Typography.Text>
          )}
          <div style={{ marginTop: 8, paddingLeft: 12, borderLeft: '3px solid #eee' }}>
            {item.speeches.map((speech) => {
              const set = (patch: Partial<ReviewDraft['agenda'][number]['speeches'][number]>) => updateSpeech(item.key, speech.key, patch);
              const who = speech.speakerName || SPEECH_KIND.labels[speech.kind];
              return (
                <ReviewItem
                  key={speech.key}
                  itemKey={speech.key}
                  label={`${SPEECH_KIND.labels[speech.kind]}${speech.speakerName ? `: ${speech.speakerName}` : ''}`}
                  accepted={speech.accepted}
                  onAccept={(accepted) => set({ accepted })}
                  hasSource={speech.spans.length > 0}
                >
                  <Row gutter={8}>
                    <Col span={7}>
                      <Select aria-label={`${F.speechKind} (${who})`} value={speech.kind} options={kindOptions} onChange={(kind) => set({ kind })} style={{ width: '100%' }} />
                    </Col>
                    <Col span={7}>
                      <Input aria-label={`${F.speaker} (${who})`} placeholder={F.speaker} value={speech.speakerName} onChange={(e) => set({ speakerName: e.target.value })} />
                    </Col>
                    <Col span={10}>
                      <Input aria-label={`${F.speakerTitle} (${who})`} placeholder={F.speakerTitle} value={speech.speakerTitle} onChange={(e) => set({ speakerTitle: e.target.value })} />
                    </Col>
                  </Row>
                  <Input.TextArea
                    style={{ marginTop: 6 }}
                    aria-label={`${F.summary} (${who})`}
                    placeholder={F.summary}
                    value={speech.summary}
                    autoSize={{ minRows: 2, maxRows: 8 }}
                    onChange={(e) => set({ summary: e.target.value })}
                  />
                </ReviewItem>
              );
            })}
          </div>
        </ReviewItem>
      ))}
    </>
  );
}
