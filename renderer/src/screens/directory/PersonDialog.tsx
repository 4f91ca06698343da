import { Alert, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { Organisation, Person } from '../../../../shared/schemas/directory';
import { foldForSearch } from '../../../../shared/text';
import { call, errorMessage } from '../../api/client';
import { requiredMark } from '../profile/requiredMark';

interface PersonDialogProps {
  /** null to add a new person. */
  person: Person | null;
  organisations: Organisation[];
  onSaved(person: Person): void;
  onClose(): void;
}

interface PersonFormValues {
  fullName: string;
  title: string;
  organisationId: number | undefined;
  phone: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const tooLong = (max: number) => ({ max, message: `Nội dung quá dài (tối đa ${max} ký tự).` });

/** Adds or edits one person of the directory. */
export function PersonDialog({ person, organisations, onSaved, onClose }: PersonDialogProps) {
  const [form] = Form.useForm<PersonFormValues>();
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  // Active organisations only, plus the one the person already belongs to even if it was retired.
  const organisationOptions = useMemo(
    () =>
      organisations
        .filter((o) => o.active || o.id === person?.organisationId)
        .map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name} (đã ngừng sử dụng)` })),
    [organisations, person?.organisationId],
  );

  async function save(values: PersonFormValues) {
    setSaving(true);
    setServerError(null);
    try {
      const saved = await call('people:save', {
        id: person?.id ?? null,
        baseUpdatedAt: person?.updatedAt ?? null,
        fullName: values.fullName ?? '',
        title: values.title ?? '',
        organisationId: values.organisationId ?? null,
        phone: values.phone ?? '',
        email: values.email ?? '',
      });
      onSaved(saved);
    } catch (error) {
      setServerError(errorMessage(error));
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={person ? `Sửa thông tin: ${person.fullName}` : 'Thêm người vào danh bạ'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      mask={{ closable: false }}
    >
      <Form<PersonFormValues>
        form={form}
        name="person"
        layout="vertical"
        requiredMark={requiredMark}
        initialValues={{
          fullName: person?.fullName ?? '',
          title: person?.title ?? '',
          organisationId: person?.organisationId ?? undefined,
          phone: person?.phone ?? '',
          email: person?.email ?? '',
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          label="Họ và tên"
          name="fullName"
          rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ và tên.' }, tooLong(120)]}
        >
          <Input placeholder="Ví dụ: Nguyễn Văn An" autoFocus />
        </Form.Item>
        <Form.Item
          label="Chức danh hiện nay"
          name="title"
          rules={[tooLong(300)]}
          extra={
            person
              ? 'Đổi chức danh ở đây chỉ áp dụng cho các hội nghị ghi từ nay. Các hội nghị đã ghi vẫn giữ chức danh lúc dự họp.'
              : 'Ví dụ: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'
          }
        >
          <Input />
        </Form.Item>
        <Form.Item label="Cơ quan, tổ chức" name="organisationId">
          <Select<number>
            allowClear
            placeholder="Chọn cơ quan, tổ chức (gõ để tìm)"
            options={organisationOptions}
            showSearch={{
              filterOption: (input, option) =>
                foldForSearch(String(option?.label ?? '')).includes(foldForSearch(input)),
            }}
            notFoundContent={'Không có cơ quan, tổ chức nào khớp. Có thể thêm ở thẻ "Cơ quan, tổ chức".'}
          />
        </Form.Item>
        <Form.Item
          label="Số điện thoại"
          name="phone"
          rules={[
            tooLong(40),
            { pattern: /^[0-9+().\s-]*$/, message: 'Số điện thoại chỉ gồm chữ số, dấu cách, +, -, ( ).' },
          ]}
        >
          <Input placeholder="Ví dụ: 0912 345 678" inputMode="tel" />
        </Form.Item>
        <Form.Item
          label="Thư điện tử (email)"
          name="email"
          rules={[
            tooLong(200),
            {
              validator: (_rule, value: string | undefined) => {
                const email = (value ?? '').trim();
                return email === '' || EMAIL.test(email)
                  ? Promise.resolve()
                  : Promise.reject(new Error('Địa chỉ thư điện tử không hợp lệ.'));
              },
            },
          ]}
        >
          <Input placeholder="Ví dụ: vanphong@mttq.quangninh.gov.vn" inputMode="email" />
        </Form.Item>
        {/* Lets Enter in any field save the dialog, as office users expect. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
      {serverError && <Alert type="error" showIcon title="Chưa lưu được" description={serverError} />}
    </Modal>
  );
}
