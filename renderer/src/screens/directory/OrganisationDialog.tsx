import { Alert, Form, Input, Modal, Select } from 'antd';
import { ORGANISATION_KIND, type OrganisationKind } from '../../../../shared/domain';
import { organisationInput, type Organisation } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { fieldRules } from '../../components/form-rules';
import { useFormGuard } from '../../components/useFormGuard';
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

/** Adds or edits one organisation of the directory. Rules and messages are the shared schema's. */
export function OrganisationDialog({ organisation, onSaved, onClose }: OrganisationDialogProps) {
  const [form] = Form.useForm<OrganisationFormValues>();
  const saving = useAction((values: OrganisationFormValues) =>
    call('organisations:save', {
      id: organisation?.id ?? null,
      baseUpdatedAt: organisation?.updatedAt ?? null,
      name: values.name ?? '',
      // The form's rule asks for a kind first; the server refuses a missing one in Vietnamese too.
      kind: values.kind as OrganisationKind,
      abbreviation: values.abbreviation ?? '',
    }),
  );
  const guard = useFormGuard(form, organisation ? `Cơ quan, tổ chức «${organisation.name}»` : 'Cơ quan, tổ chức đang thêm', async (values) => {
    const saved = await saving.attempt(values);
    if (!saved.ok) return saved.message;
    onSaved(saved.value);
    return null;
  });

  async function save(values: OrganisationFormValues) {
    const saved = await saving.run(values);
    if (saved) {
      guard.markSaved();
      onSaved(saved);
    }
  }

  return (
    <Modal
      open
      title={organisation ? `Sửa: ${organisation.name}` : 'Thêm cơ quan, tổ chức'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={saving.busy}
      onOk={() => form.submit()}
      onCancel={() => void guard.cancel(onClose)}
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
        onValuesChange={guard.markDirty}
      >
        <Form.Item
          label="Tên cơ quan, tổ chức"
          name="name"
          rules={fieldRules(organisationInput, 'name', { required: true })}
        >
          <Input placeholder="Ví dụ: Hội Nông dân tỉnh Quảng Ninh" autoFocus />
        </Form.Item>
        <Form.Item label="Loại" name="kind" rules={fieldRules(organisationInput, 'kind', { required: true })}>
          <Select placeholder="Chọn loại" options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="Tên viết tắt"
          name="abbreviation"
          extra="Có thể để trống. Ví dụ: HND, HLHPN, ĐTN, HCCB."
          rules={fieldRules(organisationInput, 'abbreviation')}
        >
          <Input style={{ maxWidth: 240 }} />
        </Form.Item>
        {/* Lets Enter in any field save the dialog, as office users expect. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
      {saving.error && <Alert type="error" showIcon title="Chưa lưu được" description={saving.error} />}
    </Modal>
  );
}
