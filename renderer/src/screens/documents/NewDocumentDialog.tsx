import { App, Form, Input, Modal, Select } from 'antd';
import { DOCUMENT_KIND, REPORT_KIND, type DocumentKind, type ReportKind } from '../../../../shared/domain';
import { createDocumentInput } from '../../../../shared/schemas/document';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { fieldRules } from '../../components/form-rules';
import { useFormGuard } from '../../components/useFormGuard';
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
  const navigate = useNavigation((s) => s.navigate);
  const { message } = App.useApp();
  const creating = useAction((values: Values) =>
    call('documents:create', {
      kind: values.kind,
      reportKind: values.kind === 'bao_cao' ? values.reportKind : null,
      summary: values.summary ?? '',
    }),
  );
  // Created only on "Tạo văn bản": leaving with something typed asks first.
  const guard = useFormGuard(form, 'Văn bản mới', async () => 'Văn bản mới chưa được tạo.');

  const submit = async () => {
    const values = await form.validateFields();
    const created = await creating.attempt(values);
    if (!created.ok) {
      message.error(created.message);
      return;
    }
    guard.markSaved();
    onClose();
    await navigate({ name: 'document', id: created.value.id });
  };

  return (
    <Modal
      open={open}
      title="Văn bản mới"
      okText="Tạo văn bản"
      cancelText="Hủy"
      confirmLoading={creating.busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => void guard.cancel(onClose)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'bao_cao', reportKind: 'ket_qua', summary: '' }} preserve={false} onValuesChange={guard.markDirty}>
        <Form.Item name="kind" label="Loại văn bản" rules={fieldRules(createDocumentInput, 'kind', { required: true })}>
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
          rules={fieldRules(createDocumentInput, 'summary')}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder="Ví dụ: Kết quả công tác Mặt trận 6 tháng đầu năm 2026" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
