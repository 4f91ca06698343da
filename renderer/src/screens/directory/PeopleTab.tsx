import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import type { Person } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { ListError, ListToolbar } from '../../components/ListScreen';
import { isFiltered, usePeopleList } from '../../store/list-filters';
import { MergePeopleDialog } from './merge-dialogs';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { PersonDialog } from './PersonDialog';
import { RowActions } from './RowActions';
import { useRecordActions } from './useRecordActions';

/** The server returns at most this many people for one search. */
const LIST_LIMIT = 1000;

export function PeopleTab() {
  const { filter, page, setPage, reset } = usePeopleList();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [merging, setMerging] = useState<Person | null>(null);
  const runAction = useRecordActions();
  const { message } = App.useApp();

  // Read again after every write (the query layer): no reload after an edit, a merge, a deletion.
  const list = useApiQuery('people:list', { text: filter.text, organisationId: filter.organisationId, includeInactive: filter.includeInactive }, { keepPrevious: true });
  const organisations = useApiQuery('organisations:list', { includeInactive: true }).data ?? [];
  const people = list.data ?? [];

  const filtered = isFiltered(filter, usePeopleList.defaults);
  const emptyText = filtered
    ? 'Không tìm thấy ai phù hợp. Hãy thử gõ ít chữ hơn hoặc bỏ bộ lọc cơ quan, tổ chức.'
    : 'Chưa có ai trong danh bạ. Bấm "Thêm người" để bắt đầu.';

  return (
    <>
      <ListToolbar
        filtered={filtered}
        onReset={reset}
        actions={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            Thêm người
          </Button>
        }
      >
        <PeopleFilters organisations={organisations} />
      </ListToolbar>
      <ListError error={list.error} what="danh sách người" onRetry={list.reload} />
      {people.length >= LIST_LIMIT && (
        <Alert
          type="info"
          showIcon
          title={`Chỉ hiện ${LIST_LIMIT} người đầu tiên. Hãy gõ họ tên hoặc chọn cơ quan, tổ chức để thu hẹp danh sách.`}
          style={{ marginBottom: 16 }}
        />
      )}

      <PeopleTable
        people={people}
        loading={list.loading || list.refreshing}
        page={page}
        onPageChange={setPage}
        emptyText={emptyText}
        renderActions={(person) => (
          <RowActions
            name={person.fullName}
            active={person.active}
            deleteHint="Chỉ xóa được người chưa có tên trong hội nghị nào."
            onEdit={() => setEditing(person)}
            onMerge={() => setMerging(person)}
            onToggleActive={async () => {
              await runAction(
                () => call('people:setActive', { id: person.id, active: !person.active }),
                person.active
                  ? `Đã ngừng sử dụng "${person.fullName}". Người này không còn hiện trong danh sách chọn.`
                  : `Đã dùng lại "${person.fullName}".`,
                'Chưa đổi được trạng thái',
              );
            }}
            onDelete={async () => {
              await runAction(
                () => call('people:delete', { id: person.id }),
                `Đã xóa "${person.fullName}" khỏi danh bạ.`,
                'Không xóa được',
              );
            }}
          />
        )}
      />

      {editing !== null && (
        <PersonDialog
          key={editing === 'new' ? 'moi' : editing.id}
          person={editing === 'new' ? null : editing}
          organisations={organisations}
          onClose={() => setEditing(null)}
          onOpenExisting={setEditing}
          onSaved={(saved) => {
            setEditing(null);
            void message.success(`Đã lưu "${saved.fullName}".`);
          }}
        />
      )}
      {merging && (
        <MergePeopleDialog
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
