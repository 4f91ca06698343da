import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { Organisation } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { ListError, ListToolbar } from '../../components/ListScreen';
import { isFiltered, useOrganisationList } from '../../store/list-filters';
import { MergeOrganisationsDialog } from './merge-dialogs';
import { OrganisationDialog } from './OrganisationDialog';
import { OrganisationsTable } from './OrganisationsTable';
import { RowActions } from './RowActions';
import { ShowInactiveSwitch } from './ShowInactiveSwitch';
import { useRecordActions } from './useRecordActions';

export function OrganisationsTab() {
  const { filter, page, setFilter, setPage, reset } = useOrganisationList();
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [merging, setMerging] = useState<Organisation | null>(null);
  const runAction = useRecordActions();
  const { message } = App.useApp();

  // Read again after every write (the query layer): no reload after an edit, a merge, a deletion.
  const list = useApiQuery('organisations:list', { includeInactive: filter.includeInactive }, { keepPrevious: true });

  return (
    <>
      <ListToolbar
        filtered={isFiltered(filter, useOrganisationList.defaults)}
        onReset={reset}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            Thêm cơ quan, tổ chức
          </Button>
        }
      >
        <ShowInactiveSwitch
          label="Hiện cả cơ quan, tổ chức đã ngừng sử dụng"
          checked={filter.includeInactive}
          onChange={(includeInactive) => setFilter({ includeInactive })}
        />
      </ListToolbar>
      <ListError error={list.error} what="danh sách cơ quan, tổ chức" onRetry={list.reload} />

      <OrganisationsTable
        organisations={list.data ?? []}
        loading={list.loading || list.refreshing}
        page={page}
        onPageChange={setPage}
        emptyText='Chưa có cơ quan, tổ chức nào. Bấm "Thêm cơ quan, tổ chức" để bắt đầu.'
        renderActions={(organisation) => (
          <RowActions
            name={organisation.name}
            active={organisation.active}
            deleteHint="Chỉ xóa được cơ quan, tổ chức chưa có ai trong danh bạ."
            onEdit={() => setEditing(organisation)}
            onMerge={() => setMerging(organisation)}
            onToggleActive={async () => {
              await runAction(
                () => call('organisations:setActive', { id: organisation.id, active: !organisation.active }),
                organisation.active
                  ? `Đã ngừng sử dụng "${organisation.name}". Tổ chức này không còn hiện trong danh sách chọn.`
                  : `Đã dùng lại "${organisation.name}".`,
                'Chưa đổi được trạng thái',
              );
            }}
            onDelete={async () => {
              await runAction(
                () => call('organisations:delete', { id: organisation.id }),
                `Đã xóa "${organisation.name}" khỏi danh bạ.`,
                'Không xóa được',
              );
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
          }}
        />
      )}
      {merging && (
        <MergeOrganisationsDialog
          subject={merging}
          onClose={() => setMerging(null)}
          onMerged={(kept) => {
            setMerging(null);
            void message.success(`Đã gộp bản ghi trùng vào "${kept.name}".`);
          }}
        />
      )}
    </>
  );
}
