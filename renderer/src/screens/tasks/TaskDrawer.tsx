import { CheckCircleOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Divider, Drawer, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { TASK_SOURCE } from '../../../../shared/domain';
import { formatInstantDate, formatLocalDate } from '../../../../shared/datetime';
import type { TaskRecord } from '../../../../shared/schemas/task';
import { call, errorMessage } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { useUnsavedWork } from '../../components/useUnsavedWork';
import { useNavigation } from '../../store/navigation';
import { useTaskDrawer } from '../../store/task-view';
import { DueDate, PriorityTag, StatusTag } from './task-labels';
import { TaskFields, type TaskDraft } from './TaskFields';
import { TaskOriginNote } from './TaskOriginNote';
import { TaskProgress } from './TaskProgress';
import { useDirectoryChoices } from './useDirectoryChoices';

function draftOf(task: TaskRecord): TaskDraft {
  return {
    title: task.title,
    detail: task.detail,
    leadOrganisationId: task.leadOrganisation.id,
    supportingOrganisationIds: task.supportingOrganisationIds,
    responsiblePersonId: task.responsiblePersonId,
    startDate: task.startDate,
    dueDate: task.dueDate,
    priority: task.priority,
    recurrence: task.recurrence,
    status: task.status,
    result: task.result,
  };
}

/** One drawer for the whole app: a task's fields, its progress log, and completing it. */
export function TaskDrawer() {
  const openId = useTaskDrawer((s) => s.openId);
  const closeDrawer = useTaskDrawer((s) => s.close);
  const openDrawer = useTaskDrawer((s) => s.open);
  const navigate = useNavigation((s) => s.navigate);
  const choices = useDirectoryChoices();
  const { message, notification } = App.useApp();
  const loaded = useApiQuery('tasks:get', { id: openId ?? 0 }, { enabled: openId !== null });
  const task = openId !== null && loaded.data?.id === openId ? loaded.data : null;
  const [draft, setDraft] = useState<TaskDraft | null>(null);
  const [draftOfId, setDraftOfId] = useState<number | null>(null);
  /** The stored fields the draft was made from: typing is what differs from them, not from a newer read. */
  const [draftBase, setDraftBase] = useState<string | null>(null);
  const [result, setResult] = useState('');
  const [completedBy, setCompletedBy] = useState('');
  const [progressTyped, setProgressTyped] = useState(false);

  // The stored task fills the form when it opens, and again after each write while nothing is typed.
  // Compared with the fields the draft was made from: a write elsewhere (a progress note moving the
  // status) refreshes the task without making the untouched draft look edited — and then saved over it.
  const dirty = task !== null && draft !== null && draftOfId === task.id && draftBase !== JSON.stringify(draft);
  useEffect(() => {
    if (!task) return;
    if (draftOfId !== task.id || !dirty) {
      setDraft(draftOf(task));
      setDraftBase(JSON.stringify(draftOf(task)));
      if (draftOfId !== task.id) {
        setResult('');
        setCompletedBy('');
        setProgressTyped(false);
      }
      setDraftOfId(task.id);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [task]);

  // A save carries the version the drawer shows: one over a newer version is refused (STALE).
  const saving = useAction((id: number, change: TaskDraft) => call('tasks:save', { id, baseUpdatedAt: task?.updatedAt ?? null, ...change }));
  const completing = useAction(async (id: number, change: TaskDraft | null) => {
    if (change) await call('tasks:save', { id, baseUpdatedAt: task?.updatedAt ?? null, ...change });
    return call('tasks:complete', { id, result, by: completedBy });
  });

  const resultTyped = result.trim() !== '';
  /** What typing a save cannot store: a progress note not yet added, a result not yet confirmed. */
  const notStored = () =>
    [
      progressTyped ? 'Nội dung tiến độ đang nhập chưa được ghi (bấm "Ghi tiến độ").' : '',
      resultTyped ? 'Kết quả thực hiện đang nhập chưa được xác nhận (bấm "Hoàn thành").' : '',
    ]
      .filter(Boolean)
      .join(' ') || null;

  const saveDraft = async (): Promise<string | null> => {
    if (!task || !draft || !dirty) return notStored();
    const saved = await saving.attempt(task.id, draft);
    if (!saved.ok) return [saved.message, notStored()].filter(Boolean).join(' ');
    setDraft(draftOf(saved.value));
    setDraftBase(JSON.stringify(draftOf(saved.value)));
    return notStored();
  };

  // Leaving the page or closing the window saves the task's fields; typing that cannot be saved is named.
  const guard = useUnsavedWork({
    label: task ? `Nhiệm vụ «${task.title}»` : 'Nhiệm vụ',
    dirty: dirty || progressTyped || resultTyped,
    save: saveDraft,
    discard: () => {
      if (task) {
        setDraft(draftOf(task));
        setDraftBase(JSON.stringify(draftOf(task)));
      }
      setProgressTyped(false);
      setResult('');
    },
  });

  /** The drawer's ×, its mask, Esc, or a link to another task or meeting: the same leave guard. */
  const close = async () => {
    if (await guard.leave()) closeDrawer();
  };
  const open = async (id: number) => {
    if (await guard.leave()) openDrawer(id);
  };

  const save = async () => {
    if (!task || !draft) return;
    const saved = await saving.run(task.id, draft);
    if (saved) {
      setDraft(draftOf(saved));
      setDraftBase(JSON.stringify(draftOf(saved)));
      message.success('Đã lưu nhiệm vụ.');
    }
  };

  const complete = async () => {
    if (!task) return;
    const done = await completing.run(task.id, dirty && draft ? draft : null);
    if (!done) return;
    setDraft(draftOf(done.task));
    setDraftBase(JSON.stringify(draftOf(done.task)));
    setResult('');
    const next = done.next;
    if (next) {
      notification.success({
        message: 'Đã hoàn thành nhiệm vụ',
        description: `Kỳ sau đã được tạo, hạn ${next.dueDate ? formatLocalDate(next.dueDate) : ''}.`,
        btn: (
          <Button size="small" onClick={() => void open(next.id)}>
            Mở kỳ sau
          </Button>
        ),
      });
    } else {
      message.success('Đã hoàn thành nhiệm vụ.');
    }
  };

  const remove = async () => {
    if (!task) return;
    const id = task.id;
    try {
      await call('tasks:delete', { id });
      setDraft(null);
      closeDrawer();
      const key = `task-deleted-${id}`;
      notification.info({
        key,
        message: 'Đã xóa nhiệm vụ',
        description: task.title,
        duration: 10,
        btn: (
          <Button
            size="small"
            onClick={() => {
              notification.destroy(key);
              void call('tasks:restore', { id })
                .then(() => openDrawer(id))
                .catch((e: unknown) => message.error(errorMessage(e)));
            }}
          >
            Hoàn tác
          </Button>
        ),
      });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const saveError = saving.error ?? completing.error;
  const busy = saving.busy || completing.busy;
  const loadError = loaded.error;
  const done = task?.status === 'hoan_thanh';
  return (
    <Drawer
      open={openId !== null}
      onClose={() => void close()}
      width={640}
      title={task ? 'Nhiệm vụ' : 'Đang mở nhiệm vụ…'}
      destroyOnHidden
      extra={
        task && (
          <Space>
            <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => void remove()}>
              Xóa
            </Button>
            <Button type="primary" icon={<SaveOutlined aria-hidden />} disabled={!dirty} loading={busy} onClick={() => void save()}>
              Lưu thay đổi
            </Button>
          </Space>
        )
      }
    >
      {loadError && <Alert type="error" showIcon message="Không mở được nhiệm vụ" description={loadError} />}
      {!task && !loadError && <Spin />}
      {task && draft && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <StatusTag status={task.status} />
            <PriorityTag priority={task.priority} />
            <span>
              Hạn: <DueDate task={task} />
            </span>
          </Space>
          <TaskOriginNote taskId={task.id} />
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="Nguồn">
              <span>
                {TASK_SOURCE.labels[task.source]}
                {task.meetingId !== null && (
                  <>
                    {': '}
                    <Typography.Link
                      onClick={async () => {
                        if (await navigate({ name: 'meeting', id: task.meetingId! })) closeDrawer();
                      }}
                    >
                      {task.meetingTitle}
                    </Typography.Link>
                  </>
                )}
                {task.directiveLabel && <span>: {task.directiveLabel}</span>}
              </span>
            </Descriptions.Item>
            {task.source === 'ket_luan' && (
              <Descriptions.Item label="Kết luận">
                {task.conclusionText ?? <Typography.Text type="secondary">Kết luận đã được xóa khỏi hội nghị.</Typography.Text>}
              </Descriptions.Item>
            )}
            {task.previousTaskId !== null && (
              <Descriptions.Item label="Kỳ trước">
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void open(task.previousTaskId!)}>
                  Mở nhiệm vụ kỳ trước
                </Button>
              </Descriptions.Item>
            )}
            {done && (
              <Descriptions.Item label="Hoàn thành">
                {task.completedAt ? formatInstantDate(task.completedAt) : ''}
                {task.completedBy ? ` — ${task.completedBy}` : ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          {saveError && <Alert type="error" showIcon message={saveError} style={{ marginBottom: 12 }} />}
          <TaskFields draft={draft} choices={choices} done={done} onChange={(change) => setDraft({ ...draft, ...change })} />
          <Divider titlePlacement="start">Tiến độ thực hiện</Divider>
          <TaskProgress task={task} onTyping={setProgressTyped} />
          {!done && (
            <>
              <Divider titlePlacement="start">Hoàn thành nhiệm vụ</Divider>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input.TextArea
                  aria-label="Kết quả thực hiện"
                  placeholder="Kết quả thực hiện (bắt buộc khi hoàn thành)"
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  value={result}
                  onChange={(e) => setResult(e.target.value)}
                />
                <Input aria-label="Người xác nhận hoàn thành" placeholder="Người xác nhận (không bắt buộc)" value={completedBy} onChange={(e) => setCompletedBy(e.target.value)} />
                <Button
                  icon={<CheckCircleOutlined aria-hidden />}
                  type="primary"
                  ghost
                  disabled={result.trim() === ''}
                  loading={busy}
                  onClick={() => void complete()}
                >
                  Hoàn thành
                </Button>
              </Space>
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
