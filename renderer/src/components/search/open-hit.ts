import type { SearchHit } from '../../../../shared/schemas/search';
import { useNavigation } from '../../store/navigation';
import { useRecordFocus } from '../../store/record-focus';
import { useTaskDrawer } from '../../store/task-view';

/** Opens the record a result names, at the row that matched. */
export async function openHit(hit: Pick<SearchHit, 'kind' | 'id' | 'part' | 'partId'>): Promise<void> {
  const { navigate } = useNavigation.getState();
  const focus = useRecordFocus.getState().focus;
  switch (hit.kind) {
    case 'meeting':
      focus(hit.part === 'header' ? null : { kind: 'meeting', id: hit.id, part: hit.part, partId: hit.partId });
      await navigate({ name: 'meeting', id: hit.id });
      return;
    case 'document':
      focus(hit.partId === null ? null : { kind: 'document', id: hit.id, part: hit.part, partId: hit.partId });
      await navigate({ name: 'document', id: hit.id });
      return;
    case 'directive':
      await navigate({ name: 'directive', id: hit.id });
      return;
    case 'task':
      useTaskDrawer.getState().open(hit.id);
      return;
    case 'person':
      await navigate({ name: 'person', id: hit.id });
      return;
    case 'organisation':
      await navigate({ name: 'directory', tab: 'organisations' });
      return;
  }
}
