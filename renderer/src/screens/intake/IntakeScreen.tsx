import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import type { IntakeApplyInput } from '../../../../shared/schemas/intake';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { useIntake } from '../../store/intake';
import { useNavigation } from '../../store/navigation';
import { INTAKE_TEXT } from './intake-labels';
import { IntakeDone } from './IntakeDone';
import { ReviewAgenda } from './ReviewAgenda';
import { ReviewAttendees } from './ReviewAttendees';
import { ReviewHeaderSection } from './ReviewHeader';
import { SectionTools } from './ReviewItem';
import { ReviewAwards, ReviewConclusions, ReviewDirectives, ReviewFigures } from './ReviewLists';
import { acceptedCounts, blockers, toApplyInput } from './review-draft';
import { SourceInput } from './SourceInput';
import { SourceView } from './SourceView';
import './intake.css';

function Section({ title, count, onAll, children }: { title: string; count?: string; onAll?: (accepted: boolean) => void; children: ReactNode }) {
  return (
    <Card size="small" title={count ? `${title} (${count})` : title} extra={onAll ? <SectionTools onAll={onAll} /> : undefined} style={{ marginBottom: 12 }}>
      {children}
    </Card>
  );
}

/**
 * "Nhập từ văn bản": paste a report, notes or a Word file; read it; review the proposed record
 * beside the source (every proposal highlighted where it came from; accept, edit or drop each);
 * save it in one go, then draft the minutes from it. Nothing is written before "Lưu hội nghị".
 */
export function IntakeScreen({ meetingId }: { meetingId: number | null }) {
  const navigate = useNavigation((s) => s.navigate);
  const start = useIntake((s) => s.start);
  const proposal = useIntake((s) => s.proposal);
  const draft = useIntake((s) => s.draft);
  const saved = useIntake((s) => s.saved);
  const markSaved = useIntake((s) => s.markSaved);
  const setAll = useIntake((s) => s.setAll);
  const applying = useAction((input: IntakeApplyInput) => call('intake:apply', input));
  const { message } = App.useApp();

  useEffect(() => start(meetingId), [meetingId, start]);

  const completing = meetingId !== null;
  const back = completing ? { name: 'meeting' as const, id: meetingId } : { name: 'meetings' as const };
  const title = completing ? INTAKE_TEXT.completeTitle : INTAKE_TEXT.screenTitle;

  const save = async () => {
    if (!draft) return;
    const result = await applying.run(toApplyInput(draft, meetingId));
    if (!result) return;
    markSaved(result);
    void message.success(result.created ? INTAKE_TEXT.done.created : INTAKE_TEXT.done.completed);
  };

  const header = (
    <div className="screen-header" style={{ marginBottom: 12 }}>
      <Space direction="vertical" size={2}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }} onClick={() => void navigate(back)}>
          {completing ? 'Về hội nghị' : 'Danh sách hội nghị'}
        </Button>
        <h1>{title}</h1>
      </Space>
    </div>
  );

  if (saved) {
    return (
      <div className="screen">
        {header}
        <IntakeDone result={saved} />
      </div>
    );
  }
  if (!proposal || !draft) {
    return (
      <div className="screen">
        {header}
        <SourceInput />
      </div>
    );
  }

  const counts = acceptedCounts(draft);
  const problems = blockers(draft, completing);
  const of = (accepted: number, total: number) => `${accepted}/${total}`;
  return (
    <div className="screen" style={{ maxWidth: 'none' }}>
      {header}
      <div className="intake-review">
        <section className="intake-column" aria-label={INTAKE_TEXT.source}>
          <Typography.Title level={2} style={{ fontSize: 17, marginTop: 0 }}>
            {INTAKE_TEXT.source}
            {proposal.fileName ? `: ${proposal.fileName}` : ''}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {INTAKE_TEXT.sourceHint}
          </Typography.Paragraph>
          <SourceView proposal={proposal} draft={draft} />
        </section>
        <section className="intake-column" aria-label={INTAKE_TEXT.proposal}>
          <div className="intake-savebar">
            <Typography.Text type="secondary">{INTAKE_TEXT.nothingSavedYet}</Typography.Text>
            <Space>
              <Button onClick={() => start(meetingId)}>{INTAKE_TEXT.readAgain}</Button>
              <Button type="primary" icon={<SaveOutlined />} loading={applying.busy} disabled={problems.length > 0} onClick={() => void save()}>
                {applying.busy ? INTAKE_TEXT.saving : completing ? INTAKE_TEXT.saveComplete : INTAKE_TEXT.save}
              </Button>
            </Space>
          </div>
          {problems.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={problems.join(' ')} />}
          {applying.error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={INTAKE_TEXT.saveFailed} description={applying.error} />}
          {proposal.notices.length > 0 && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={proposal.notices.map((n) => <div key={n}>{n}</div>)} />
          )}
          <Section title={INTAKE_TEXT.sections.header}>
            <ReviewHeaderSection header={draft.header} proposal={proposal} completing={completing} />
          </Section>
          <Section title={INTAKE_TEXT.sections.attendees} count={of(counts.attendees, draft.attendees.length)} onAll={(v) => setAll('attendees', v)}>
            <ReviewAttendees attendees={draft.attendees} />
          </Section>
          <Section title={INTAKE_TEXT.sections.agenda} count={of(counts.agenda, draft.agenda.length)} onAll={(v) => setAll('agenda', v)}>
            <ReviewAgenda agenda={draft.agenda} />
          </Section>
          <Section title={INTAKE_TEXT.sections.conclusions} count={of(counts.conclusions, draft.conclusions.length)} onAll={(v) => setAll('conclusions', v)}>
            <ReviewConclusions conclusions={draft.conclusions} />
          </Section>
          <Section title={INTAKE_TEXT.sections.awards} count={of(counts.awards, draft.awards.length)} onAll={(v) => setAll('awards', v)}>
            <ReviewAwards awards={draft.awards} />
          </Section>
          <Section title={INTAKE_TEXT.sections.directives} count={of(counts.directives, draft.directives.length)} onAll={(v) => setAll('directives', v)}>
            <ReviewDirectives directives={draft.directives} />
          </Section>
          <Section title={INTAKE_TEXT.sections.figures} count={of(counts.figures, draft.figures.length)} onAll={(v) => setAll('figures', v)}>
            <ReviewFigures figures={draft.figures} />
          </Section>
        </section>
      </div>
    </div>
  );
}
