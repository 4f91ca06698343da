import type { TaskRecurrence } from '../../../shared/domain';
import { foldForSearch } from '../../../shared/text';
import { shortDate } from '../../../shared/vietnamese-dates';
import { inSentence, withoutEndPunctuation } from './phrases';
import type { ConclusionAssignment } from './types';

/** How often a periodic duty given at the meeting recurs, as the notice says it. */
const RECURRENCE_WORDS: Record<TaskRecurrence, string> = {
  khong: '',
  hang_thang: 'hằng tháng',
  hang_quy: 'hằng quý',
  sau_thang: '6 tháng một lần',
  hang_nam: 'hằng năm',
};

/** True when the task's title is the conclusion's own text (one click on "Giao nhiệm vụ" copies it). */
function restates(title: string, conclusion: string): boolean {
  const folded = foldForSearch(withoutEndPunctuation(title.replace(/…$/u, '')));
  return folded === '' || foldForSearch(conclusion).startsWith(folded);
}

/** The conclusion already says who leads it ("Giao Hội Nông dân thành phố chủ trì …"). */
function namesLead(conclusion: string, leadName: string): boolean {
  const folded = foldForSearch(conclusion);
  return folded.includes('chu tri') && folded.includes(foldForSearch(leadName));
}

/** "; hoàn thành trước ngày 30/6/2024", or for a periodic duty " hằng quý; kỳ đầu hoàn thành trước ngày …". */
function deadline(task: ConclusionAssignment): string {
  if (task.dueDate === null) return '';
  const date = shortDate(task.dueDate);
  return task.recurrence === 'khong'
    ? `; hoàn thành trước ngày ${date}`
    : ` ${RECURRENCE_WORDS[task.recurrence]}; kỳ đầu hoàn thành trước ngày ${date}`;
}

/**
 * What the notice adds to a conclusion for each task given from it: "Giao Hội Nông dân thành phố
 * chủ trì, phối hợp với Liên đoàn Lao động thành phố, Hội Liên hiệp Phụ nữ thành phố thực hiện;
 * hoàn thành trước ngày 30/6/2024." A task worded apart from the conclusion says what it is
 * ("Giao … chủ trì tổ chức tập huấn …"); a conclusion that already names its lead gets only the
 * deadline.
 */
export function assignmentSentences(conclusion: string, tasks: readonly ConclusionAssignment[]): string[] {
  return tasks.flatMap((task) => {
    if (namesLead(conclusion, task.leadName)) {
      if (task.dueDate === null || foldForSearch(conclusion).includes('truoc ngay')) return [];
      return [`Hoàn thành trước ngày ${shortDate(task.dueDate)}${task.recurrence === 'khong' ? '' : ` (thực hiện ${RECURRENCE_WORDS[task.recurrence]})`}.`];
    }
    const supporting = task.supportingNames.length > 0 ? `, phối hợp với ${task.supportingNames.map(withoutEndPunctuation).join(', ')}` : '';
    const what = restates(task.title, conclusion) ? 'thực hiện' : inSentence(withoutEndPunctuation(task.title));
    return [`Giao ${withoutEndPunctuation(task.leadName)} chủ trì${supporting} ${what}${deadline(task)}.`];
  });
}
