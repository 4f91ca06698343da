import { z } from 'zod';
import { isValidLocalDateTime } from '../datetime';
import {
  ATTENDANCE,
  ATTENDEE_ROLE,
  AWARD_FORM,
  AWARD_RECIPIENT_KIND,
  MEETING_FORMAT,
  MEETING_KIND,
  MEETING_STATUS,
  SPEECH_KIND,
  type MeetingKind,
  type MeetingStatus,
} from '../domain';
import {
  baseUpdatedAt,
  childId,
  entityId,
  hasUniqueIds,
  listOf,
  localDateTime,
  optionalLine,
  optionalText,
  pageNumber,
  pageSize,
  requiredLine,
  yearNumber,
} from './common';

/*
 * Rows inside a meeting accept empty text: autosave stores whatever the user has typed so far,
 * and a half-filled row must never block the rest of the record from being saved.
 * Rows that are entirely blank are left out by the renderer before saving.
 */
const attendeeSchema = z.object({
  id: childId,
  personId: entityId.nullable().default(null),
  fullName: optionalLine(120, 'Họ tên thành phần dự họp'),
  /** The title the person held at this meeting: a snapshot, never rewritten from the directory. */
  title: optionalLine(300, 'Chức vụ của thành phần dự họp'),
  organisationName: optionalLine(300, 'Tên cơ quan, đơn vị của thành phần dự họp'),
  role: z.enum(ATTENDEE_ROLE.values, { error: 'Vai trò của thành phần dự họp không hợp lệ.' }),
  attendance: z.enum(ATTENDANCE.values, { error: 'Tình trạng có mặt không hợp lệ.' }),
  absenceReason: optionalLine(300, 'Lý do vắng'),
});
export type MeetingAttendee = z.output<typeof attendeeSchema>;

const speechSchema = z.object({
  id: childId,
  kind: z.enum(SPEECH_KIND.values, { error: 'Loại ý kiến không hợp lệ.' }),
  speakerName: optionalLine(120, 'Họ tên người phát biểu'),
  speakerTitle: optionalLine(300, 'Chức vụ người phát biểu'),
  summary: optionalText(20_000, 'Nội dung ý kiến phát biểu'),
});
export type MeetingSpeech = z.output<typeof speechSchema>;

const agendaItemSchema = z.object({
  id: childId,
  title: optionalLine(500, 'Tên nội dung chương trình'),
  presenter: optionalLine(300, 'Người trình bày'),
  speeches: listOf(speechSchema, 200, 'ý kiến phát biểu của một nội dung', 'ý kiến').default([]),
});
export type MeetingAgendaItem = z.output<typeof agendaItemSchema>;

const conclusionSchema = z.object({
  id: childId,
  content: optionalText(5000, 'Nội dung kết luận'),
});
export type MeetingConclusion = z.output<typeof conclusionSchema>;

const awardSchema = z.object({
  id: childId,
  form: z.enum(AWARD_FORM.values, { error: 'Hình thức khen thưởng không hợp lệ.' }),
  formOther: optionalLine(200, 'Hình thức khen thưởng khác'),
  recipient: optionalLine(300, 'Tên người, tập thể được khen thưởng'),
  recipientKind: z.enum(AWARD_RECIPIENT_KIND.values, { error: 'Hãy chọn tập thể hay cá nhân.' }),
  issuer: optionalLine(300, 'Cấp khen thưởng'),
});
export type MeetingAward = z.output<typeof awardSchema>;

const connectedPointSchema = z.object({
  id: childId,
  name: optionalLine(300, 'Tên điểm cầu'),
});

/** Also said by the review of a text read into a meeting, before anything is sent. */
export const MEETING_TITLE_REQUIRED = 'Hãy nhập tên hội nghị.';

const meetingHeaderFields = {
  title: requiredLine(MEETING_TITLE_REQUIRED, 500, 'Tên hội nghị'),
  kind: z.enum(MEETING_KIND.values, { error: 'Hãy chọn loại hội nghị.' }),
  startAt: localDateTime,
};

export const createMeetingInput = z.object(meetingHeaderFields);
export type CreateMeetingInput = z.input<typeof createMeetingInput>;

export const meetingInput = z
  .object({
    id: entityId,
    baseUpdatedAt,
    ...meetingHeaderFields,
    kindOther: optionalLine(200, 'Tên loại hội nghị khác'),
    endAt: localDateTime.nullable().default(null),
    place: optionalLine(300, 'Địa điểm'),
    format: z.enum(MEETING_FORMAT.values, { error: 'Hình thức tổ chức không hợp lệ.' }),
    connectedPoints: listOf(connectedPointSchema, 1000, 'điểm cầu', 'điểm').default([]),
    hostName: optionalLine(300, 'Tên cơ quan chủ trì tổ chức'),
    status: z.enum(MEETING_STATUS.values, { error: 'Trạng thái không hợp lệ.' }),
    notes: optionalText(20_000, 'Ghi chú của hội nghị'),
    attendees: listOf(attendeeSchema, 3000, 'thành phần dự họp', 'người').default([]),
    agenda: listOf(agendaItemSchema, 200, 'nội dung chương trình', 'nội dung').default([]),
    conclusions: listOf(conclusionSchema, 500, 'kết luận', 'kết luận').default([]),
    awards: listOf(awardSchema, 1000, 'khen thưởng', 'khen thưởng').default([]),
  })
  .superRefine((meeting, ctx) => {
    // Compared only once both are dates: a date refused on its own is not also "before" the other.
    if (meeting.endAt !== null && isValidLocalDateTime(meeting.endAt) && isValidLocalDateTime(meeting.startAt) && meeting.endAt < meeting.startAt) {
      ctx.addIssue({ code: 'custom', path: ['endAt'], message: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    }
    const childLists = [
      meeting.attendees,
      meeting.agenda,
      meeting.agenda.flatMap((item) => item.speeches),
      meeting.conclusions,
      meeting.awards,
      meeting.connectedPoints,
    ];
    if (!childLists.every(hasUniqueIds)) {
      ctx.addIssue({ code: 'custom', message: 'Dữ liệu gửi lên có dòng bị trùng mã; hãy tải lại trang.' });
    }
    meeting.attendees.forEach((attendee, index) => {
      if (attendee.attendance !== 'vang_co_ly_do' && attendee.absenceReason !== '') {
        ctx.addIssue({
          code: 'custom',
          path: ['attendees', index, 'absenceReason'],
          message: `Chỉ ghi lý do vắng khi ${attendee.fullName} vắng có lý do.`,
        });
      }
    });
  });
export type MeetingInput = z.input<typeof meetingInput>;
export type Meeting = Omit<z.output<typeof meetingInput>, 'baseUpdatedAt'> & { uuid: string; createdAt: string; updatedAt: string };

export const listMeetingsInput = z.object({
  text: optionalLine(200, 'Nội dung tìm kiếm'),
  year: yearNumber.nullable().default(null),
  kind: z.enum(MEETING_KIND.values).nullable().default(null),
  status: z.enum(MEETING_STATUS.values).nullable().default(null),
  page: pageNumber,
  pageSize: pageSize(200),
});
export type ListMeetingsInput = z.input<typeof listMeetingsInput>;

export interface MeetingSummary {
  id: number;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startAt: string;
  place: string;
  chairNames: string;
  attendeeCount: number;
  updatedAt: string;
}

export interface MeetingPage {
  items: MeetingSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SaveResult {
  id: number;
  updatedAt: string;
}
