import { z } from 'zod';
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
import { baseUpdatedAt, childId, entityId, hasUniqueIds, localDateTime, optionalLine, optionalText, requiredLine } from './common';

/*
 * Rows inside a meeting accept empty text: autosave stores whatever the user has typed so far,
 * and a half-filled row must never block the rest of the record from being saved.
 * Rows that are entirely blank are left out by the renderer before saving.
 */
const attendeeSchema = z.object({
  id: childId,
  personId: entityId.nullable().default(null),
  fullName: optionalLine(120),
  /** The title the person held at this meeting: a snapshot, never rewritten from the directory. */
  title: optionalLine(300),
  organisationName: optionalLine(300),
  role: z.enum(ATTENDEE_ROLE.values, { error: 'Vai trò của thành phần dự họp không hợp lệ.' }),
  attendance: z.enum(ATTENDANCE.values, { error: 'Tình trạng có mặt không hợp lệ.' }),
  absenceReason: optionalLine(300),
});
export type MeetingAttendee = z.output<typeof attendeeSchema>;

const speechSchema = z.object({
  id: childId,
  kind: z.enum(SPEECH_KIND.values, { error: 'Loại ý kiến không hợp lệ.' }),
  speakerName: optionalLine(120),
  speakerTitle: optionalLine(300),
  summary: optionalText(),
});
export type MeetingSpeech = z.output<typeof speechSchema>;

const agendaItemSchema = z.object({
  id: childId,
  title: optionalLine(500),
  presenter: optionalLine(300),
  speeches: z.array(speechSchema).max(200).default([]),
});
export type MeetingAgendaItem = z.output<typeof agendaItemSchema>;

const conclusionSchema = z.object({
  id: childId,
  content: optionalText(5000),
});
export type MeetingConclusion = z.output<typeof conclusionSchema>;

const awardSchema = z.object({
  id: childId,
  form: z.enum(AWARD_FORM.values, { error: 'Hình thức khen thưởng không hợp lệ.' }),
  formOther: optionalLine(200),
  recipient: optionalLine(300),
  recipientKind: z.enum(AWARD_RECIPIENT_KIND.values, { error: 'Hãy chọn tập thể hay cá nhân.' }),
  issuer: optionalLine(300),
});
export type MeetingAward = z.output<typeof awardSchema>;

const connectedPointSchema = z.object({
  id: childId,
  name: optionalLine(300),
});

/** Also said by the review of a text read into a meeting, before anything is sent. */
export const MEETING_TITLE_REQUIRED = 'Hãy nhập tên hội nghị.';

const meetingHeaderFields = {
  title: requiredLine(MEETING_TITLE_REQUIRED, 500),
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
    kindOther: optionalLine(200),
    endAt: localDateTime.nullable().default(null),
    place: optionalLine(300),
    format: z.enum(MEETING_FORMAT.values, { error: 'Hình thức tổ chức không hợp lệ.' }),
    connectedPoints: z.array(connectedPointSchema).max(1000).default([]),
    hostName: optionalLine(300),
    status: z.enum(MEETING_STATUS.values, { error: 'Trạng thái không hợp lệ.' }),
    notes: optionalText(),
    attendees: z.array(attendeeSchema).max(3000, { error: 'Tối đa 3.000 thành phần dự họp.' }).default([]),
    agenda: z.array(agendaItemSchema).max(200).default([]),
    conclusions: z.array(conclusionSchema).max(500).default([]),
    awards: z.array(awardSchema).max(1000).default([]),
  })
  .superRefine((meeting, ctx) => {
    if (meeting.endAt !== null && meeting.endAt < meeting.startAt) {
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
  text: optionalLine(200),
  year: z.number().int().min(1900).max(2200).nullable().default(null),
  kind: z.enum(MEETING_KIND.values).nullable().default(null),
  status: z.enum(MEETING_STATUS.values).nullable().default(null),
  page: z.number().int().min(1, { error: 'Số trang không hợp lệ.' }).default(1),
  pageSize: z.number().int().min(1).max(200, { error: 'Mỗi trang tối đa 200 dòng.' }).default(50),
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
