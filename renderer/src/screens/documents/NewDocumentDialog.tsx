import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { DOCUMENT_KIND, REPORT_KIND, type DocumentKind, type ReportKind } from '../../../../shared/domain';
import { call, errorMessage } from '../../api/client';
import { useNavigation } from '../../store/navigation';

interface Values {
  kind: DocumentKind;
  reportKind: ReportKind | null;
  summary: string;
}

/** A document that does not come from a meeting: a report, a plan, a letter… */
export function NewDocumentDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [saving, setSaving] = useState(false);
  const navigate = useNavigation((s) => s.navigate);
  const { message } = App.useApp();

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const created = await call('documents:create', {
        kind: values.kind,
        reportKind: values.kind === 'bao_cao' ? values.reportKind : null,
        summary: values.summary ?? '',
      });
      onClose();
      await navigate({ name: 'document', id: created.id });
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Văn bản mới"
      okText="Tạo văn bản"
      cancelText="Hủy"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'bao_cao', reportKind: 'ket_qua', summary: '' }} preserve={false}>
        <Form.Item name="kind" label="Loại văn bản" rules={[{ required: true, message: 'Hãy chọn loại văn bản.' }]}>
          <Select options={DOCUMENT_KIND.values.map((value) => ({ value, label: DOCUMENT_KIND.labels[value] }))} />
        </Form.Item>
        {kind === 'bao_cao' && (
          <Form.Item name="reportKind" label="Loại báo cáo">
            <Select options={REPORT_KIND.values.map((value) => ({ value, label: REPORT_KIND.labels[value] }))} />
          </Form.Item>
        )}
        <Form.Item
          name="summary"
          label={kind === 'cong_van' ? 'Về việc (V/v)' : 'Trích yếu'}
          extra="Dòng tóm tắt nội dung in dưới tên loại văn bản; có thể sửa sau."
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder="Ví dụ: Kết quả công tác Mặt trận 6 tháng đầu năm 2026" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
