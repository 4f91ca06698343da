import type { MeetingConclusion } from '../../../shared/schemas/meeting';
import type { TaskSummary } from '../../../shared/schemas/task';
import { call } from '../api/client';
import { useMeetingEditor } from './meeting-editor';

/**
 * Removing a conclusion that has tasks never cuts them loose silently: the page names the tasks
 * and asks first, and "Hoàn tác" puts the conclusion back in its place with its tasks under it.
 */
export interface ConclusionRemoval {
  meetingId: number;
  conclusion: MeetingConclusion;
  index: number;
  /** The tasks assigned from it, as the main process has them now. */
  tasks: TaskSummary[];
}

export async function prepareConclusionRemoval(conclusionId: string): Promise<ConclusionRemoval | null> {
  const meeting = useMeetingEditor.getState().record;
  if (!meeting) return null;
  const index = meeting.conclusions.findIndex((c) => c.id === conclusionId);
  const conclusion = meeting.conclusions[index];
  if (!conclusion) return null;
  const followUp = await call('tasks:forMeeting', { meetingId: meeting.id });
  const tasks = followUp.conclusions.find((c) => c.conclusionId === conclusionId)?.tasks ?? [];
  return { meetingId: meeting.id, conclusion, index, tasks };
}

/** What the question says about the tasks: each by its title and who leads it. */
export function describeConclusionTasks(tasks: ReadonlyArray<TaskSummary>): string[] {
  return tasks.map((task) => `${task.title} — ${task.leadOrganisation.name} chủ trì`);
}

export function removeConclusion(removal: ConclusionRemoval): void {
  useMeetingEditor.getState().update((m) => ({ ...m, conclusions: m.conclusions.filter((c) => c.id !== removal.conclusion.id) }));
}

/** "Hoàn tác": the conclusion back where it was (same id), saved, and its tasks attached to it again. */
export async function undoConclusionRemoval(removal: ConclusionRemoval): Promise<void> {
  const editor = useMeetingEditor.getState();
  if (editor.record?.id !== removal.meetingId) return;
  editor.update((m) => {
    if (m.conclusions.some((c) => c.id === removal.conclusion.id)) return m;
    const conclusions = m.conclusions.slice();
    conclusions.splice(Math.min(removal.index, conclusions.length), 0, removal.conclusion);
    return { ...m, conclusions };
  });
  await useMeetingEditor.getState().flush();
  if (removal.tasks.length > 0) {
    await call('tasks:reattachConclusion', { conclusionId: removal.conclusion.id, taskIds: removal.tasks.map((t) => t.id) });
  }
}
