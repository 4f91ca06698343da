import { App, Form, Input, Modal, Select } from 'antd';
import { MEETING_KIND, type MeetingKind } from '../../../../shared/domain';
import { createMeetingInput } from '../../../../shared/schemas/meeting';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { DateTimeField } from '../../components/DateTimeField';
import { fieldRules } from '../../components/form-rules';
import { useFormGuard } from '../../components/useFormGuard';
import { useNavigation } from '../../store/navigation';
import { useUi } from '../../store/ui';

const kindOptions = MEETING_KIND.values.map((value) => ({ value, label: MEETING_KIND.labels[value] }));

interface NewMeetingValues {
  title: string;
  kind: MeetingKind;
  startAt: string;
}

/** Asks for the three things a meeting cannot be without, creates it, and opens its page. */
export function NewMeetingDialog() {
  const open = useUi((s) => s.newMeetingOpen);
  const close = useUi((s) => s.closeNewMeeting);
  const navigate = useNavigation((s) => s.navigate);
  const [form] = Form.useForm<NewMeetingValues>();
  const { message } = App.useApp();
  const creating = useAction((values: NewMeetingValues) => call('meetings:create', values));
  // A meeting is created only on "Tạo hội nghị": leaving with something typed asks first.
  const guard = useFormGuard(form, 'Hội nghị mới', async () => 'Hội nghị mới chưa được tạo.');

  const submit = async () => {
    const values = await form.validateFields();
    const created = await creating.attempt(values);
    if (!created.ok) {
      message.error(created.message);
      return;
    }
    guard.markSaved();
    close();
    form.resetFields();
    await navigate({ name: 'meeting', id: created.value.id });
  };

  return (
    <Modal
      open={open}
      title="Hội nghị mới"
      okText="Tạo hội nghị"
      cancelText="Hủy"
      confirmLoading={creating.busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => void guard.cancel(close)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'giao_ban' }} preserve={false} onValuesChange={guard.markDirty}>
        <Form.Item name="title" label="Tên hội nghị" rules={fieldRules(createMeetingInput, 'title', { required: true })}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder="Ví dụ: Hội nghị tổng kết công tác Mặt trận năm 2025" />
        </Form.Item>
        <Form.Item name="kind" label="Loại hội nghị" rules={fieldRules(createMeetingInput, 'kind', { required: true })}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="startAt" label="Thời gian bắt đầu" rules={fieldRules(createMeetingInput, 'startAt', { required: true })}>
          <DateTimeField showReason={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
