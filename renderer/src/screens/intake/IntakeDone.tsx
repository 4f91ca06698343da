import { CheckCircleOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import type { IntakeApplyResult } from '../../../../shared/schemas/intake';
import { call, errorMessage } from '../../api/client';
import { useIntake } from '../../store/intake';
import { useNavigation } from '../../store/navigation';
import { INTAKE_TEXT } from './intake-labels';

/** Saved: what was added, and the next step one click away — the minutes drafted from it. */
export function IntakeDone({ result }: { result: IntakeApplyResult }) {
  const navigate = useNavigation((s) => s.navigate);
  const start = useIntake((s) => s.start);
  const { notification } = App.useApp();
  const [drafting, setDrafting] = useState(false);
  const a = result.added;

  const draftMinutes = async () => {
    setDrafting(true);
    try {
      const created = await call('documents:createFromMeeting', { meetingId: result.meetingId, kind: 'bien_ban' });
      await navigate({ name: 'document', id: created.id });
    } catch (error) {
      notification.error({ message: INTAKE_TEXT.done.draftFailed, description: errorMessage(error) });
    } finally {
      setDrafting(false);
    }
  };

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
            <Button type="primary" size="large" icon={<FileAddOutlined />} loading={drafting} onClick={() => void draftMinutes()}>
              {drafting ? INTAKE_TEXT.done.drafting : INTAKE_TEXT.done.draftMinutes}
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
        </Space>
      }
    />
  );
}
