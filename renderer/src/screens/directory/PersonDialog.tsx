import { Alert, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { personInput, type Organisation, type Person } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { fieldRules } from '../../components/form-rules';
import { filterByMatch, organisationOptions as organisationPickerOptions } from '../../components/pickers';
import { useFormGuard } from '../../components/useFormGuard';
import { requiredMark } from '../profile/requiredMark';
import { DuplicatePersonDialog } from './DuplicatePersonDialog';

interface PersonDialogProps {
  /** null to add a new person. */
  person: Person | null;
  organisations: Organisation[];
  onSaved(person: Person): void;
  onClose(): void;
  /** "Mở" on a namesake already in the directory: what was typed here is dropped, that person opened. */
  onOpenExisting(person: Person): void;
}

interface PersonFormValues {
  fullName: string;
  title: string;
  organisationId: number | undefined;
  phone: string;
  email: string;
}

/** Who the directory may already have, and what was typed, while the user is asked. */
interface PossibleDuplicate {
  message: string;
  people: Person[];
  values: PersonFormValues;
}

/**
 * Adds or edits one person of the directory. Rules and messages are the shared schema's. A name
 * the directory may already have (the main process's PERSON_DUPLICATE) is asked about first.
 */
export function PersonDialog({ person, organisations, onSaved, onClose, onOpenExisting }: PersonDialogProps) {
  const [form] = Form.useForm<PersonFormValues>();
  const [duplicate, setDuplicate] = useState<PossibleDuplicate | null>(null);
  const saving = useAction((values: PersonFormValues, confirmDuplicate: boolean) =>
    call('people:save', {
      id: person?.id ?? null,
      baseUpdatedAt: person?.updatedAt ?? null,
      fullName: values.fullName ?? '',
      title: values.title ?? '',
      organisationId: values.organisationId ?? null,
      phone: values.phone ?? '',
      email: values.email ?? '',
      confirmDuplicate,
    }),
  );
  const guard = useFormGuard(form, person ? `Thông tin của ${person.fullName}` : 'Người đang thêm vào danh bạ', async (values) => {
    const saved = await saving.attempt(values, false);
    if (!saved.ok) {
      // Leaving with a possible namesake: the leave question names them; staying shows this dialog's own question.
      if (saved.details?.kind === 'people') setDuplicate({ message: saved.message, people: saved.details.people, values });
      return saved.message;
    }
    onSaved(saved.value);
    return null;
  });

  // Active organisations only, plus the one the person already belongs to even if it was retired.
  const organisationOptions = useMemo(
    () =>
      organisationPickerOptions(organisations, person?.organisationId ? [person.organisationId] : []),
    [organisations, person?.organisationId],
  );

  async function save(values: PersonFormValues, confirmDuplicate = false) {
    const saved = await saving.attempt(values, confirmDuplicate);
    if (saved.ok) {
      setDuplicate(null);
      guard.markSaved();
      onSaved(saved.value);
    } else if (saved.details?.kind === 'people') {
      setDuplicate({ message: saved.message, people: saved.details.people, values });
    }
  }

  const openExisting = (existing: Person) => {
    guard.markSaved();
    onOpenExisting(existing);
  };

  return (
    <Modal
      open
      title={person ? `Sửa thông tin: ${person.fullName}` : 'Thêm người vào danh bạ'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={saving.busy}
      onOk={() => form.submit()}
      onCancel={() => void guard.cancel(onClose)}
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
        onValuesChange={guard.markDirty}
      >
        <Form.Item
          label="Họ và tên"
          name="fullName"
          rules={fieldRules(personInput, 'fullName', { required: true })}
        >
          <Input placeholder="Ví dụ: Nguyễn Văn An" autoFocus />
        </Form.Item>
        <Form.Item
          label="Chức danh hiện nay"
          name="title"
          rules={fieldRules(personInput, 'title')}
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
            showSearch={{ filterOption: filterByMatch }}
            notFoundContent={'Không có cơ quan, tổ chức nào khớp. Có thể thêm ở thẻ "Cơ quan, tổ chức".'}
          />
        </Form.Item>
        <Form.Item
          label="Số điện thoại"
          name="phone"
          rules={fieldRules(personInput, 'phone')}
        >
          <Input placeholder="Ví dụ: 0912 345 678" inputMode="tel" />
        </Form.Item>
        <Form.Item
          label="Thư điện tử (email)"
          name="email"
          rules={fieldRules(personInput, 'email')}
        >
          <Input placeholder="Ví dụ: vanphong@mttq.quangninh.gov.vn" inputMode="email" />
        </Form.Item>
        {/* Lets Enter in any field save the dialog, as office users expect. */}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
      {saving.error && saving.errorDetails?.kind !== 'people' && <Alert type="error" showIcon title="Chưa lưu được" description={saving.error} />}
      {duplicate && (
        <DuplicatePersonDialog
          message={duplicate.message}
          people={duplicate.people}
          adding={person === null}
          busy={saving.busy}
          onOpen={openExisting}
          onConfirm={() => void save(duplicate.values, true)}
          onBack={() => {
            setDuplicate(null);
            saving.reset();
          }}
        />
      )}
    </Modal>
  );
}
