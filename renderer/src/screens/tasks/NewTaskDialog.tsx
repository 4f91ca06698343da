import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { useConfirmDiscard, useUnsavedWork } from '../../components/useUnsavedWork';
import { useTaskDrawer } from '../../store/task-view';
import { OptionalDate } from './TaskFields';
import { filterByMatch } from '../../components/pickers';
import { organisationOptions, useDirectoryChoices } from './useDirectoryChoices';

/** A task entered on its own: the essentials here, the rest in the drawer it opens. */
export function NewTaskDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const choices = useDirectoryChoices();
  const openTask = useTaskDrawer((s) => s.open);
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState<number | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  // The main process checks the lead organisation and says so in the schema's words.
  const creating = useAction(() => call('tasks:create', { title, leadOrganisationId: lead as number, dueDate }));
  const typed = title.trim() !== '' || lead !== null || dueDate !== null;
  const confirmDiscard = useConfirmDiscard();
  // Created only on "Tạo nhiệm vụ": leaving with something typed asks first.
  useUnsavedWork({ label: 'Nhiệm vụ mới', dirty: open && typed, save: async () => 'Nhiệm vụ mới chưa được tạo.' });

  const clear = () => {
    setTitle('');
    setLead(null);
    setDueDate(null);
    creating.reset();
  };

  const create = async () => {
    const task = await creating.run();
    if (!task) return;
    onClose();
    clear();
    openTask(task.id);
  };

  const cancel = async () => {
    if (!(await confirmDiscard(typed))) return;
    clear();
    onClose();
  };

  return (
    <Modal open={open} title="Nhiệm vụ mới" okText="Tạo nhiệm vụ" cancelText="Hủy" confirmLoading={creating.busy} onOk={() => void create()} onCancel={() => void cancel()}>
      <Form layout="vertical">
        <Form.Item label="Tên nhiệm vụ" required htmlFor="new-task-title">
          <Input.TextArea id="new-task-title" autoSize={{ minRows: 2 }} value={title} onChange={(e) => setTitle(e.target.value)} />
        </Form.Item>
        <Form.Item label="Đơn vị chủ trì" required htmlFor="new-task-lead">
          <Select<number>
            id="new-task-lead"
            showSearch={{ filterOption: filterByMatch }}
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
      {creating.error && <Alert type="error" showIcon message={creating.error} />}
    </Modal>
  );
}
