import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Empty, Input, Modal, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { TASK_PRIORITY, TASK_RECURRENCE } from '../../../../shared/domain';
import type { DirectiveAssignments } from '../../../../shared/schemas/exchange';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { DateField } from '../../components/DateField';
import { useExportedFileNotice } from '../../components/useExportedFileNotice';
import { useNavigation } from '../../store/navigation';
import { blankTask, draftsOf, saveInputOf, type TaskDraft } from './send-down';

const REPORTING = TASK_RECURRENCE.values.map((value) => ({
  value,
  label: value === 'khong' ? 'Báo cáo một lần' : `Báo cáo ${TASK_RECURRENCE.labels[value].toLocaleLowerCase('vi')}`,
}));

interface SendDownDialogProps {
  directiveId: number;
  initial: DirectiveAssignments | null;
  onClose(): void;
}

/**
 * Choose the committees below, the tasks given to each (what, who leads, by when, how often to
 * report), save them, and write one package for the chosen committees: each imports its own tasks.
 */
export function SendDownDialog({ directiveId, initial, onClose }: SendDownDialogProps) {
  const navigate = useNavigation((s) => s.navigate);
  const showExported = useExportedFileNotice();
  const directory = useApiQuery('committees:list', undefined);
  const committees = directory.data ? directory.data.below.filter((c) => c.active) : null;
  const [chosen, setChosen] = useState<number[]>(() => [...new Set(initial?.groups.flatMap((g) => g.committees.map((c) => c.committeeId)) ?? [])]);
  const [drafts, setDrafts] = useState<TaskDraft[]>(() => (initial && initial.groups.length > 0 ? draftsOf(initial) : [blankTask([])]));
  /** Said before anything is sent: no committee chosen. */
  const [unchosen, setUnchosen] = useState<string | null>(null);

  const change = (key: string, patch: Partial<TaskDraft>) => setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const choose = (ids: number[]) => {
    // A committee newly chosen is given every new task; one taken off leaves them all.
    const added = ids.filter((id) => !chosen.includes(id));
    setDrafts((list) => list.map((d) => ({ ...d, committeeIds: [...d.committeeIds.filter((id) => ids.includes(id)), ...(d.group === null ? added : [])] })));
    setChosen(ids);
    if (ids.length > 0) setUnchosen(null);
  };

  /** Saves the tasks and, with `write`, writes the package; true when the dialog may close. */
  const sending = useAction(async (write: boolean): Promise<boolean> => {
    const input = saveInputOf(directiveId, drafts, chosen);
    // The directive alone may be sent, for information, without tasks.
    if (input.tasks.length > 0) await call('exchange:saveAssignments', input);
    if (!write) return true;
    const written = await call('exchange:exportDown', { directiveId, committeeIds: chosen });
    // No file chosen in the save dialog: the tasks are saved, the dialog stays for another try.
    if (!written.saved || !written.filePath) return false;
    showExported(`Đã ghi gói gửi ${written.receivers} đơn vị cấp dưới (${written.assignments} nhiệm vụ)`, written.filePath);
    return true;
  });

  const submit = async (write: boolean) => {
    if (chosen.length === 0) {
      sending.reset();
      setUnchosen('Hãy chọn ít nhất một đơn vị cấp dưới.');
      return;
    }
    setUnchosen(null);
    if (await sending.run(write)) onClose();
  };
  const error = unchosen ?? sending.error;

  const options = (committees ?? []).filter((c) => chosen.includes(c.id)).map((c) => ({ value: c.id, label: c.name }));

  return (
    <Modal
      open
      width={1000}
      title="Gửi cấp dưới"
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button loading={sending.busy} onClick={() => void submit(false)}>
            Chỉ lưu nhiệm vụ
          </Button>
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={sending.busy} onClick={() => void submit(true)}>
            Lưu và ghi gói…
          </Button>
        </Space>
      }
    >
      {committees !== null && committees.length === 0 ? (
        <Empty description="Chưa có đơn vị cấp dưới nào trong danh sách.">
          <Button onClick={() => void navigate({ name: 'exchange', tab: 'don_vi' })}>Thêm đơn vị cấp dưới</Button>
        </Empty>
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div>
            <Typography.Text strong>Đơn vị nhận</Typography.Text>
            <div style={{ marginTop: 6 }}>
              <Checkbox.Group
                aria-label="Đơn vị cấp dưới nhận văn bản"
                value={chosen}
                onChange={(values) => choose(values as number[])}
                options={(committees ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
              />
            </div>
          </div>
          <Typography.Text strong>Nhiệm vụ giao</Typography.Text>
          {drafts.map((d, index) => (
            <Card
              key={d.key}
              size="small"
              title={`Nhiệm vụ ${index + 1}`}
              extra={
                d.group === null && (
                  <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`Bỏ nhiệm vụ ${index + 1}`} onClick={() => setDrafts((list) => list.filter((x) => x.key !== d.key))} />
                )
              }
            >
              <Row gutter={[12, 8]}>
                <Col span={24}>
                  <Input aria-label={`Nội dung nhiệm vụ ${index + 1}`} placeholder="Nội dung nhiệm vụ giao cho cấp dưới" value={d.title} onChange={(e) => change(d.key, { title: e.target.value })} />
                </Col>
                <Col span={10}>
                  <Input aria-label={`Chủ trì nhiệm vụ ${index + 1}`} addonBefore="Chủ trì" value={d.lead} onChange={(e) => change(d.key, { lead: e.target.value })} />
                </Col>
                <Col span={4}>
                  <DateField
                    aria-label={`Hạn hoàn thành nhiệm vụ ${index + 1}`}
                    optional
                    placeholder="Hạn hoàn thành"
                    value={d.dueDate ?? ''}
                    onChange={(next) => change(d.key, { dueDate: next === '' ? null : next })}
                  />
                </Col>
                <Col span={5}>
                  <Select aria-label={`Chế độ báo cáo nhiệm vụ ${index + 1}`} style={{ width: '100%' }} value={d.recurrence} options={REPORTING} onChange={(recurrence) => change(d.key, { recurrence })} />
                </Col>
                <Col span={5}>
                  <Select
                    aria-label={`Mức ưu tiên nhiệm vụ ${index + 1}`}
                    style={{ width: '100%' }}
                    value={d.priority}
                    options={TASK_PRIORITY.values.map((value) => ({ value, label: `Ưu tiên ${TASK_PRIORITY.labels[value].toLocaleLowerCase('vi')}` }))}
                    onChange={(priority) => change(d.key, { priority })}
                  />
                </Col>
                <Col span={24}>
                  <Select<number[]>
                    mode="multiple"
                    aria-label={`Đơn vị được giao nhiệm vụ ${index + 1}`}
                    placeholder="Giao cho đơn vị nào (trong các đơn vị nhận)"
                    style={{ width: '100%' }}
                    value={d.committeeIds.filter((id) => chosen.includes(id))}
                    options={options}
                    onChange={(committeeIds) => change(d.key, { committeeIds })}
                  />
                </Col>
              </Row>
            </Card>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setDrafts((list) => [...list, blankTask(chosen)])}>
            Thêm nhiệm vụ
          </Button>
          <Typography.Text type="secondary">
            Một gói cho tất cả đơn vị được chọn: mỗi đơn vị chỉ nhận văn bản và các nhiệm vụ giao cho mình. Sửa nhiệm vụ rồi gửi lại: gói mới thay cho gói cũ ở cấp dưới, tiến độ họ đã ghi vẫn giữ nguyên.
          </Typography.Text>
          {directory.error && <Alert type="error" showIcon role="alert" message="Không đọc được danh sách đơn vị" description={directory.error} />}
          {error && <Alert type="error" showIcon role="alert" message="Chưa gửi được" description={error} />}
        </Space>
      )}
    </Modal>
  );
}
