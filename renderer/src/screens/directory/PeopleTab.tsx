import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Person } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';
import { MergeDialog, type MergeCandidate } from './MergeDialog';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { PersonDialog } from './PersonDialog';
import { RowActions } from './RowActions';
import { useDirectoryList } from './useDirectoryList';
import { useRecordActions } from './useRecordActions';

/** The server returns at most this many people for one search. */
const LIST_LIMIT = 1000;

function asCandidate(person: Person): MergeCandidate {
  const details = [person.title, person.organisationName].filter(Boolean).join(', ');
  return { id: person.id, name: person.fullName, details };
}

export function PeopleTab() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [organisationId, setOrganisationId] = useState<number | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [merging, setMerging] = useState<Person | null>(null);
  const runAction = useRecordActions();
  const { message } = App.useApp();

  // Search as the user types, without a request per keystroke.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text), 250);
    return () => window.clearTimeout(timer);
  }, [text]);

  const people = useDirectoryList(
    () => call('people:list', { text: query, organisationId, includeInactive }),
    [query, organisationId, includeInactive],
  );
  const organisations = useDirectoryList(() => call('organisations:list', { includeInactive: true }), []);

  const findCandidates = useCallback(
    async (search: string) => (await call('people:list', { text: search, includeInactive: true })).map(asCandidate),
    [],
  );

  const filtered = query.trim() !== '' || organisationId !== null;
  const emptyText = filtered
    ? 'Không tìm thấy ai phù hợp. Hãy thử gõ ít chữ hơn hoặc bỏ bộ lọc cơ quan, tổ chức.'
    : 'Chưa có ai trong danh bạ. Bấm "Thêm người" để bắt đầu.';

  return (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <PeopleFilters
          text={text}
          onTextChange={setText}
          organisationId={organisationId}
          onOrganisationChange={setOrganisationId}
          organisations={organisations.rows}
          includeInactive={includeInactive}
          onIncludeInactiveChange={setIncludeInactive}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing('new')}
          style={{ marginInlineStart: 'auto' }}
        >
          Thêm người
        </Button>
      </Flex>

      {people.error && (
        <Alert
          type="error"
          showIcon
          title="Không tải được danh sách người"
          description={people.error}
          action={<Button onClick={people.reload}>Thử lại</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {people.rows.length >= LIST_LIMIT && (
        <Alert
          type="info"
          showIcon
          title={`Chỉ hiện ${LIST_LIMIT} người đầu tiên. Hãy gõ họ tên hoặc chọn cơ quan, tổ chức để thu hẹp danh sách.`}
          style={{ marginBottom: 16 }}
        />
      )}

      <PeopleTable
        people={people.rows}
        loading={people.loading}
        emptyText={emptyText}
        renderActions={(person) => (
          <RowActions
            name={person.fullName}
            active={person.active}
            deleteHint="Chỉ xóa được người chưa có tên trong hội nghị nào."
            onEdit={() => setEditing(person)}
            onMerge={() => setMerging(person)}
            onToggleActive={async () => {
              const done = await runAction(
                () => call('people:setActive', { id: person.id, active: !person.active }),
                person.active
                  ? `Đã ngừng sử dụng "${person.fullName}". Người này không còn hiện trong danh sách chọn.`
                  : `Đã dùng lại "${person.fullName}".`,
                'Chưa đổi được trạng thái',
              );
              if (done) people.reload();
            }}
            onDelete={async () => {
              const done = await runAction(
                () => call('people:delete', { id: person.id }),
                `Đã xóa "${person.fullName}" khỏi danh bạ.`,
                'Không xóa được',
              );
              if (done) people.reload();
            }}
          />
        )}
      />

      {editing !== null && (
        <PersonDialog
          person={editing === 'new' ? null : editing}
          organisations={organisations.rows}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            void message.success(`Đã lưu "${saved.fullName}".`);
            people.reload();
          }}
        />
      )}
      {merging && (
        <MergeDialog
          subject={asCandidate(merging)}
          explanation={
            <>
              Bản ghi không được giữ sẽ bị xóa khỏi danh bạ; các hội nghị người đó đã dự được chuyển sang bản ghi giữ
              lại. Các hội nghị đã ghi vẫn giữ nguyên họ tên và chức danh lúc dự họp.
            </>
          }
          findCandidates={findCandidates}
          merge={(keepId, mergeId) => call('people:merge', { keepId, mergeId })}
          onClose={() => setMerging(null)}
          onMerged={(kept) => {
            setMerging(null);
            void message.success(`Đã gộp bản ghi trùng vào "${kept.name}".`);
            people.reload();
          }}
        />
      )}
    </>
  );
}
