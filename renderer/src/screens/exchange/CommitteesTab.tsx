import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COMMITTEE_RELATION, saveCommitteeInput, type Committee, type CommitteeRelation } from '../../../../shared/schemas/exchange';
import { call, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { fieldRules } from '../../components/form-rules';
import { useNavigation } from '../../store/navigation';

interface Editing {
  id: number | null;
  name: string;
  code: string;
  relation: CommitteeRelation;
}

/** The committee above and the committees below, each with its code; the committee's own code is in its profile. */
export function CommitteesTab() {
  const { message } = App.useApp();
  const navigate = useNavigation((s) => s.navigate);
  const query = useApiQuery('committees:list', undefined);
  const directory = query.data ?? null;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Editing>();

  const open = (value: Editing) => {
    setEditing(value);
    setError(null);
    form.setFieldsValue(value);
  };

  const save = async () => {
    const values = await form.validateFields();
    try {
      await call('committees:save', { id: editing?.id ?? null, name: values.name, code: values.code, relation: values.relation });
      setEditing(null);
      void message.success('Đã lưu đơn vị.');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const remove = async (committee: Committee) => {
    try {
      await call('committees:remove', { id: committee.id });
      void message.success(`Đã bỏ “${committee.name}” khỏi danh sách trao đổi.`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const rows = directory ? [...directory.above, ...directory.below] : [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 1000 }}>
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          {directory?.own ? (
            <Typography.Text>
              Mã đơn vị của Ủy ban mình: <Tag color="red">{directory.own.code}</Tag>
            </Typography.Text>
          ) : (
            <Alert
              type="warning"
              showIcon
              message="Chưa khai báo mã đơn vị của Ủy ban mình: chưa gửi, nhận gói được."
              action={<Button size="small" onClick={() => void navigate({ name: 'profile' })}>Nhập mã ở Hồ sơ Ủy ban</Button>}
            />
          )}
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => open({ id: null, name: '', code: '', relation: 'cap_duoi' })}>
            Thêm đơn vị
          </Button>
        </Space>
      </Card>
      {query.error && <Alert type="error" showIcon role="alert" message="Không đọc được danh sách đơn vị" description={query.error} />}
      <Table<Committee>
        size="small"
        rowKey="id"
        pagination={false}
        aria-label="Đơn vị cấp trên, cấp dưới"
        dataSource={rows}
        locale={{ emptyText: 'Chưa có đơn vị nào.' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'name' },
          { title: 'Mã đơn vị', dataIndex: 'code', width: 180 },
          {
            title: 'Quan hệ',
            dataIndex: 'relation',
            width: 120,
            render: (relation: CommitteeRelation) => <Tag color={relation === 'cap_tren' ? 'volcano' : 'blue'}>{COMMITTEE_RELATION.labels[relation]}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            width: 190,
            render: (_: unknown, committee: Committee) => (
              <Space>
                <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={`Sửa ${committee.name}`} onClick={() => open({ ...committee })}>
                  Sửa
                </Button>
                <Popconfirm title="Bỏ đơn vị này khỏi danh sách trao đổi?" description="Đơn vị vẫn còn trong danh bạ." okText="Bỏ" cancelText="Thôi" onConfirm={() => void remove(committee)}>
                  <Button size="small" danger aria-label={`Bỏ ${committee.name} khỏi danh sách`}>
                    Bỏ khỏi danh sách
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.id ? 'Sửa đơn vị' : 'Thêm đơn vị cấp trên, cấp dưới'}
        okText="Lưu"
        cancelText="Hủy"
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="committee">
          <Form.Item label="Tên Ủy ban" name="name" rules={fieldRules(saveCommitteeInput, 'name', { required: true })}>
            <Input placeholder="Ủy ban MTTQ Việt Nam phường Hồng Bàng" />
          </Form.Item>
          <Form.Item
            label="Mã đơn vị"
            name="code"
            normalize={(value: string | undefined) => (value ?? '').toUpperCase()}
            extra="Mã đơn vị đó tự khai trong Hồ sơ Ủy ban của họ, ví dụ: MTTQ-HP-HB."
            rules={fieldRules(saveCommitteeInput, 'code', { required: true })}
          >
            <Input placeholder="MTTQ-HP-HB" style={{ maxWidth: 280 }} />
          </Form.Item>
          <Form.Item label="Quan hệ" name="relation">
            <Radio.Group
              options={COMMITTEE_RELATION.values.map((value) => ({ value, label: value === 'cap_tren' ? 'Ủy ban cấp trên' : 'Đơn vị cấp dưới' }))}
            />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon role="alert" message={error} />}
      </Modal>
    </Space>
  );
}
