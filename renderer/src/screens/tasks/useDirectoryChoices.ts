import { useEffect, useState } from 'react';
import type { Organisation, Person } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';

export interface DirectoryChoices {
  organisations: Organisation[];
  people: Person[];
}

/** Organisations and people to choose from (active ones; a task keeps showing an inactive one it already names). */
export function useDirectoryChoices(): DirectoryChoices {
  const [choices, setChoices] = useState<DirectoryChoices>({ organisations: [], people: [] });
  useEffect(() => {
    let current = true;
    Promise.all([call('organisations:list', { includeInactive: true }), call('people:list', { includeInactive: true })])
      .then(([organisations, people]) => current && setChoices({ organisations, people }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return choices;
}

export function organisationOptions(organisations: Organisation[], keep: number[] = []) {
  return organisations
    .filter((o) => o.active || keep.includes(o.id))
    .map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name} (ngừng sử dụng)` }));
}
