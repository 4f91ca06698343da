import { Form, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { isValidLocalDate } from '../../../../shared/datetime';
import { localDateOf } from '../../../../shared/task-dates';
import { DateField } from '../../components/DateField';
import { useConfirmDiscard, useUnsavedWork } from '../../components/useUnsavedWork';

interface InvitationDialogProps {
  open: boolean;
  busy: boolean;
  /** Creates the invitation and opens it; resolves false when it could not be created. */
  onCreate(documentDate: string): Promise<boolean>;
  onClose(): void;
}

/**
 * "Tạo giấy mời" asks the one thing the meeting cannot say: the day written on the invitation,
 * which is the day it is sent (today unless chosen), not the day of the meeting.
 */
export function InvitationDialog({ open, busy, onCreate, onClose }: InvitationDialogProps) {
  const today = localDateOf(new Date());
  const [date, setDate] = useState(today);
  // True from "Tạo giấy mời" until it failed: opening the new invitation is not leaving it unmade.
  const creating = useRef(false);
  const changed = open && date !== today;
  const confirmDiscard = useConfirmDiscard();
  // Created only on "Tạo giấy mời": leaving with another day chosen asks first.
  useUnsavedWork({
    label: 'Giấy mời mới',
    dirty: () => changed && !creating.current,
    save: async () => 'Giấy mời mới chưa được tạo.',
    discard: () => setDate(today),
  });

  const create = async () => {
    creating.current = true;
    if (!(await onCreate(date))) creating.current = false;
  };

  const close = async () => {
    if (await confirmDiscard(changed)) {
      setDate(today);
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title="Tạo giấy mời"
      okText="Tạo giấy mời"
      cancelText="Hủy"
      confirmLoading={busy}
      okButtonProps={{ disabled: !isValidLocalDate(date) }}
      onOk={() => void create()}
      onCancel={() => void close()}
      afterClose={() => {
        creating.current = false;
        setDate(today);
      }}
      destroyOnHidden
    >
      <Form layout="vertical" component="div">
        <Form.Item label="Ngày ghi trên giấy mời" htmlFor="invitation-date" required>
          <DateField id="invitation-date" value={date} onChange={setDate} />
        </Form.Item>
        <Typography.Text type="secondary">
          Giấy mời ghi ngày gửi đi, thường là hôm nay; ngày họp đã có trong nội dung. Có thể sửa lại ở “Ngày văn bản” sau khi tạo.
        </Typography.Text>
      </Form>
    </Modal>
  );
}
