import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { filterByMatch, organisationOptions } from '../../components/pickers';
import { useTaskDrawer } from '../../store/task-view';

/**
 * "Giao nhiệm vụ" from a directive: the secretary picks the lead organisation (a directive rarely
 * names a single one) and the task opens in the drawer to be completed.
 */
export function DirectiveTasksCard({ directiveId }: { directiveId: number }) {
  const { message } = App.useApp();
  const openTask = useTaskDrawer((s) => s.open);
  const organisations = useApiQuery('organisations:list', { includeInactive: false }).data ?? [];
  const [lead, setLead] = useState<number | null>(null);
  const assigning = useAction((leadOrganisationId: number) => call('tasks:createFromDirective', { directiveId, leadOrganisationId }));

  const assign = async () => {
    if (lead === null) return;
    const task = await assigning.attempt(lead);
    if (task.ok) openTask(task.value.id);
    else message.error(task.message);
  };

  return (
    <Card size="small" title="Giao nhiệm vụ thực hiện văn bản">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">Chọn đơn vị chủ trì; nhiệm vụ mở ra để ghi nội dung, hạn và đơn vị phối hợp.</Typography.Text>
        <Select<number>
          aria-label="Đơn vị chủ trì thực hiện văn bản"
          showSearch={{ filterOption: filterByMatch }}
          placeholder="Chọn đơn vị chủ trì"
          style={{ width: '100%' }}
          value={lead}
          options={organisationOptions(organisations)}
          onChange={setLead}
        />
        <Button icon={<SendOutlined aria-hidden />} disabled={lead === null} loading={assigning.busy} onClick={() => void assign()}>
          Giao nhiệm vụ
        </Button>
      </Space>
    </Card>
  );
}
