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

/** Organisation options matched by the shared matcher (name without tone marks, abbreviation). */
export { organisationOptions } from '../../components/pickers';
