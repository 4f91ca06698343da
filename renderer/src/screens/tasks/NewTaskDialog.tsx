import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { useTaskDrawer, useTaskView } from '../../store/task-view';
import { OptionalDate } from './TaskFields';
import { organisationOptions, useDirectoryChoices } from './useDirectoryChoices';

/** A task entered on its own: the essentials here, the rest in the drawer it opens. */
export function NewTaskDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const choices = useDirectoryChoices();
  const openTask = useTaskDrawer((s) => s.open);
  const touched = useTaskView((s) => s.touched);
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState<number | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (lead === null) {
      setError('Hãy chọn đơn vị chủ trì thực hiện nhiệm vụ.');
      return;
    }
    setBusy(true);
    try {
      const task = await call('tasks:create', { title, leadOrganisationId: lead, dueDate });
      touched();
      onClose();
      setTitle('');
      setLead(null);
      setDueDate(null);
      setError(null);
      openTask(task.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title="Nhiệm vụ mới" okText="Tạo nhiệm vụ" cancelText="Hủy" confirmLoading={busy} onOk={() => void create()} onCancel={onClose}>
      <Form layout="vertical">
        <Form.Item label="Tên nhiệm vụ" required htmlFor="new-task-title">
          <Input.TextArea id="new-task-title" autoSize={{ minRows: 2 }} value={title} onChange={(e) => setTitle(e.target.value)} />
        </Form.Item>
        <Form.Item label="Đơn vị chủ trì" required htmlFor="new-task-lead">
          <Select<number>
            id="new-task-lead"
            showSearch
            optionFilterProp="label"
            placeholder="Chọn đơn vị chủ trì"
            value={lead ?? undefined}
            options={organisationOptions(choices.organisations)}
            onChange={setLead}
          />
        </Form.Item>
        <Form.Item label="Hạn hoàn thành" htmlFor="new-task-due">
          <OptionalDate id="new-task-due" value={dueDate} onChange={setDueDate} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
