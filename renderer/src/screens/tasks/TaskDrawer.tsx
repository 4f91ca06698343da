import { CheckCircleOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Divider, Drawer, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { TASK_SOURCE } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import type { TaskRecord } from '../../../../shared/schemas/task';
import { call, errorMessage } from '../../api/client';
import { useNavigation } from '../../store/navigation';
import { useTaskDrawer, useTaskView } from '../../store/task-view';
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
  const close = useTaskDrawer((s) => s.close);
  const open = useTaskDrawer((s) => s.open);
  const touched = useTaskView((s) => s.touched);
  const navigate = useNavigation((s) => s.navigate);
  const choices = useDirectoryChoices();
  const { message, notification } = App.useApp();
  const [task, setTask] = useState<TaskRecord | null>(null);
  const [draft, setDraft] = useState<TaskDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState('');
  const [completedBy, setCompletedBy] = useState('');

  useEffect(() => {
    if (openId === null) return;
    let current = true;
    setTask(null);
    setLoadError(null);
    setSaveError(null);
    setResult('');
    call('tasks:get', { id: openId })
      .then((t) => current && (setTask(t), setDraft(draftOf(t))))
      .catch((e: unknown) => current && setLoadError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [openId]);

  const changed = (next: TaskRecord) => {
    setTask(next);
    setDraft(draftOf(next));
    touched();
  };

  const dirty = task !== null && draft !== null && JSON.stringify(draftOf(task)) !== JSON.stringify(draft);

  const save = async () => {
    if (!task || !draft) return;
    setBusy(true);
    try {
      changed(await call('tasks:save', { id: task.id, baseUpdatedAt: task.updatedAt, ...draft }));
      setSaveError(null);
      message.success('Đã lưu nhiệm vụ.');
    } catch (error) {
      setSaveError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const complete = async () => {
    if (!task) return;
    setBusy(true);
    try {
      if (dirty && draft) await call('tasks:save', { id: task.id, baseUpdatedAt: task.updatedAt, ...draft });
      const done = await call('tasks:complete', { id: task.id, result, by: completedBy });
      changed(done.task);
      const next = done.next;
      if (next) {
        notification.success({
          message: 'Đã hoàn thành nhiệm vụ',
          description: `Kỳ sau đã được tạo, hạn ${next.dueDate ? formatLocalDate(next.dueDate) : ''}.`,
          btn: (
            <Button size="small" onClick={() => open(next.id)}>
              Mở kỳ sau
            </Button>
          ),
        });
      } else {
        message.success('Đã hoàn thành nhiệm vụ.');
      }
    } catch (error) {
      setSaveError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!task) return;
    const id = task.id;
    try {
      await call('tasks:delete', { id });
      close();
      touched();
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
                .then(() => (touched(), open(id)))
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

  const done = task?.status === 'hoan_thanh';
  return (
    <Drawer
      open={openId !== null}
      onClose={close}
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
                    <Typography.Link onClick={() => (close(), void navigate({ name: 'meeting', id: task.meetingId! }))}>
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
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(task.previousTaskId!)}>
                  Mở nhiệm vụ kỳ trước
                </Button>
              </Descriptions.Item>
            )}
            {done && (
              <Descriptions.Item label="Hoàn thành">
                {task.completedAt ? new Date(task.completedAt).toLocaleDateString('vi-VN') : ''}
                {task.completedBy ? ` — ${task.completedBy}` : ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          {saveError && <Alert type="error" showIcon message={saveError} style={{ marginBottom: 12 }} />}
          <TaskFields draft={draft} choices={choices} done={done} onChange={(change) => setDraft({ ...draft, ...change })} />
          <Divider titlePlacement="start">Tiến độ thực hiện</Divider>
          <TaskProgress task={task} onChanged={changed} />
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
