import type { Organisation, Person } from '../../../../shared/schemas/directory';
import { useApiQuery } from '../../api/query';

export interface DirectoryChoices {
  organisations: Organisation[];
  people: Person[];
}

/** Organisations and people to choose from (active ones; a task keeps showing an inactive one it already names). */
const NONE: never[] = [];

export function useDirectoryChoices(): DirectoryChoices {
  const organisations = useApiQuery('organisations:list', { includeInactive: true });
  const people = useApiQuery('people:list', { includeInactive: true });
  return { organisations: organisations.data ?? NONE, people: people.data ?? NONE };
}

export function organisationOptions(organisations: Organisation[], keep: number[] = []) {
  return organisations
    .filter((o) => o.active || keep.includes(o.id))
    .map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name} (ngừng sử dụng)` }));
}
