import type { MeetingAttendee } from '../../../../shared/schemas/meeting';

/** "Có mặt 18/20; vắng có lý do 1; vắng 1; khách mời 3" — guests are counted apart from members. */
export function attendanceSummary(attendees: MeetingAttendee[]): string {
  const members = attendees.filter((a) => a.role !== 'khach_moi');
  const guests = attendees.length - members.length;
  const present = members.filter((a) => a.attendance === 'co_mat').length;
  const excused = members.filter((a) => a.attendance === 'vang_co_ly_do').length;
  const absent = members.filter((a) => a.attendance === 'vang').length;
  const parts = [`Có mặt ${present}/${members.length}`];
  if (excused > 0) parts.push(`vắng có lý do ${excused}`);
  if (absent > 0) parts.push(`vắng ${absent}`);
  if (guests > 0) parts.push(`khách mời ${guests}`);
  return parts.join('; ');
}
