import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';
import { useCallback, useState } from 'react';
import { ORGANISATION_KIND } from '../../../../shared/domain';
import type { Organisation } from '../../../../shared/schemas/directory';
import { foldForSearch } from '../../../../shared/text';
import { call } from '../../api/client';
import { MergeDialog, type MergeCandidate } from './MergeDialog';
import { OrganisationDialog } from './OrganisationDialog';
import { OrganisationsTable } from './OrganisationsTable';
import { RowActions } from './RowActions';
import { ShowInactiveSwitch } from './ShowInactiveSwitch';
import { useDirectoryList } from './useDirectoryList';
import { useRecordActions } from './useRecordActions';

function asCandidate(organisation: Organisation): MergeCandidate {
  const details = [ORGANISATION_KIND.labels[organisation.kind], `${organisation.peopleCount} người`].join(', ');
  return { id: organisation.id, name: organisation.name, details };
}

export function OrganisationsTab() {
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [merging, setMerging] = useState<Organisation | null>(null);
  const runAction = useRecordActions();
  const { message } = App.useApp();

  const organisations = useDirectoryList(() => call('organisations:list', { includeInactive }), [includeInactive]);

  const findCandidates = useCallback(async (search: string) => {
    const all = await call('organisations:list', { includeInactive: true });
    const folded = foldForSearch(search);
    return all
      .filter((o) => folded === '' || foldForSearch(`${o.name} ${o.abbreviation}`).includes(folded))
      .map(asCandidate);
  }, []);

  return (
    <>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
        <ShowInactiveSwitch
          label="Hiện cả cơ quan, tổ chức đã ngừng sử dụng"
          checked={includeInactive}
          onChange={setIncludeInactive}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm cơ quan, tổ chức
        </Button>
      </Flex>

      {organisations.error && (
        <Alert
          type="error"
          showIcon
          title="Không tải được danh sách cơ quan, tổ chức"
          description={organisations.error}
          action={<Button onClick={organisations.reload}>Thử lại</Button>}
          style={{ marginBottom: 16 }}
        />
      )}

      <OrganisationsTable
        organisations={organisations.rows}
        loading={organisations.loading}
        emptyText='Chưa có cơ quan, tổ chức nào. Bấm "Thêm cơ quan, tổ chức" để bắt đầu.'
        renderActions={(organisation) => (
          <RowActions
            name={organisation.name}
            active={organisation.active}
            deleteHint="Chỉ xóa được cơ quan, tổ chức chưa có ai trong danh bạ."
            onEdit={() => setEditing(organisation)}
            onMerge={() => setMerging(organisation)}
            onToggleActive={async () => {
              const done = await runAction(
                () => call('organisations:setActive', { id: organisation.id, active: !organisation.active }),
                organisation.active
                  ? `Đã ngừng sử dụng "${organisation.name}". Tổ chức này không còn hiện trong danh sách chọn.`
                  : `Đã dùng lại "${organisation.name}".`,
                'Chưa đổi được trạng thái',
              );
              if (done) organisations.reload();
            }}
            onDelete={async () => {
              const done = await runAction(
                () => call('organisations:delete', { id: organisation.id }),
                `Đã xóa "${organisation.name}" khỏi danh bạ.`,
                'Không xóa được',
              );
              if (done) organisations.reload();
            }}
          />
        )}
      />

      {editing !== null && (
        <OrganisationDialog
          organisation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            void message.success(`Đã lưu "${saved.name}".`);
            organisations.reload();
          }}
        />
      )}
      {merging && (
        <MergeDialog
          subject={asCandidate(merging)}
          explanation={
            <>
              Những người thuộc bản ghi không được giữ sẽ chuyển sang bản ghi giữ lại, rồi bản ghi đó bị xóa khỏi danh
              bạ.
            </>
          }
          findCandidates={findCandidates}
          merge={(keepId, mergeId) => call('organisations:merge', { keepId, mergeId })}
          onClose={() => setMerging(null)}
          onMerged={(kept) => {
            setMerging(null);
            void message.success(`Đã gộp bản ghi trùng vào "${kept.name}".`);
            organisations.reload();
          }}
        />
      )}
    </>
  );
}
