import { App, Button, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { useNavigation } from '../../store/navigation';
import { existingMinutesPrompt, type ExistingMinutesPrompt } from './existing-minutes';

interface DraftMinutesOptions {
  /** Runs just before the draft is made (the meeting page writes its pending edits first). */
  beforeCreate?: () => Promise<void>;
  /** The notice's title when drafting fails. */
  failedTitle: string;
}

export interface DraftMinutes {
  /** "Tạo biên bản": the minutes already there are offered first; else a draft is made and opened. */
  start(): Promise<void>;
  busy: boolean;
  /** The question, to render once in the screen. */
  dialog: ReactNode;
}

/**
 * Drafting the minutes of a meeting, wherever it is offered (the meeting's documents, the end of
 * "Nhập từ văn bản"): a meeting has one set of minutes, so the ones it has — read afresh, not from
 * a list on screen — are offered before a second is made.
 */
export function useDraftMinutes(meetingId: number, { beforeCreate, failedTitle }: DraftMinutesOptions): DraftMinutes {
  const [existing, setExisting] = useState<ExistingMinutesPrompt | null>(null);
  const navigate = useNavigation((s) => s.navigate);
  const { notification } = App.useApp();
  const failed = (description: string) => notification.error({ message: failedTitle, description });
  const reading = useAction(() => call('documents:list', { meetingId, kind: 'bien_ban', pageSize: 100 }));
  const drafting = useAction(async () => {
    await beforeCreate?.();
    return call('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
  });

  const draft = async () => {
    const created = await drafting.attempt();
    if (created.ok) await navigate({ name: 'document', id: created.value.id });
    else failed(created.message);
  };

  const start = async () => {
    const listed = await reading.attempt();
    if (!listed.ok) return failed(listed.message);
    const prompt = existingMinutesPrompt(listed.value.items);
    if (prompt) setExisting(prompt);
    else await draft();
  };

  const close = () => setExisting(null);
  const dialog = (
    <Modal
      open={existing !== null}
      title={existing?.title}
      onCancel={close}
      footer={[
        <Button key="cancel" onClick={close}>
          Hủy
        </Button>,
        existing?.allowAnother ? (
          <Button
            key="another"
            onClick={() => {
              close();
              void draft();
            }}
          >
            Vẫn tạo bản nháp mới
          </Button>
        ) : null,
        <Button
          key="open"
          type="primary"
          onClick={() => {
            if (existing) void navigate({ name: 'document', id: existing.open.id });
            close();
          }}
        >
          Mở biên bản
        </Button>,
      ]}
    >
      <p>{existing?.content}</p>
    </Modal>
  );

  return { start, busy: reading.busy || drafting.busy, dialog };
}
