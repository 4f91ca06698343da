import { CheckCircleOutlined, FileAddOutlined } from '@ant-design/icons';
import { Button, Result, Space, Typography } from 'antd';
import type { IntakeApplyResult } from '../../../../shared/schemas/intake';
import { useIntake } from '../../store/intake';
import { useNavigation } from '../../store/navigation';
import { useDraftMinutes } from '../meeting/useDraftMinutes';
import { INTAKE_TEXT } from './intake-labels';

/** Saved: what was added, and the next step one click away — the minutes drafted from it. */
export function IntakeDone({ result }: { result: IntakeApplyResult }) {
  const navigate = useNavigation((s) => s.navigate);
  const start = useIntake((s) => s.start);
  // "Bổ sung từ văn bản" completes a meeting that may have minutes already: they are offered first.
  const minutes = useDraftMinutes(result.meetingId, { failedTitle: INTAKE_TEXT.done.draftFailed });
  const a = result.added;

  return (
    <Result
      status="success"
      icon={<CheckCircleOutlined />}
      title={result.created ? INTAKE_TEXT.done.created : INTAKE_TEXT.done.completed}
      subTitle={
        `${INTAKE_TEXT.summary({ attendees: a.attendees, speeches: a.speeches, conclusions: a.conclusions, awards: a.awards, directives: a.directivesLinked })}` +
        (a.people > 0 ? `; ${a.people} người mới vào danh bạ` : '') +
        (a.directivesRegistered > 0 ? `; ${a.directivesRegistered} văn bản mới vào sổ` : '') +
        '.'
      }
      extra={
        <Space direction="vertical" size="middle">
          <Space wrap style={{ justifyContent: 'center' }}>
            <Button type="primary" size="large" icon={<FileAddOutlined />} loading={minutes.busy} onClick={() => void minutes.start()}>
              {minutes.busy ? INTAKE_TEXT.done.drafting : INTAKE_TEXT.done.draftMinutes}
            </Button>
            <Button size="large" onClick={() => void navigate({ name: 'meeting', id: result.meetingId })}>
              {INTAKE_TEXT.done.openMeeting}
            </Button>
            <Button size="large" onClick={() => start(null)}>
              {INTAKE_TEXT.done.another}
            </Button>
          </Space>
          {result.skipped.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ textAlign: 'left', maxWidth: 720 }}>
              {INTAKE_TEXT.done.skipped}
              <ul>
                {result.skipped.slice(0, 12).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Typography.Paragraph>
          )}
          {minutes.dialog}
        </Space>
      }
    />
  );
}
