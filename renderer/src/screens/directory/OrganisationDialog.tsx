import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ORGANISATION_KIND, type OrganisationKind } from '../../../../shared/domain';
import type { Organisation } from '../../../../shared/schemas/directory';
import { call, errorMessage } from '../../api/client';
import { requiredMark } from '../profile/requiredMark';

interface OrganisationDialogProps {
  /** null to add a new organisation. */
  organisation: Organisation | null;
  onSaved(organisation: Organisation): void;
  onClose(): void;
}

interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | undefined;
  abbreviation: string;
}

const KIND_OPTIONS = ORGANISATION_KIND.values.map((value) => ({ value, label: ORGANISATION_KIND.labels[value] }));

/** Adds or edits one organisation of the directory. */
export function OrganisationDialog({ organisation, onSaved, onClose }: OrganisationDialogProps) {
  const [form] = Form.useForm<OrganisationFormValues>();
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  async function save(values: OrganisationFormValues) {
    setSaving(true);
    setServerError(null);
    try {
      const saved = await call('organisations:save', {
        id: organisation?.id ?? null,
        baseUpdatedAt: organisation?.updatedAt ?? null,
        name: values.name ?? '',
        // The form's rule asks for a kind first; the server refuses a missing one in Vietnamese too.
        kind: values.kind as OrganisationKind,
        abbreviation: values.abbreviation ?? '',
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
      title={organisation ? `Sửa: ${organisation.name}` : 'Thêm cơ quan, tổ chức'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      mask={{ closable: false }}
    >
      <Form<OrganisationFormValues>
        form={form}
        name="organisation"
        layout="vertical"
        requiredMark={requiredMark}
        initialValues={{
          name: organisation?.name ?? '',
          kind: organisation?.kind,
          abbreviation: organisation?.abbreviation ?? '',
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          label="Tên cơ quan, tổ chức"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Hãy nhập tên cơ quan, tổ chức.' },
            { max: 300, message: 'Nội dung quá dài (tối đa 300 ký tự).' },
          ]}
        >
          <Input placeholder="Ví dụ: Hội Nông dân tỉnh Quảng Ninh" autoFocus />
        </Form.Item>
        <Form.Item label="Loại" name="kind" rules={[{ required: true, message: 'Hãy chọn loại cơ quan, tổ chức.' }]}>
          <Select placeholder="Chọn loại" options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="Tên viết tắt"
          name="abbreviation"
          extra="Có thể để trống. Ví dụ: HND, HLHPN, ĐTN, HCCB."
          rules={[{ max: 40, message: 'Nội dung quá dài (tối đa 40 ký tự).' }]}
        >
          <Input style={{ maxWidth: 240 }} />
        </Form.Item>
        {/* Lets Enter in any field save the dialog, as office users expect. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
      {serverError && <Alert type="error" showIcon title="Chưa lưu được" description={serverError} />}
    </Modal>
  );
}
