import { useMemo, useState } from 'react';
import { ORGANISATION_KIND } from '../../../../shared/domain';
import type { Organisation, Person } from '../../../../shared/schemas/directory';
import { matchesQuery } from '../../../../shared/text-match';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSettled } from '../../components/useSettled';
import { MergeDialog, type MergeCandidate } from './MergeDialog';

/*
 * "Gộp bản ghi trùng" for a person and for an organisation: the dialog is the same, what differs is
 * where the candidates come from — read through the query layer as the user types (a word typed asks
 * once, after a pause), so a merge or an edit elsewhere refreshes them like any other list.
 */

interface MergeProps<T> {
  subject: T;
  onMerged(kept: MergeCandidate): void;
  onClose(): void;
}

export function personCandidate(person: Person): MergeCandidate {
  const details = [person.title, person.organisationName].filter(Boolean).join(', ');
  return { id: person.id, name: person.fullName, details };
}

export function organisationCandidate(organisation: Organisation): MergeCandidate {
  const details = [ORGANISATION_KIND.labels[organisation.kind], `${organisation.peopleCount} người`].join(', ');
  return { id: organisation.id, name: organisation.name, details };
}

export function MergePeopleDialog({ subject, onMerged, onClose }: MergeProps<Person>) {
  const [search, setSearch] = useState('');
  const text = useSettled(search);
  // The main process finds people by name without tone marks, abbreviations and word prefixes.
  const found = useApiQuery('people:list', { text, includeInactive: true }, { keepPrevious: true });
  const candidates = useMemo(() => (found.data ?? []).map(personCandidate), [found.data]);
  return (
    <MergeDialog
      subject={personCandidate(subject)}
      explanation={
        <>
          Bản ghi không được giữ sẽ bị xóa khỏi danh bạ; các hội nghị người đó đã dự được chuyển sang bản ghi giữ lại.
          Các hội nghị đã ghi vẫn giữ nguyên họ tên và chức danh lúc dự họp.
        </>
      }
      found={{ candidates, searching: found.loading || found.refreshing || text !== search, error: found.error }}
      onSearch={setSearch}
      merge={(keepId, mergeId) => call('people:merge', { keepId, mergeId })}
      onMerged={onMerged}
      onClose={onClose}
    />
  );
}

export function MergeOrganisationsDialog({ subject, onMerged, onClose }: MergeProps<Organisation>) {
  const [search, setSearch] = useState('');
  const text = useSettled(search);
  // Every organisation (a few hundred at most), matched here with the app's one matcher.
  const all = useApiQuery('organisations:list', { includeInactive: true });
  const candidates = useMemo(
    () => (all.data ?? []).filter((o) => matchesQuery(text, { text: o.name, also: [o.abbreviation] })).map(organisationCandidate),
    [all.data, text],
  );
  return (
    <MergeDialog
      subject={organisationCandidate(subject)}
      explanation={
        <>Những người thuộc bản ghi không được giữ sẽ chuyển sang bản ghi giữ lại, rồi bản ghi đó bị xóa khỏi danh bạ.</>
      }
      found={{ candidates, searching: all.loading, error: all.error }}
      onSearch={setSearch}
      merge={(keepId, mergeId) => call('organisations:merge', { keepId, mergeId })}
      onMerged={onMerged}
      onClose={onClose}
    />
  );
}
