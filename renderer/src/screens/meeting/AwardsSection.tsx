import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Space, Table } from 'antd';
import { AWARD_FORM, AWARD_RECIPIENT_KIND } from '../../../../shared/domain';
import type { MeetingAward } from '../../../../shared/schemas/meeting';
import { useMeetingEditor } from '../../store/meeting-editor';
import { moveRow, newRowId, removeRow, replaceRow } from './list-ops';
import { RowActions } from './RowActions';

const formOptions = AWARD_FORM.values.map((value) => ({ value, label: AWARD_FORM.labels[value] }));
const recipientKindOptions = AWARD_RECIPIENT_KIND.values.map((value) => ({ value, label: AWARD_RECIPIENT_KIND.labels[value] }));

export function AwardsSection() {
  const awards = useMeetingEditor((s) => s.record!.awards);
  const update = useMeetingEditor((s) => s.update);
  const setAwards = (change: (rows: MeetingAward[]) => MeetingAward[]) => update((m) => ({ ...m, awards: change(m.awards) }));
  const patch = (id: string, value: Partial<MeetingAward>) => setAwards((rows) => replaceRow(rows, id, value));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {awards.length === 0 ? (
        <Empty description="Hội nghị không có khen thưởng, hoặc chưa nhập." image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table<MeetingAward>
          size="small"
          rowKey="id"
          tableLayout="fixed"
          pagination={false}
          dataSource={awards}
          columns={[
            { title: 'TT', width: 48, render: (_v, _r, index) => index + 1 },
            {
              title: 'Hình thức',
              width: 170,
              render: (_v, row, index) => (
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Select aria-label={`Hình thức khen thưởng, dòng ${index + 1}`} value={row.form} options={formOptions} style={{ width: '100%' }} onChange={(form) => patch(row.id, { form })} />
                  {row.form === 'khac' && (
                    <Input aria-label={`Ghi rõ hình thức, dòng ${index + 1}`} value={row.formOther} onChange={(e) => patch(row.id, { formOther: e.target.value })} />
                  )}
                </Space>
              ),
            },
            {
              title: 'Tập thể / cá nhân được khen',
              render: (_v, row, index) => (
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-label={`Người hoặc tập thể được khen, dòng ${index + 1}`} value={row.recipient} status={row.recipient.trim() === '' ? 'error' : undefined} onChange={(e) => patch(row.id, { recipient: e.target.value })} />
              ),
            },
            {
              title: 'Đối tượng',
              width: 130,
              render: (_v, row, index) => (
                <Select aria-label={`Đối tượng khen, dòng ${index + 1}`} value={row.recipientKind} options={recipientKindOptions} style={{ width: '100%' }} onChange={(recipientKind) => patch(row.id, { recipientKind })} />
              ),
            },
            {
              title: 'Cấp khen',
              render: (_v, row, index) => (
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-label={`Cấp khen, dòng ${index + 1}`} placeholder="Ví dụ: Ủy ban Trung ương MTTQ Việt Nam" value={row.issuer} onChange={(e) => patch(row.id, { issuer: e.target.value })} />
              ),
            },
            {
              title: '',
              width: 110,
              render: (_v, row, index) => (
                <RowActions
                  what={`khen thưởng dòng ${index + 1}`}
                  isFirst={index === 0}
                  isLast={index === awards.length - 1}
                  onMove={(delta) => setAwards((rows) => moveRow(rows, row.id, delta))}
                  onRemove={() => setAwards((rows) => removeRow(rows, row.id))}
                />
              ),
            },
          ]}
        />
      )}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() =>
          setAwards((rows) => [...rows, { id: newRowId(), form: 'bang_khen', formOther: '', recipient: '', recipientKind: 'tap_the', issuer: '' }])
        }
      >
        Thêm khen thưởng
      </Button>
    </Space>
  );
}
