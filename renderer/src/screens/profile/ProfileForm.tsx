import { Alert, Button, Divider, Form, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { COMMITTEE_LEVEL, CURRENT_COMMITTEE_LEVELS, type CommitteeLevel } from '../../../../shared/domain';
import { COMMITTEE_CODE, COMMITTEE_CODE_MAX } from '../../../../shared/schemas/exchange-package';
import type { Profile } from '../../../../shared/schemas/profile';
import { call, errorMessage } from '../../api/client';
import { AbbreviationExample } from './AbbreviationExample';
import { DeputiesList } from './DeputiesList';
import {
  ABBREVIATION_PATTERN,
  toFormValues,
  toProfileInput,
  type ProfileFormValues,
} from './profileFormValues';
import { requiredMark } from './requiredMark';

interface ProfileFormProps {
  initial: Profile | null;
  onSaved(profile: Profile): void;
  submitLabel: string;
}

const tooLong = (max: number) => ({ max, message: `Nội dung quá dài (tối đa ${max} ký tự).` });

/** The committee profile: names and abbreviations that go into the header of every document. */
export function ProfileForm({ initial, onSaved, submitLabel }: ProfileFormProps) {
  const [form] = Form.useForm<ProfileFormValues>();
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const abbreviation = Form.useWatch('abbreviation', form);
  const initialValues = useMemo(() => toFormValues(initial), [initial]);

  // The district level was abolished on 01/7/2025: offer it only to a profile that already has it.
  const levelOptions = useMemo(() => {
    const levels: CommitteeLevel[] = [...CURRENT_COMMITTEE_LEVELS];
    if (initial?.level === 'huyen') levels.push('huyen');
    return levels.map((value) => ({ value, label: COMMITTEE_LEVEL.labels[value] }));
  }, [initial?.level]);

  async function save(values: ProfileFormValues) {
    setSaving(true);
    setServerError(null);
    try {
      const saved = await call('profile:save', toProfileInput(values));
      form.setFieldsValue(toFormValues(saved));
      onSaved(saved);
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<ProfileFormValues>
      form={form}
      name="profile"
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void save(values)}
      requiredMark={requiredMark}
      scrollToFirstError
      style={{ maxWidth: 760 }}
    >
      <Form.Item
        label="Tên Ủy ban"
        name="committeeName"
        extra="Ví dụ: Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh"
        rules={[
          {
            required: true,
            whitespace: true,
            message: 'Hãy nhập tên Ủy ban (ví dụ: Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh).',
          },
          tooLong(300),
        ]}
      >
        <Input placeholder="Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh" />
      </Form.Item>

      <Form.Item
        label="Cơ quan cấp trên"
        name="parentBody"
        extra='Dòng đầu tiên ở góc trái phần đầu văn bản, viết in hoa, ví dụ: "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH". Có thể để trống.'
        rules={[tooLong(300)]}
      >
        <Input placeholder="ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH" />
      </Form.Item>

      <Form.Item
        label="Địa danh ghi ngày tháng"
        name="placeName"
        extra='Ghi trước ngày tháng ở đầu văn bản, ví dụ: "Quảng Ninh, ngày 05 tháng 01 năm 2026".'
        rules={[
          {
            required: true,
            whitespace: true,
            message: 'Hãy nhập địa danh ghi ở dòng ngày tháng (ví dụ: Quảng Ninh).',
          },
          tooLong(100),
        ]}
      >
        <Input placeholder="Quảng Ninh" />
      </Form.Item>

      <Form.Item label="Cấp Ủy ban" name="level" rules={[{ required: true, message: 'Hãy chọn cấp của Ủy ban.' }]}>
        <Select placeholder="Chọn cấp của Ủy ban" options={levelOptions} />
      </Form.Item>

      <Form.Item
        label="Chữ viết tắt trong số, ký hiệu"
        name="abbreviation"
        normalize={(value: string | undefined) => (value ?? '').toUpperCase()}
        extra={<AbbreviationExample abbreviation={abbreviation} />}
        rules={[
          {
            required: true,
            whitespace: true,
            message: 'Hãy nhập chữ viết tắt dùng trong số, ký hiệu (ví dụ: MTTQ-BTT).',
          },
          tooLong(40),
          {
            pattern: ABBREVIATION_PATTERN,
            message: 'Chữ viết tắt chỉ gồm chữ in hoa và chữ số, nối bằng dấu gạch ngang, ví dụ: MTTQ-BTT.',
          },
        ]}
      >
        <Input placeholder="MTTQ-BTT" style={{ maxWidth: 280 }} />
      </Form.Item>

      <Form.Item
        label="Mã đơn vị"
        name="committeeCode"
        normalize={(value: string | undefined) => (value ?? '').toUpperCase()}
        extra="Mã dùng khi gửi, nhận văn bản và nhiệm vụ với cấp trên, cấp dưới (tệp .mttq), ví dụ: MTTQ-HP. Cấp trên và cấp dưới cần ghi đúng mã này. Có thể để trống nếu chưa trao đổi."
        rules={[
          tooLong(COMMITTEE_CODE_MAX),
          {
            validator(_rule, value: string | undefined) {
              const code = (value ?? '').trim();
              if (code === '' || (code.length >= 2 && COMMITTEE_CODE.test(code))) return Promise.resolve();
              return Promise.reject(new Error('Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, nối bằng dấu chấm hoặc gạch ngang, ví dụ: MTTQ-HP.'));
            },
          },
        ]}
      >
        <Input placeholder="MTTQ-HP" style={{ maxWidth: 280 }} aria-label="Mã đơn vị" />
      </Form.Item>

      <Divider titlePlacement="start">Chủ tịch</Divider>
      <Form.Item
        label="Họ tên Chủ tịch"
        name="chairName"
        dependencies={['chairTitle']}
        rules={[
          tooLong(120),
          ({ getFieldValue }) => ({
            validator(_rule, value: string | undefined) {
              const title = String(getFieldValue('chairTitle') ?? '').trim();
              if (title && !(value ?? '').trim()) return Promise.reject(new Error('Hãy nhập họ tên.'));
              return Promise.resolve();
            },
          }),
        ]}
      >
        <Input placeholder="Họ và tên" />
      </Form.Item>
      <Form.Item label="Chức danh Chủ tịch" name="chairTitle" rules={[tooLong(300)]}>
        <Input placeholder="Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh" />
      </Form.Item>

      <Divider titlePlacement="start">Phó Chủ tịch</Divider>
      <DeputiesList />

      {serverError && (
        <Alert type="error" showIcon title="Chưa lưu được hồ sơ" description={serverError} style={{ marginTop: 24 }} />
      )}
      <Form.Item style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" size="large" loading={saving}>
          {submitLabel}
        </Button>
      </Form.Item>
    </Form>
  );
}
