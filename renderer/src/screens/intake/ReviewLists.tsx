import { Col, Empty, Input, Row, Select, Tag } from 'antd';
import { AWARD_FORM, AWARD_RECIPIENT_KIND, DIRECTIVE_DIRECTION, DIRECTIVE_TYPE, MEETING_DIRECTIVE_RELATION } from '../../../../shared/domain';
import { DateField } from '../../components/DateField';
import { useIntake } from '../../store/intake';
import { INTAKE_TEXT } from './intake-labels';
import { ReviewItem } from './ReviewItem';
import type { ReviewDraft } from './review-draft';

const F = INTAKE_TEXT.fields;
const options = <T extends string>(vocabulary: { values: readonly T[]; labels: Record<T, string> }) => vocabulary.values.map((value) => ({ value, label: vocabulary.labels[value] }));
const emptyNote = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

export function ReviewConclusions({ conclusions }: { conclusions: ReviewDraft['conclusions'] }) {
  const update = useIntake((s) => s.updateRow);
  if (conclusions.length === 0) return emptyNote(INTAKE_TEXT.empty.conclusions);
  return (
    <>
      {conclusions.map((c, index) => (
        <ReviewItem
          key={c.key}
          itemKey={c.key}
          label={`${F.conclusion} ${index + 1}`}
          accepted={c.accepted}
          onAccept={(accepted) => update('conclusions', c.key, { accepted })}
          hasSource={c.spans.length > 0}
          tags={c.alreadyInMeeting ? <Tag>{INTAKE_TEXT.alreadyInMeeting}</Tag> : undefined}
        >
          <Input.TextArea aria-label={`${F.conclusion} ${index + 1}`} value={c.content} autoSize={{ minRows: 1, maxRows: 8 }} onChange={(e) => update('conclusions', c.key, { content: e.target.value })} />
        </ReviewItem>
      ))}
    </>
  );
}

export function ReviewAwards({ awards }: { awards: ReviewDraft['awards'] }) {
  const update = useIntake((s) => s.updateRow);
  if (awards.length === 0) return emptyNote(INTAKE_TEXT.empty.awards);
  return (
    <>
      {awards.map((a) => {
        const set = (patch: Partial<ReviewDraft['awards'][number]>) => update('awards', a.key, patch);
        const who = a.recipient || 'khen thưởng';
        return (
          <ReviewItem key={a.key} itemKey={a.key} label={`${AWARD_FORM.labels[a.form]}: ${a.recipient}`} accepted={a.accepted} onAccept={(accepted) => set({ accepted })} hasSource={a.spans.length > 0}>
            <Row gutter={8}>
              <Col span={6}>
                <Select aria-label={`${F.form} (${who})`} value={a.form} options={options(AWARD_FORM)} onChange={(form) => set({ form })} style={{ width: '100%' }} />
              </Col>
              <Col span={12}>
                <Input aria-label={`${F.recipient} (${who})`} value={a.recipient} onChange={(e) => set({ recipient: e.target.value })} />
              </Col>
              <Col span={6}>
                <Select aria-label={`${F.recipientKind} (${who})`} value={a.recipientKind} options={options(AWARD_RECIPIENT_KIND)} onChange={(recipientKind) => set({ recipientKind })} style={{ width: '100%' }} />
              </Col>
            </Row>
            <Row gutter={8} style={{ marginTop: 6 }}>
              <Col span={a.presentedBy ? 14 : 24}>
                <Input aria-label={`${F.issuer} (${who})`} placeholder={F.issuer} value={a.issuer} onChange={(e) => set({ issuer: e.target.value })} />
              </Col>
              {a.presentedBy && (
                <Col span={10}>
                  <Input aria-label={`${F.presentedBy} (${who})`} value={`${F.presentedBy}: ${a.presentedBy}`} disabled />
                </Col>
              )}
            </Row>
          </ReviewItem>
        );
      })}
    </>
  );
}

export function ReviewDirectives({ directives }: { directives: ReviewDraft['directives'] }) {
  const update = useIntake((s) => s.updateRow);
  if (directives.length === 0) return emptyNote(INTAKE_TEXT.empty.directives);
  return (
    <>
      {directives.map((d) => {
        const set = (patch: Partial<ReviewDraft['directives'][number]>) => update('directives', d.key, patch);
        return (
          <ReviewItem
            key={d.key}
            itemKey={d.key}
            label={`${DIRECTIVE_TYPE.labels[d.type]} ${d.symbol}`}
            accepted={d.accepted}
            onAccept={(accepted) => set({ accepted })}
            hasSource={d.spans.length > 0}
            tags={d.alreadyLinked ? <Tag>{INTAKE_TEXT.alreadyLinked}</Tag> : d.directiveId !== null ? <Tag color="green">{INTAKE_TEXT.registered}</Tag> : <Tag color="gold">{INTAKE_TEXT.toRegister}</Tag>}
          >
            <Row gutter={8}>
              <Col span={7}>
                <DateField
                  aria-label={`${F.issuedOn} (${d.symbol})`}
                  optional
                  placeholder={F.issuedOn}
                  value={d.issuedOn ?? ''}
                  onChange={(next) => set({ issuedOn: next === '' ? null : next })}
                  disabled={d.directiveId !== null}
                />
              </Col>
              <Col span={17}>
                <Input aria-label={`${F.issuerName} (${d.symbol})`} placeholder={F.issuerName} value={d.issuerName} onChange={(e) => set({ issuerName: e.target.value })} disabled={d.directiveId !== null} />
              </Col>
            </Row>
            <Row gutter={8} style={{ marginTop: 6 }}>
              <Col span={12}>
                <Select aria-label={`${F.relation} (${d.symbol})`} value={d.relation} options={options(MEETING_DIRECTIVE_RELATION)} onChange={(relation) => set({ relation })} style={{ width: '100%' }} />
              </Col>
              {d.directiveId === null && (
                <Col span={12}>
                  <Select aria-label={`${F.direction} (${d.symbol})`} value={d.direction} options={options(DIRECTIVE_DIRECTION)} onChange={(direction) => set({ direction })} style={{ width: '100%' }} />
                </Col>
              )}
            </Row>
          </ReviewItem>
        );
      })}
    </>
  );
}

export function ReviewFigures({ figures }: { figures: ReviewDraft['figures'] }) {
  const update = useIntake((s) => s.updateRow);
  if (figures.length === 0) return emptyNote(INTAKE_TEXT.empty.figures);
  return (
    <>
      {figures.map((f) => (
        <ReviewItem key={f.key} itemKey={f.key} label={f.text} accepted={f.accepted} onAccept={(accepted) => update('figures', f.key, { accepted })} hasSource={f.spans.length > 0}>
          <Input aria-label={`${F.figure}: ${f.text}`} value={f.text} onChange={(e) => update('figures', f.key, { text: e.target.value })} />
        </ReviewItem>
      ))}
    </>
  );
}
