import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { MEETING_KIND, type MeetingKind } from '../../../../shared/domain';
import { call, errorMessage } from '../../api/client';
import { DateTimeField } from '../../components/DateTimeField';
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
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const { id } = await call('meetings:create', values);
      close();
      form.resetFields();
      await navigate({ name: 'meeting', id });
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Hội nghị mới"
      okText="Tạo hội nghị"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'giao_ban' }} preserve={false}>
        <Form.Item name="title" label="Tên hội nghị" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên hội nghị.' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder="Ví dụ: Hội nghị tổng kết công tác Mặt trận năm 2025" />
        </Form.Item>
        <Form.Item name="kind" label="Loại hội nghị" rules={[{ required: true, message: 'Hãy chọn loại hội nghị.' }]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="startAt" label="Thời gian bắt đầu" rules={[{ required: true, message: 'Hãy chọn ngày và giờ bắt đầu.' }]}>
          <DateTimeField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
