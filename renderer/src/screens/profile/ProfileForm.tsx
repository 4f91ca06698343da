import { Alert, Button, Divider, Form, Input, Select, Switch } from 'antd';
import { useMemo } from 'react';
import { COMMITTEE_LEVEL, CURRENT_COMMITTEE_LEVELS, type CommitteeLevel } from '../../../../shared/domain';
import { leaderSchema, profileInput, type Profile } from '../../../../shared/schemas/profile';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { fieldRules, schemaRule } from '../../components/form-rules';
import { useFormGuard } from '../../components/useFormGuard';
import { AbbreviationExample } from './AbbreviationExample';
import { DeputiesList, oneLine } from './DeputiesList';
import { toFormValues, toProfileInput, type ProfileFormValues } from './profileFormValues';
import { requiredMark } from './requiredMark';

interface ProfileFormProps {
  initial: Profile | null;
  onSaved(profile: Profile): void;
  submitLabel: string;
}

/** The committee profile: names and abbreviations that go into the header of every document. */
export function ProfileForm({ initial, onSaved, submitLabel }: ProfileFormProps) {
  const [form] = Form.useForm<ProfileFormValues>();
  const saving = useAction((values: ProfileFormValues) => call('profile:save', toProfileInput(values)));
  // Leaving the page or closing the window saves the profile when it can be, and asks when not.
  const guard = useFormGuard(form, 'Hồ sơ Ủy ban', async (values) => {
    const saved = await saving.attempt(values);
    if (!saved.ok) return saved.message;
    onSaved(saved.value);
    return null;
  });
  const abbreviation = Form.useWatch('abbreviation', form);
  const accented = Form.useWatch('accentedFileNames', form);
  const initialValues = useMemo(() => toFormValues(initial), [initial]);

  // The district level was abolished on 01/7/2025: offer it only to a profile that already has it.
  const levelOptions = useMemo(() => {
    const levels: CommitteeLevel[] = [...CURRENT_COMMITTEE_LEVELS];
    if (initial?.level === 'huyen') levels.push('huyen');
    return levels.map((value) => ({ value, label: COMMITTEE_LEVEL.labels[value] }));
  }, [initial?.level]);

  async function save(values: ProfileFormValues) {
    const saved = await saving.run(values);
    if (!saved) return;
    form.setFieldsValue(toFormValues(saved));
    guard.markSaved();
    onSaved(saved);
  }

  return (
    <Form<ProfileFormValues>
      form={form}
      name="profile"
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void save(values)}
      onValuesChange={guard.markDirty}
      requiredMark={requiredMark}
      scrollToFirstError
      style={{ maxWidth: 760 }}
    >
      <Form.Item
        label="Tên Ủy ban"
        name="committeeName"
        extra="Ví dụ: Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh"
        rules={fieldRules(profileInput, 'committeeName', { required: true })}
      >
        <Input placeholder="Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh" />
      </Form.Item>

      <Form.Item
        label="Cơ quan cấp trên"
        name="parentBody"
        extra='Dòng đầu tiên ở góc trái phần đầu văn bản, viết in hoa, ví dụ: "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH". Có thể để trống.'
        rules={fieldRules(profileInput, 'parentBody')}
      >
        <Input placeholder="ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH" />
      </Form.Item>

      <Form.Item
        label="Địa danh ghi ngày tháng"
        name="placeName"
        extra='Ghi trước ngày tháng ở đầu văn bản, ví dụ: "Quảng Ninh, ngày 05 tháng 01 năm 2026".'
        rules={fieldRules(profileInput, 'placeName', { required: true })}
      >
        <Input placeholder="Quảng Ninh" />
      </Form.Item>

      <Form.Item label="Cấp Ủy ban" name="level" rules={fieldRules(profileInput, 'level', { required: true })}>
        <Select placeholder="Chọn cấp của Ủy ban" options={levelOptions} />
      </Form.Item>

      <Form.Item
        label="Chữ viết tắt trong số, ký hiệu"
        name="abbreviation"
        normalize={(value: string | undefined) => (value ?? '').toUpperCase()}
        extra={<AbbreviationExample abbreviation={abbreviation} />}
        rules={fieldRules(profileInput, 'abbreviation', { required: true })}
      >
        <Input placeholder="MTTQ-BTT" style={{ maxWidth: 280 }} />
      </Form.Item>

      <Form.Item
        label="Mã đơn vị"
        name="committeeCode"
        normalize={(value: string | undefined) => (value ?? '').toUpperCase()}
        extra="Mã dùng khi gửi, nhận văn bản và nhiệm vụ với cấp trên, cấp dưới (tệp .mttq), ví dụ: MTTQ-HP. Cấp trên và cấp dưới cần ghi đúng mã này. Có thể để trống nếu chưa trao đổi."
        rules={fieldRules(profileInput, 'committeeCode')}
      >
        <Input placeholder="MTTQ-HP" style={{ maxWidth: 280 }} aria-label="Mã đơn vị" />
      </Form.Item>

      <Divider titlePlacement="start">Chủ tịch</Divider>
      <Form.Item
        label="Họ tên Chủ tịch"
        name="chairName"
        dependencies={['chairTitle']}
        rules={[
          // A chair is optional; once a title is typed, the name follows the leader rule of the schema.
          ({ getFieldValue }) =>
            String(getFieldValue('chairTitle') ?? '').trim() ? schemaRule(leaderSchema.shape.fullName) : schemaRule(leaderSchema.shape.title),
        ]}
      >
        <Input placeholder="Họ và tên" />
      </Form.Item>
      <Form.Item label="Chức danh Chủ tịch" name="chairTitle" rules={fieldRules(leaderSchema, 'title')} normalize={oneLine}>
        <Input.TextArea placeholder="Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh" autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>

      <Divider titlePlacement="start">Phó Chủ tịch</Divider>
      <DeputiesList />

      <Divider titlePlacement="start">Tệp xuất ra</Divider>
      <Form.Item
        label="Tên tệp viết tiếng Việt có dấu"
        name="accentedFileNames"
        valuePropName="checked"
        extra={<FileNameExample accented={accented === true} />}
      >
        <Switch aria-label="Tên tệp viết tiếng Việt có dấu" checkedChildren="Có dấu" unCheckedChildren="Không dấu" />
      </Form.Item>

      {saving.error && (
        <Alert type="error" showIcon title="Chưa lưu được hồ sơ" description={saving.error} style={{ marginTop: 24 }} />
      )}
      <Form.Item style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" size="large" loading={saving.busy}>
          {submitLabel}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** What the choice does, on the example of a real name. */
function FileNameExample({ accented }: { accented: boolean }) {
  const example = accented ? '2026-01-05 Biên bản Hội nghị tổng kết công tác Mặt trận năm 2025.docx' : '2026-01-05 Bien ban hoi nghi tong ket cong tac mat tran nam 2025.docx';
  return (
    <span>
      Tên gợi ý khi xuất Word, Excel: <code>{example}</code>.{' '}
      {accented
        ? 'Tên có dấu dễ đọc hơn, nhưng một số chương trình nén, thư điện tử và trang tải lên cũ có thể làm lỗi chữ.'
        : 'Tên không dấu an toàn khi gửi thư điện tử, nén hoặc tải lên các hệ thống khác (nên dùng).'}
    </span>
  );
}
