import { Alert, Form, Modal, Radio, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useAction } from '../../api/query';

export interface MergeCandidate {
  id: number;
  name: string;
  /** One line that tells two namesakes apart: title, organisation, kind… */
  details: string;
}

export interface FoundCandidates {
  candidates: MergeCandidate[];
  searching: boolean;
  error: string | null;
}

interface MergeDialogProps {
  /** The record the user started from. */
  subject: MergeCandidate;
  /** What the explanation says happens to the record that is not kept. */
  explanation: ReactNode;
  /** The records matching what is typed in the picker (a query: see merge-dialogs.tsx). */
  found: FoundCandidates;
  onSearch(text: string): void;
  merge(keepId: number, mergeId: number): Promise<unknown>;
  onMerged(kept: MergeCandidate): void;
  onClose(): void;
}

function CandidateLabel({ candidate }: { candidate: MergeCandidate }) {
  return (
    <span>
      <strong>{candidate.name}</strong>
      {candidate.details && <span className="muted"> — {candidate.details}</span>}
    </span>
  );
}

/** Merges two records that are the same person or organisation; the user picks which one to keep. */
export function MergeDialog({ subject, explanation, found, onSearch, merge, onMerged, onClose }: MergeDialogProps) {
  const [other, setOther] = useState<MergeCandidate | null>(null);
  const [keepId, setKeepId] = useState(subject.id);
  const merging = useAction((keep: number, drop: number) => merge(keep, drop));
  const options = found.candidates.filter((c) => c.id !== subject.id);
  const searching = found.searching;
  const error = merging.error ?? found.error;

  async function confirm() {
    if (!other) return;
    const kept = keepId === subject.id ? subject : other;
    const dropped = keepId === subject.id ? other : subject;
    const result = await merging.attempt(kept.id, dropped.id);
    if (result.ok) onMerged(kept);
  }

  const pair = other ? [subject, other] : [subject];
  return (
    <Modal
      open
      title="Gộp bản ghi trùng"
      okText="Gộp"
      cancelText="Hủy"
      okButtonProps={{ disabled: !other }}
      confirmLoading={merging.busy}
      onOk={() => void confirm()}
      onCancel={onClose}
      width={640}
    >
      <p>
        Dùng khi cùng một đối tượng được nhập hai lần. Chọn bản ghi trùng với <strong>{subject.name}</strong>, rồi chọn
        bản ghi giữ lại.
      </p>
      <Form name="merge" layout="vertical">
        <Form.Item label="Chọn bản ghi trùng" htmlFor="merge_other">
          <Select<number>
            id="merge_other"
            placeholder="Gõ để tìm bản ghi trùng"
            value={other?.id}
            loading={searching}
            showSearch={{ filterOption: false, onSearch }}
            notFoundContent={searching ? 'Đang tìm…' : 'Không tìm thấy bản ghi nào.'}
            options={options.map((c) => ({ value: c.id, label: c.details ? `${c.name} — ${c.details}` : c.name }))}
            onChange={(id) => setOther(options.find((c) => c.id === id) ?? null)}
          />
        </Form.Item>
        <Form.Item label="Giữ lại bản ghi nào?">
          <Radio.Group value={keepId} onChange={(e) => setKeepId(Number(e.target.value))}>
            <Space orientation="vertical">
              {pair.map((c) => (
                <Radio key={c.id} value={c.id}>
                  <CandidateLabel candidate={c} />
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={explanation} />
      {error && <Alert type="error" showIcon title="Chưa gộp được" description={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
