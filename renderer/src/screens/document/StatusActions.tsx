import { CheckOutlined, LockOutlined, NumberOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useState } from 'react';
import type { DocumentRecord } from '../../../../shared/schemas/document';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { runDocumentStep, useDocumentEditor } from '../../store/document-editor';
import { useBlanksLeft } from './ReportToolbar';
import { rememberedUserName, rememberUserName } from './user-name';

type Step = 'finalise' | 'unlock' | 'issue' | null;

/**
 * The document's life: bản nháp → đã hoàn thiện (locked, who and when, content hash) →
 * đã ban hành (gets its number). Unlocking a finalised document is allowed and recorded.
 */
export function StatusActions({ doc }: { doc: DocumentRecord }) {
  const [step, setStep] = useState<Step>(null);
  return (
    <>
      {doc.status === 'ban_nhap' && (
        <Button icon={<LockOutlined />} onClick={() => setStep('finalise')}>
          Hoàn thiện
        </Button>
      )}
      {doc.status === 'da_hoan_thien' && (
        <Space>
          <Button icon={<UnlockOutlined />} onClick={() => setStep('unlock')}>
            Mở khóa
          </Button>
          <Button type="primary" icon={<NumberOutlined />} onClick={() => setStep('issue')}>
            Ban hành
          </Button>
        </Space>
      )}
      {step === 'finalise' && <FinaliseDialog doc={doc} onClose={() => setStep(null)} />}
      {step === 'unlock' && <UnlockDialog doc={doc} onClose={() => setStep(null)} />}
      {step === 'issue' && <IssueDialog doc={doc} onClose={() => setStep(null)} />}
    </>
  );
}

interface DialogProps {
  doc: DocumentRecord;
  onClose(): void;
}

function useStepRunner(onClose: () => void) {
  const { message } = App.useApp();
  // The step runs only once everything on screen is stored (runDocumentStep).
  const step = useAction((action: () => Promise<DocumentRecord>) => runDocumentStep(action));
  const run = async (action: () => Promise<DocumentRecord>, done: string) => {
    if (await step.run(action)) {
      message.success(done);
      onClose();
    }
  };
  return { busy: step.busy, error: step.error, run };
}

/** The main process refuses minutes without a secretary; the dialog asks for the name first. */
const SECRETARY_REQUIRED = 'Hãy nhập họ tên thư ký (người ghi biên bản): biên bản cần chữ ký của thư ký bên trái.';

function FinaliseDialog({ doc, onClose }: DialogProps) {
  const [by, setBy] = useState(rememberedUserName());
  // Minutes are signed by their secretary: when none is named yet, the dialog asks for one.
  const needsSecretary = doc.kind === 'bien_ban' && doc.minutesSigners.secretaryName.trim() === '';
  const [secretary, setSecretary] = useState('');
  const [secretaryMissing, setSecretaryMissing] = useState(false);
  const { busy, error, run } = useStepRunner(onClose);
  const blanks = useBlanksLeft();
  return (
    <Modal
      open
      title="Hoàn thiện văn bản"
      okText="Hoàn thiện và khóa"
      cancelText="Hủy"
      confirmLoading={busy}
      okButtonProps={{ icon: <CheckOutlined /> }}
      onCancel={onClose}
      onOk={() => {
        if (needsSecretary) {
          if (secretary.trim() === '') {
            setSecretaryMissing(true);
            return;
          }
          // Stored with the document's other edits before the step locks it (runDocumentStep).
          useDocumentEditor.getState().update((d) => ({ ...d, minutesSigners: { ...d.minutesSigners, secretaryName: secretary.trim() } }));
        }
        rememberUserName(by);
        void run(() => call('documents:finalise', { id: doc.id, by }), 'Đã hoàn thiện và khóa văn bản.');
      }}
    >
      <p>Sau khi hoàn thiện, văn bản bị khóa, không sửa được nữa (trừ khi mở khóa; việc mở khóa được ghi lại).</p>
      {doc.kind === 'bao_cao' && <p>Số liệu của báo cáo được chốt khi hoàn thiện: sửa hồ sơ về sau không làm thay đổi báo cáo.</p>}
      {blanks > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`Văn bản còn ${blanks} chỗ “[Cần bổ sung: …]” chưa viết. Nên viết hoặc xóa các chỗ đó trước khi hoàn thiện.`}
        />
      )}
      <Form layout="vertical">
        {needsSecretary && (
          <Form.Item
            label="Thư ký (người ghi biên bản, ký bên trái)"
            htmlFor="finalise-secretary"
            required
            validateStatus={secretaryMissing ? 'error' : undefined}
            help={secretaryMissing ? SECRETARY_REQUIRED : 'Biên bản chưa có tên thư ký. Tên này được in dưới chữ “THƯ KÝ”.'}
          >
            <Input
              id="finalise-secretary"
              value={secretary}
              onChange={(e) => {
                setSecretary(e.target.value);
                setSecretaryMissing(false);
              }}
              autoFocus
            />
          </Form.Item>
        )}
        <Form.Item label="Người hoàn thiện" htmlFor="finalise-by" required>
          <Input id="finalise-by" value={by} onChange={(e) => setBy(e.target.value)} autoFocus={!needsSecretary} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}

function UnlockDialog({ doc, onClose }: DialogProps) {
  const [by, setBy] = useState(rememberedUserName());
  const [reason, setReason] = useState('');
  const { busy, error, run } = useStepRunner(onClose);
  return (
    <Modal
      open
      title="Mở khóa văn bản đã hoàn thiện"
      okText="Mở khóa"
      cancelText="Hủy"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => {
        rememberUserName(by);
        void run(() => call('documents:unlock', { id: doc.id, by, reason }), 'Đã mở khóa văn bản. Việc mở khóa đã được ghi lại.');
      }}
    >
      <Form layout="vertical">
        <Form.Item label="Người mở khóa" htmlFor="unlock-by" required>
          <Input id="unlock-by" value={by} onChange={(e) => setBy(e.target.value)} />
        </Form.Item>
        <Form.Item label="Lý do mở khóa" htmlFor="unlock-reason" required>
          <Input.TextArea id="unlock-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}

function IssueDialog({ doc, onClose }: DialogProps) {
  const [by, setBy] = useState(rememberedUserName());
  const [manual, setManual] = useState<number | null>(null);
  const { busy, error, run } = useStepRunner(onClose);
  // The number it would get; a number that cannot be read is not said (the step still numbers it).
  const next = useApiQuery('documents:nextNumber', { id: doc.id }).data;
  return (
    <Modal
      open
      title="Ban hành văn bản"
      okText="Cấp số và ban hành"
      cancelText="Hủy"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => {
        rememberUserName(by);
        void run(() => call('documents:issue', { id: doc.id, number: manual, by }), 'Đã cấp số và ban hành văn bản.');
      }}
    >
      {next && (
        <p>
          Số sẽ cấp: <strong>Số: {next.numberSymbol}</strong> (sổ đăng ký theo loại văn bản, bắt đầu lại từ 01 mỗi năm).
        </p>
      )}
      <Form layout="vertical">
        <Form.Item label="Nhập số khác (để trống để lấy số tiếp theo)" htmlFor="issue-number">
          <InputNumber id="issue-number" min={1} max={9999} value={manual} onChange={(v) => setManual(v)} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="Người ban hành" htmlFor="issue-by" required>
          <Input id="issue-by" value={by} onChange={(e) => setBy(e.target.value)} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}
