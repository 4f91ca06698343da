import { SendOutlined } from '@ant-design/icons';
import { App, Button, Popover, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { organisationsNamedIn } from '../../../../shared/organisation-mentions';
import type { Organisation } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { filterByMatch, organisationOptions } from '../../components/pickers';
import { useMeetingEditor } from '../../store/meeting-editor';
import { useTaskDrawer } from '../../store/task-view';

/**
 * "Giao nhiệm vụ" on a conclusion: one click makes the task and opens it. The lead organisation is
 * the first one of the directory the conclusion names; when it names none, the click asks which
 * organisation leads (a task is never saved without one).
 */
export function AssignTaskButton({ conclusionId, content, index }: { conclusionId: string; content: string; index: number }) {
  const { message } = App.useApp();
  const openTask = useTaskDrawer((s) => s.open);
  const [choosing, setChoosing] = useState<Organisation[] | null>(null);
  const creating = useAction(async (leadOrganisationId: number) => {
    const task = await call('tasks:createFromConclusion', { conclusionId, leadOrganisationId });
    setChoosing(null);
    openTask(task.id);
  });
  const starting = useAction(async () => {
    // The conclusion may have been typed a moment ago: it must be saved before a task can point at it.
    await useMeetingEditor.getState().flush();
    const organisations = await call('organisations:list', { includeInactive: false });
    const lead = organisationsNamedIn(content, organisations)[0];
    if (lead === undefined) setChoosing(organisations);
    else {
      const created = await creating.attempt(lead);
      if (!created.ok) message.error(created.message);
    }
  });
  const busy = creating.busy || starting.busy;

  const create = async (leadOrganisationId: number) => {
    const created = await creating.attempt(leadOrganisationId);
    if (!created.ok) message.error(created.message);
  };

  const start = async () => {
    const started = await starting.attempt();
    if (!started.ok) message.error(started.message);
  };

  return (
    <Popover
      open={choosing !== null}
      onOpenChange={(open) => !open && setChoosing(null)}
      trigger="click"
      title="Đơn vị nào chủ trì thực hiện?"
      content={
        <Space direction="vertical" style={{ width: 320 }}>
          <Typography.Text type="secondary">Kết luận không nêu tên đơn vị nào trong danh bạ.</Typography.Text>
          <Select<number>
            aria-label={`Đơn vị chủ trì kết luận ${index + 1}`}
            showSearch={{ filterOption: filterByMatch }}
            autoFocus
            placeholder="Chọn đơn vị chủ trì"
            style={{ width: '100%' }}
            disabled={busy}
            options={organisationOptions(choosing ?? [])}
            onChange={(id) => void create(id)}
          />
        </Space>
      }
    >
      <Button
        size="small"
        icon={<SendOutlined aria-hidden />}
        loading={busy}
        disabled={content.trim() === ''}
        aria-label={`Giao nhiệm vụ từ kết luận ${index + 1}`}
        onClick={() => void start()}
      >
        Giao nhiệm vụ
      </Button>
    </Popover>
  );
}
