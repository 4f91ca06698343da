import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/handlers/dispatch';
import { handlers, type Handlers } from '../../electron/core/handlers';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { INTERNAL_ERROR_MESSAGE } from '../../shared/ipc/errors';
import type { DocumentRecord } from '../../shared/schemas/document';
import type { MeetingInput } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';
import { documentSaveInput } from '../support/document-store';
import { dumpUserTables, type TableDump } from '../support/db-dump';
import { agendaItem, attendee, award, conclusion, connectedPoint, createAndSaveMeeting, organisation, person, toInput } from '../support/fixtures';
import { expectFailure } from '../support/results';
import { expectVietnameseMessage } from '../support/vietnamese';

let core: TestCore;
let seeded: {
  orgId: number;
  otherOrgId: number;
  personId: number;
  meetingId: number;
  meeting: MeetingInput;
  documentId: number;
  document: DocumentRecord;
  taskId: number;
  conclusionId: string;
};
let before: TableDump;

const long = (n: number) => 'Ấ'.repeat(n);

function seed(): typeof seeded {
  core.must('profile:save', {
    committeeName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
    placeName: 'Quảng Ninh',
    level: 'tinh',
    abbreviation: 'MTTQ-BTT',
    chair: { fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch' },
    deputies: [{ fullName: 'Trần Thị Lan', title: 'Phó Chủ tịch' }],
  });
  const org = organisation(core, 'Hội Nông dân tỉnh');
  const otherOrg = organisation(core, 'Công đoàn tỉnh');
  const p = person(core, 'Nguyễn Văn Hùng', { organisationId: org.id });
  const meetingId = createAndSaveMeeting(core, {
    attendees: [attendee({ personId: p.id, fullName: 'Nguyễn Văn Hùng', role: 'chu_tri' })],
    agenda: [agendaItem()],
    conclusions: [conclusion('Kết luận một')],
    awards: [award()],
    connectedPoints: [connectedPoint('Điểm cầu xã')],
  });
  const meeting = toInput(core.must('meetings:get', { id: meetingId }));
  const created = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
  core.must('documents:save', documentSaveInput(created));
  const document = core.must('documents:get', { id: created.id });
  const conclusionId = meeting.conclusions![0]!.id;
  const taskId = core.must('tasks:createFromConclusion', { conclusionId, leadOrganisationId: org.id }).id;
  return { orgId: org.id, otherOrgId: otherOrg.id, personId: p.id, meetingId, meeting, documentId: created.id, document, taskId, conclusionId };
}

beforeEach(() => {
  core = openTestCore();
  seeded = seed();
  before = dumpUserTables(core.ctx.db);
});
afterEach(() => core?.close());

/** Bad inputs for every channel. A Record over Channel: adding a channel without bad inputs fails to compile. */
function badInputs(): Record<Channel, Array<[string, unknown]>> {
  const { orgId, otherOrgId, personId, meetingId, meeting, documentId, document, taskId, conclusionId } = seeded;
  const task = { title: 'Báo cáo định kỳ', leadOrganisationId: orgId };
  const doc = documentSaveInput(document);
  const directive = { direction: 'den', numberSymbol: '56-NQ/TU', arrivalDate: '2026-03-10' };
  const paragraph = (text: unknown) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  const validProfile = {
    committeeName: 'Ủy ban MTTQ tỉnh',
    placeName: 'Quảng Ninh',
    level: 'tinh',
    abbreviation: 'MTTQ-BTT',
  };
  const voidChannel: Array<[string, unknown]> = [
    ['an object', { id: 1 }],
    ['a string', 'tất cả'],
    ['a number', 42],
  ];
  const withAttendee = (changes: Record<string, unknown>) => ({
    ...meeting,
    attendees: [{ ...meeting.attendees![0]!, ...changes }],
  });
  return {
    'app:info': voidChannel,
    'home:overview': voidChannel,
    'profile:get': voidChannel,
    'meetings:years': voidChannel,

    'profile:save': [
      ['nothing', undefined],
      ['an empty object', {}],
      ['name of the wrong type', { ...validProfile, committeeName: 123 }],
      ['empty name', { ...validProfile, committeeName: '  ' }],
      ['overlong name', { ...validProfile, committeeName: long(301) }],
      ['unknown level', { ...validProfile, level: 'quan' }],
      ['lower-case abbreviation', { ...validProfile, abbreviation: 'mttq btt' }],
      ['chair without a name', { ...validProfile, chair: { fullName: '', title: '' } }],
      ['deputies not a list', { ...validProfile, deputies: 'Trần Thị Lan' }],
      ['eleven deputies', { ...validProfile, deputies: Array.from({ length: 11 }, () => ({ fullName: 'Phó' })) }],
    ],

    'organisations:list': [
      ['null', null],
      ['includeInactive as text', { includeInactive: 'có' }],
    ],
    'organisations:save': [
      ['nothing', undefined],
      ['an empty object', {}],
      ['empty name', { name: '', kind: 'khac' }],
      ['unknown kind', { name: 'Tổ chức mới', kind: 'doanh_nghiep' }],
      ['overlong name', { name: long(301), kind: 'khac' }],
      ['overlong abbreviation', { name: 'Tổ chức mới', kind: 'khac', abbreviation: long(41) }],
      ['negative id', { id: -1, name: 'Hội Nông dân', kind: 'khac' }],
      ['fractional id', { id: orgId + 0.5, name: 'Hội Nông dân', kind: 'khac' }],
      ['id as text', { id: String(orgId), name: 'Hội Nông dân', kind: 'khac' }],
    ],
    'organisations:setActive': [
      ['missing active', { id: orgId }],
      ['active as text', { id: orgId, active: 'false' }],
      ['id zero', { id: 0, active: false }],
    ],
    'organisations:merge': [
      ['missing mergeId', { keepId: orgId }],
      ['itself', { keepId: orgId, mergeId: orgId }],
      ['id as text', { keepId: String(orgId), mergeId: otherOrgId }],
    ],
    'organisations:delete': [
      ['nothing', undefined],
      ['id as text', { id: String(otherOrgId) }],
      ['fractional id', { id: 2.5 }],
      ['negative id', { id: -otherOrgId }],
    ],

    'people:list': [
      ['text as a number', { text: 5 }],
      ['organisationId as text', { organisationId: 'Hội Nông dân' }],
      ['includeInactive as a number', { includeInactive: 1 }],
      ['overlong text', { text: long(201) }],
    ],
    'people:save': [
      ['an empty object', {}],
      ['blank name', { fullName: ' \u00A0 \u200B' }],
      ['overlong name', { fullName: long(121) }],
      ['bad phone', { fullName: 'Lê Văn A', phone: 'không có' }],
      ['bad email', { fullName: 'Lê Văn A', email: 'le.van.a@' }],
      ['organisationId zero', { fullName: 'Lê Văn A', organisationId: 0 }],
      ['overlong title', { id: personId, fullName: 'Nguyễn Văn Hùng', title: long(301) }],
    ],
    'people:setActive': [
      ['missing id', { active: false }],
      ['active as a number', { id: personId, active: 0 }],
    ],
    'people:merge': [
      ['itself', { keepId: personId, mergeId: personId }],
      ['nothing', undefined],
    ],
    'people:delete': [
      ['id as text', { id: 'một' }],
      ['null', null],
    ],

    'meetings:list': [
      ['page zero', { page: 0 }],
      ['page as text', { page: '2' }],
      ['fractional page', { page: 1.5 }],
      ['pageSize too big', { pageSize: 500 }],
      ['year as text', { year: 'năm nay' }],
      ['year out of range', { year: 1800 }],
      ['unknown kind', { kind: 'hop_mat' }],
      ['status as a number', { status: 1 }],
      ['overlong text', { text: long(201) }],
    ],
    'meetings:create': [
      ['an empty object', {}],
      ['empty title', { title: '', kind: 'tong_ket', startAt: '2026-01-05T08:00' }],
      ['overlong title', { title: long(501), kind: 'tong_ket', startAt: '2026-01-05T08:00' }],
      ['30 February', { title: 'Hội nghị', kind: 'tong_ket', startAt: '2026-02-30T08:00' }],
      ['29 February of a common year', { title: 'Hội nghị', kind: 'tong_ket', startAt: '2026-02-29T08:00' }],
      ['hour 24', { title: 'Hội nghị', kind: 'tong_ket', startAt: '2026-01-05T24:00' }],
      ['display format date', { title: 'Hội nghị', kind: 'tong_ket', startAt: '05/01/2026 08:00' }],
      ['missing start', { title: 'Hội nghị', kind: 'tong_ket' }],
      ['unknown kind', { title: 'Hội nghị', kind: 'dai_hoi', startAt: '2026-01-05T08:00' }],
      ['title as a number', { title: 2026, kind: 'tong_ket', startAt: '2026-01-05T08:00' }],
    ],
    'meetings:get': [
      ['nothing', undefined],
      ['id as text', { id: String(meetingId) }],
      ['id zero', { id: 0 }],
    ],
    'meetings:save': [
      ['missing id', { ...meeting, id: undefined }],
      ['empty title', { ...meeting, title: '' }],
      ['impossible start', { ...meeting, startAt: '2026-02-30T08:00' }],
      ['impossible end', { ...meeting, endAt: '2026-04-31T08:00' }],
      ['end before start', { ...meeting, startAt: '2026-01-05T08:00', endAt: '2026-01-05T07:00' }],
      ['unknown format', { ...meeting, format: 'zoom' }],
      ['missing status', { ...meeting, status: undefined }],
      ['overlong notes', { ...meeting, notes: long(20_001) }],
      ['overlong place', { ...meeting, place: long(301) }],
      ['attendees not a list', { ...meeting, attendees: 'Nguyễn Văn Hùng' }],
      ['attendee without id', withAttendee({ id: undefined })],
      ['attendee id not a uuid', withAttendee({ id: 'dong-1' })],
      ['attendee with unknown role', withAttendee({ role: 'chu_toa' })],
      ['attendee with unknown attendance', withAttendee({ attendance: 'co' })],
      ['absence reason while present', withAttendee({ attendance: 'co_mat', absenceReason: 'Ốm' })],
      ['speech of unknown kind', { ...meeting, agenda: [{ ...meeting.agenda![0]!, speeches: [{ id: randomUUID(), kind: 'noi' }] }] }],
      ['award of unknown form', { ...meeting, awards: [{ ...meeting.awards![0]!, form: 'huan_chuong' }] }],
      ['overlong conclusion', { ...meeting, conclusions: [{ id: randomUUID(), content: long(5001) }] }],
      ['overlong attendee name', withAttendee({ fullName: long(121) })],
      ['connected point without id', { ...meeting, connectedPoints: [{ name: 'Điểm cầu' }] }],
      ['repeated row ids', { ...meeting, conclusions: [meeting.conclusions![0]!, meeting.conclusions![0]!] }],
      ['too many attendees', { ...meeting, attendees: Array.from({ length: 3001 }, () => attendee()) }],
    ],
    'meetings:delete': [
      ['nothing', undefined],
      ['id as text', { id: String(meetingId) }],
    ],
    'meetings:restore': [
      ['an empty object', {}],
      ['negative id', { id: -meetingId }],
    ],

    'documents:list': [
      ['unknown kind', { kind: 'quyet_dinh' }],
      ['unknown status', { status: 'da_ky' }],
      ['meetingId as text', { meetingId: String(meetingId) }],
      ['page zero', { page: 0 }],
      ['pageSize too big', { pageSize: 201 }],
      ['overlong text', { text: long(201) }],
    ],
    'documents:get': [
      ['nothing', undefined],
      ['id as text', { id: String(documentId) }],
      ['id zero', { id: 0 }],
    ],
    'documents:create': [
      ['an empty object', {}],
      ['unknown kind', { kind: 'to_trinh' }],
      ['report kind unknown', { kind: 'bao_cao', reportKind: 'quy' }],
      ['overlong summary', { kind: 'cong_van', summary: long(501) }],
    ],
    'documents:createFromMeeting': [
      ['nothing', undefined],
      ['missing meetingId', { kind: 'bien_ban' }],
      ['a kind a meeting cannot make', { meetingId, kind: 'bao_cao' }],
      ['meetingId as text', { meetingId: String(meetingId), kind: 'bien_ban' }],
    ],
    'documents:refreshFromMeeting': [
      ['nothing', undefined],
      ['negative id', { id: -documentId }],
    ],
    'documents:save': [
      ['missing id', { ...doc, id: undefined }],
      ['impossible date', { ...doc, documentDate: '2026-02-30' }],
      ['display format date', { ...doc, documentDate: '05/01/2026' }],
      ['date with a time', { ...doc, documentDate: '2026-01-05T08:00' }],
      ['empty issuing body', { ...doc, header: { ...doc.header, issuingBody: '  ' } }],
      ['unknown signing authority', { ...doc, signature: { ...doc.signature, authority: 'ky_thay' } }],
      ['body not a document', { ...doc, body: 'Nội dung' }],
      ['body with an unknown node', { ...doc, body: { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] } }],
      ['body with an unknown mark', { ...doc, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A', marks: [{ type: 'link' }] }] }] } }],
      ['body with empty text', { ...doc, body: paragraph('') }],
      ['body text as a number', { ...doc, body: paragraph(5) }],
      ['overlong summary', { ...doc, summary: long(501) }],
      ['recipients not a list', { ...doc, recipients: 'Lưu: VT' }],
      ['too many recipients', { ...doc, recipients: Array.from({ length: 51 }, () => 'Như trên;') }],
      ['unknown report kind', { ...doc, reportKind: 'quy' }],
    ],
    'documents:versions': [
      ['nothing', undefined],
      ['id as text', { id: 'một' }],
    ],
    'documents:version': [
      ['an empty object', {}],
      ['versionId as text', { versionId: '1' }],
      ['id instead of versionId', { id: 1 }],
    ],
    'documents:restoreVersion': [
      ['missing versionId', { id: documentId }],
      ['versionId zero', { id: documentId, versionId: 0 }],
    ],
    'tasks:reattachConclusion': [
      ['no tasks', { conclusionId: '11111111-1111-4111-8111-111111111111', taskIds: [] }],
      ['not a row id', { conclusionId: 'kl-1', taskIds: [1] }],
    ],
    'documents:keepVersion': [
      ['no body', { id: documentId, reason: 'truoc_lam_moi', summary: '' }],
      ['a reason of its own', { id: documentId, reason: 'tu_dong', summary: '', body: { type: 'doc', content: [] } }],
      ['a summary of 6,000 characters', { id: documentId, reason: 'truoc_khoi_phuc', summary: 'x'.repeat(6000), body: { type: 'doc', content: [] } }],
    ],
    'documents:events': [
      ['nothing', undefined],
      ['fractional id', { id: 1.5 }],
    ],
    'documents:finalise': [
      ['missing by', { id: documentId }],
      ['blank by', { id: documentId, by: ' \u00A0 ' }],
      ['overlong by', { id: documentId, by: long(121) }],
    ],
    'documents:unlock': [
      ['missing reason', { id: documentId, by: 'Vũ Thị Hồng Nhung' }],
      ['blank reason', { id: documentId, by: 'Vũ Thị Hồng Nhung', reason: '   ' }],
      ['missing by', { id: documentId, reason: 'Sửa lỗi chính tả' }],
    ],
    'documents:nextNumber': [
      ['nothing', undefined],
      ['id as text', { id: String(documentId) }],
    ],
    'documents:issue': [
      ['missing by', { id: documentId }],
      ['number zero', { id: documentId, number: 0, by: 'Vũ Thị Hồng Nhung' }],
      ['negative number', { id: documentId, number: -3, by: 'Vũ Thị Hồng Nhung' }],
      ['fractional number', { id: documentId, number: 2.5, by: 'Vũ Thị Hồng Nhung' }],
      ['number as text', { id: documentId, number: '05', by: 'Vũ Thị Hồng Nhung' }],
      ['number too big', { id: documentId, number: 10_000, by: 'Vũ Thị Hồng Nhung' }],
    ],
    'documents:delete': [
      ['nothing', undefined],
      ['id as text', { id: String(documentId) }],
    ],
    'documents:restore': [
      ['an empty object', {}],
      ['negative id', { id: -documentId }],
    ],
    'documents:renderDocx': [
      ['no input', undefined],
      ['a text id', { id: String(documentId) }],
    ],
    'documents:exportDocx': [
      ['no input', undefined],
      ['a fractional id', { id: documentId + 0.5 }],
    ],
    'files:showInFolder': [
      ['no input', undefined],
      ['an empty path', { filePath: '' }],
      ['a number', { filePath: 42 }],
    ],

    'tasks:list': [
      ['unknown view', { view: 'sap_het_han' }],
      ['unknown status', { status: 'xong' }],
      ['unknown source', { source: 'email' }],
      ['organisationId as text', { organisationId: String(orgId) }],
      ['impossible due date', { dueFrom: '2026-02-30' }],
      ['display format due date', { dueTo: '30/11/2026' }],
      ['range the wrong way', { dueFrom: '2026-12-01', dueTo: '2026-11-01' }],
      ['unknown sort', { sort: 'ten' }],
      ['page zero', { page: 0 }],
      ['pageSize too big', { pageSize: 201 }],
      ['overlong text', { text: long(201) }],
    ],
    'tasks:get': [
      ['nothing', undefined],
      ['id as text', { id: String(taskId) }],
    ],
    'tasks:create': [
      ['an empty object', {}],
      ['empty title', { ...task, title: '  ' }],
      ['no lead organisation', { title: 'Báo cáo định kỳ' }],
      ['lead organisation null', { ...task, leadOrganisationId: null }],
      ['lead organisation as text', { ...task, leadOrganisationId: 'Hội Nông dân' }],
      ['due before start', { ...task, startDate: '2026-03-10', dueDate: '2026-03-09' }],
      ['impossible due date', { ...task, dueDate: '2026-02-29' }],
      ['unknown priority', { ...task, priority: 'khan' }],
      ['unknown recurrence', { ...task, recurrence: 'hang_tuan' }],
      ['periodic without a due date', { ...task, recurrence: 'hang_quy' }],
      ['lead also supporting', { ...task, supportingOrganisationIds: [orgId] }],
      ['supporting not a list', { ...task, supportingOrganisationIds: otherOrgId }],
      ['responsible person as text', { ...task, responsiblePersonId: String(personId) }],
      ['overlong title', { ...task, title: long(501) }],
    ],
    'tasks:createFromConclusion': [
      ['nothing', undefined],
      ['conclusionId not a uuid', { conclusionId: 'ket-luan-1' }],
      ['lead organisation as text', { conclusionId, leadOrganisationId: 'Hội Nông dân' }],
    ],
    'tasks:createFromDirective': [
      ['nothing', undefined],
      ['no lead organisation', { directiveId: 1 }],
      ['directiveId zero', { directiveId: 0, leadOrganisationId: orgId }],
    ],
    'tasks:save': [
      ['missing id', { ...task, status: 'dang_thuc_hien' }],
      ['no lead organisation', { id: taskId, title: 'Báo cáo', status: 'dang_thuc_hien' }],
      ['due before start', { ...task, id: taskId, status: 'dang_thuc_hien', startDate: '2026-03-10', dueDate: '2025-03-10' }],
      ['unknown status', { ...task, id: taskId, status: 'qua_han' }],
      ['missing status', { ...task, id: taskId }],
    ],
    'tasks:addProgress': [
      ['missing note', { taskId, date: '2026-03-10' }],
      ['blank note', { taskId, date: '2026-03-10', note: ' \u00A0 ' }],
      ['impossible date', { taskId, date: '2026-13-01', note: 'Đã triển khai' }],
      ['taskId as text', { taskId: String(taskId), date: '2026-03-10', note: 'Đã triển khai' }],
    ],
    'tasks:complete': [
      ['missing result', { id: taskId }],
      ['blank result', { id: taskId, result: '   ' }],
      ['id as text', { id: String(taskId), result: 'Xong' }],
    ],
    'tasks:delete': [
      ['nothing', undefined],
      ['id as text', { id: String(taskId) }],
    ],
    'tasks:restore': [
      ['an empty object', {}],
      ['negative id', { id: -taskId }],
    ],
    'tasks:forMeeting': [
      ['nothing', undefined],
      ['id instead of meetingId', { id: meetingId }],
    ],
    'tasks:reviewOfLastTime': [
      ['nothing', undefined],
      ['meetingId as text', { meetingId: String(meetingId) }],
    ],
    'tasks:exportXlsx': [
      ['unknown view', { view: 'het_han' }],
      ['range the wrong way', { dueFrom: '2026-12-01', dueTo: '2026-11-01' }],
      ['a string', 'quá hạn'],
    ],
    'dashboard:overview': voidChannel,

    'directives:list': [
      ['unknown direction', { direction: 'ra' }],
      ['unknown type', { type: 'nghi_dinh_thu' }],
      ['unknown status', { status: 'con_han' }],
      ['year too early', { year: 1800 }],
      ['page zero', { page: 0 }],
      ['overlong text', { text: long(201) }],
    ],
    'directives:years': voidChannel,
    'directives:get': [
      ['nothing', undefined],
      ['id as text', { id: '56-NQ/TU' }],
    ],
    'directives:save': [
      ['an empty object', {}],
      ['blank symbol', { ...directive, numberSymbol: ' \u00A0 ' }],
      ['symbol without a type code', { ...directive, numberSymbol: 'Số: 56-/TU' }],
      ['symbol with an unknown code', { ...directive, numberSymbol: '56-XYZ/TU' }],
      ['symbol with letters for a number', { ...directive, numberSymbol: 'ab/QĐ-UBND' }],
      ['symbol as a number', { ...directive, numberSymbol: 56 }],
      ['unknown direction', { ...directive, direction: 'ra' }],
      ['incoming without an arrival date', { ...directive, arrivalDate: null }],
      ['arrival before issue', { ...directive, issuedDate: '2026-03-10', arrivalDate: '2026-03-01' }],
      ['arrival number on an outgoing one', { ...directive, direction: 'di', arrivalDate: null, arrivalNumber: 3 }],
      ['arrival number zero', { ...directive, arrivalNumber: 0 }],
      ['arrival number as text', { ...directive, arrivalNumber: '05' }],
      ['impossible issued date', { ...directive, issuedDate: '2021-02-30' }],
      ['display format date', { ...directive, issuedDate: '15/12/2021' }],
      ['unknown status', { ...directive, status: 'con_han' }],
      ['unknown type', { ...directive, type: 'NQ' }],
      ['replaces itself', { ...directive, id: 7, replacesId: 7 }],
      ['replaces and guides the same', { ...directive, replacesId: 3, guidesId: 3 }],
      ['issuer organisation as text', { ...directive, issuerOrganisationId: 'Tỉnh ủy' }],
      ['overlong summary', { ...directive, summary: long(2001) }],
    ],
    'directives:delete': [
      ['nothing', undefined],
      ['id as text', { id: '1' }],
    ],
    'directives:restore': [
      ['an empty object', {}],
      ['negative id', { id: -1 }],
    ],
    'directives:parseSymbol': [
      ['nothing', undefined],
      ['a number', { text: 56 }],
      ['overlong', { text: long(201) }],
    ],
    'directives:findBySymbol': [
      ['nothing', undefined],
      ['symbol instead of text', { symbol: '56-NQ/TU' }],
    ],
    'directives:nextArrivalNumber': [
      ['nothing', undefined],
      ['display format date', { arrivalDate: '10/03/2026' }],
      ['impossible date', { arrivalDate: '2026-02-30' }],
    ],
    'meetings:linkDirective': [
      ['nothing', undefined],
      ['unknown relation', { meetingId, directiveId: 1, relation: 'ban_hanh' }],
      ['directiveId as symbol', { meetingId, directiveId: '56-NQ/TU' }],
    ],
    'meetings:unlinkDirective': [
      ['missing directiveId', { meetingId }],
      ['meetingId zero', { meetingId: 0, directiveId: 1 }],
    ],
    'meetings:directives': [
      ['nothing', undefined],
      ['meetingId instead of id', { meetingId }],
    ],
    'attachments:add': [
      ['nothing', undefined],
      ['directiveId as text', { directiveId: 'một' }],
    ],
    'attachments:list': [
      ['id instead of directiveId', { id: 1 }],
      ['negative', { directiveId: -3 }],
    ],
    'attachments:open': [
      ['nothing', undefined],
      ['a path instead of an id', { id: '/etc/passwd' }],
    ],
    'attachments:remove': [
      ['an empty object', {}],
      ['id zero', { id: 0 }],
    ],

    'reports:settings': voidChannel,
    'reports:saveSettings': [
      ['nothing', undefined],
      ['unknown convention', { convention: 'am_lich', template: null }],
      ['template without sections', { convention: 'lich', template: { sections: [] } }],
      ['section without a title', { convention: 'lich', template: { sections: [{ id: 'a', part: 'ket_qua', title: ' ' }] } }],
      ['unknown block', { convention: 'lich', template: { sections: [{ id: 'a', part: 'ket_qua', title: 'Mục', blocks: ['bieu_do'] }] } }],
      ['two sections with one id', { convention: 'lich', template: { sections: [{ id: 'a', part: 'ket_qua', title: 'A' }, { id: 'a', part: 'danh_gia', title: 'B' }] } }],
      ['section id with spaces', { convention: 'lich', template: { sections: [{ id: 'mục một', part: 'ket_qua', title: 'A' }] } }],
    ],
    'reports:period': [
      ['nothing', undefined],
      ['month 13', { period: { kind: 'thang', year: 2026, index: 13 } }],
      ['end before start', { period: { kind: 'tuy_chon', from: '2026-03-01', to: '2026-02-01' } }],
    ],
    'reports:compile': [
      ['nothing', undefined],
      ['unknown kind', { period: { kind: 'nua_nam', year: 2026 } }],
      ['half 3', { period: { kind: 'sau_thang', year: 2026, index: 3 } }],
      ['quarter missing', { period: { kind: 'quy', year: 2026 } }],
      ['year as text', { period: { kind: 'nam', year: '2026' } }],
      ['year 1800', { period: { kind: 'nam', year: 1800 } }],
      ['end before start', { period: { kind: 'tuy_chon', from: '2026-03-01', to: '2026-02-01' } }],
      ['impossible date', { period: { kind: 'tuy_chon', from: '2026-02-30', to: '2026-03-01' } }],
      ['duty as text', { period: { kind: 'nam', year: 2025 }, dutyTaskId: 'một' }],
    ],
    'reports:refresh': [
      ['nothing', undefined],
      ['id as text', { id: String(documentId) }],
    ],
    'reports:get': [
      ['an empty object', {}],
      ['negative id', { id: -documentId }],
    ],
    'reports:list': voidChannel,
    'reports:duties': voidChannel,
    'reports:exportXlsx': [
      ['nothing', undefined],
      ['id zero', { id: 0 }],
    ],
    'schedule:week': [
      ['nothing', undefined],
      ['display format date', { week: '05/01/2026' }],
      ['impossible date', { week: '2026-02-30' }],
    ],
    'schedule:exportDocx': [
      ['an empty object', {}],
      ['a number', { week: 20260105 }],
    ],
    'intake:readText': [
      ['nothing', undefined],
      ['text of the wrong type', { text: 42 }],
      ['a 5 MB text', { text: 'Hội nghị tổng kết. '.repeat(300_000) }],
      ['a meeting id of zero', { text: 'Hội nghị giao ban', meetingId: 0 }],
      ['an empty paste', { text: '   ' }],
      ['a binary paste', { text: '\u0000PK\u0003\u0004\u0000\u0000' }],
    ],
    'intake:readDocx': [
      ['nothing', undefined],
      ['bytes as a string', { bytes: 'PK' }],
      ['bytes as a list of numbers', { bytes: [80, 75, 3, 4] }],
      ['a file over 20 MB', { bytes: new Uint8Array(20 * 1024 * 1024 + 1) }],
    ],
    'intake:apply': [
      ['nothing', undefined],
      ['no title', { header: { title: ' ', kind: 'giao_ban', startAt: '2026-01-05T08:00' } }],
      ['a date that does not exist', { header: { title: 'Hội nghị giao ban', kind: 'giao_ban', startAt: '2026-02-30T08:00' } }],
      ['an attendee without a name', { header: { title: 'Hội nghị giao ban', kind: 'giao_ban', startAt: '2026-01-05T08:00' }, attendees: [{ fullName: ' ', role: 'dai_bieu' }] }],
      ['an unreadable symbol (refused after the meeting row was written: rolled back)', { header: { title: 'Hội nghị giao ban', kind: 'giao_ban', startAt: '2026-01-05T08:00' }, directives: [{ symbol: 'NQ 56 TU' }] }],
    ],
    'backups:list': voidChannel,
    'backups:status': voidChannel,
    'backups:create': voidChannel,
    'backups:restore': [
      ['nothing', undefined],
      ['a path instead of an id', { id: '../../etc/passwd' }],
      ['a number', { id: 12 }],
    ],
    'backups:restoreFromFile': voidChannel,
    'backups:settings': voidChannel,
    'backups:saveSettings': [
      ['nothing', undefined],
      ['zero days', { warnAfterDays: 0, maxMegabytes: 2048 }],
      ['a tiny cap', { warnAfterDays: 7, maxMegabytes: 1 }],
      ['days as text', { warnAfterDays: '7', maxMegabytes: 2048 }],
    ],
    'backups:chooseSecondPlace': voidChannel,
    'backups:clearSecondPlace': voidChannel,
    'backups:exportAll': voidChannel,
    'backups:importAll': voidChannel,
    'bin:list': voidChannel,
    'bin:restore': [
      ['nothing', undefined],
      ['an unknown kind', { kind: 'person', id: 1 }],
      ['id zero', { kind: 'meeting', id: 0 }],
    ],
    'bin:empty': [
      ['nothing', undefined],
      ['not confirmed', { confirmed: false }],
      ['confirmed as text', { confirmed: 'yes' }],
    ],
    'committees:list': voidChannel,
    'committees:save': [
      ['nothing', undefined],
      ['no code', { name: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng', relation: 'cap_duoi' }],
      ['a code with spaces', { name: 'Ủy ban MTTQ phường Hồng Bàng', code: 'MTTQ HP', relation: 'cap_duoi' }],
      ['a code with diacritics', { name: 'Ủy ban MTTQ phường Hồng Bàng', code: 'HỒNG-BÀNG', relation: 'cap_duoi' }],
      ['an unknown relation', { name: 'Ủy ban MTTQ phường Hồng Bàng', code: 'MTTQ-HP-HB', relation: 'ngang_cap' }],
      ['an empty name', { name: ' ', code: 'MTTQ-HP-HB', relation: 'cap_duoi' }],
    ],
    'committees:remove': [
      ['an empty object', {}],
      ['id as text', { id: 'MTTQ-HP' }],
    ],
    'exchange:assignments': [
      ['an empty object', {}],
      ['id zero', { directiveId: 0 }],
    ],
    'exchange:saveAssignments': [
      ['no tasks', { directiveId: 1, tasks: [] }],
      ['a task without committees', { directiveId: 1, tasks: [{ title: 'Triển khai', committeeIds: [] }] }],
      ['a task without a title', { directiveId: 1, tasks: [{ title: ' ', committeeIds: [1] }] }],
      ['a periodic duty without a due date', { directiveId: 1, tasks: [{ title: 'Báo cáo', recurrence: 'hang_quy', committeeIds: [1] }] }],
      ['an impossible date', { directiveId: 1, tasks: [{ title: 'Báo cáo', dueDate: '2026-02-30', committeeIds: [1] }] }],
      ['a bad group id', { directiveId: 1, tasks: [{ group: 'nhom-1', title: 'Báo cáo', committeeIds: [1] }] }],
    ],
    'exchange:deleteTaskGroup': [
      ['no group', { directiveId: 1 }],
      ['a bad group id', { directiveId: 1, group: '1' }],
    ],
    'exchange:exportDown': [
      ['no committees', { directiveId: 1, committeeIds: [] }],
      ['committee ids as codes', { directiveId: 1, committeeIds: ['MTTQ-HP-HB'] }],
    ],
    'exchange:reportCandidates': voidChannel,
    'exchange:reportUp': [
      ['documents as text', { documentIds: 'tất cả' }],
      ['too many documents', { documentIds: Array.from({ length: 51 }, (_, i) => i + 1) }],
    ],
    'exchange:openPackage': voidChannel,
    'exchange:import': [
      ['a path instead of a token', { token: '/tmp/goi.mttq' }],
      ['nothing', undefined],
    ],
    'exchange:matrix': [
      ['directive id as text', { directiveId: 'tất cả' }],
      ['directive id zero', { directiveId: 0 }],
    ],
    'exchange:exportMatrixXlsx': [['directive id negative', { directiveId: -1 }]],
    'exchange:history': voidChannel,
    'exchange:taskOrigin': [
      ['an empty object', {}],
      ['id zero', { id: 0 }],
    ],
    // Any text is a query (punctuation, FTS syntax: an answer, never an error — see search.test.ts);
    // what is refused is input that is not a query at all.
    'search:query': [
      ['nothing', undefined],
      ['no query', {}],
      ['a number for the query', { query: 18 }],
      ['an unknown scope', { query: 'hội nghị', scope: 'moi_thu' }],
      ['more than 20,000 characters', { query: long(20_001) }],
      ['zero results per kind', { query: 'hội nghị', perKind: 0 }],
    ],
    'search:rebuild': voidChannel,
    'people:page': [
      ['an empty object', {}],
      ['id as text', { id: 'một' }],
    ],
    'people:missingLeaders': voidChannel,
    'people:addLeaders': [
      ['nothing', undefined],
      ['no names', { fullNames: [] }],
      ['a blank name', { fullNames: ['  '] }],
      ['a name of the wrong type', { fullNames: [42] }],
      ['more names than a profile holds', { fullNames: Array.from({ length: 12 }, (_, i) => `Người ${i}`) }],
    ],
  };
}

const ENGLISH_ZOD = [
  /Expected/i,
  /Invalid input/i,
  /Invalid option/i,
  /Too (big|small)/i,
  /Required/i,
  /received/i,
  // Type names and internal codes that zod's Vietnamese locale leaves in its messages.
  /\b(object|boolean|string|number|int|void|null|undefined|array|nan)\b/i,
  /"[a-z]+(_[a-z]+)*"\|/,
];

describe('every channel refuses bad input with a Vietnamese VALIDATION error and changes nothing', () => {
  it('has bad inputs listed for every channel of the contract', () => {
    const listed = Object.keys(badInputs()).sort();
    expect(listed).toEqual([...CHANNELS].sort());
    for (const [channel, cases] of Object.entries(badInputs())) expect(cases.length, channel).toBeGreaterThan(0);
  });

  // Inputs are built after seeding, inside the test; the channel names drive the cases.
  it.each([...CHANNELS])('%s', (channel) => {
    expect(contract[channel].input).toBeDefined();
    for (const [label, input] of badInputs()[channel]) {
      const result = core.dispatch(channel, input);
      const message = expectFailure(result, 'VALIDATION');
      for (const english of ENGLISH_ZOD) expect(message, `${channel} / ${label}: ${message}`).not.toMatch(english);
      expect(dumpUserTables(core.ctx.db), `${channel} / ${label} changed the database`).toEqual(before);
    }
  });

  it('channels without input accept being called with nothing', () => {
    for (const channel of ['app:info', 'home:overview', 'profile:get', 'meetings:years', 'dashboard:overview'] as const) {
      expect(core.dispatch(channel, undefined).ok, channel).toBe(true);
    }
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('names the specific problem for the common cases', () => {
    const { meeting } = seeded;
    const message = (channel: Channel, input: unknown) => expectFailure(core.dispatch(channel, input), 'VALIDATION');
    expect(message('meetings:create', { title: '', kind: 'tong_ket', startAt: '2026-01-05T08:00' })).toBe('Hãy nhập tên hội nghị.');
    expect(message('meetings:create', { title: 'Hội nghị', kind: 'tong_ket', startAt: '2026-02-30T08:00' })).toBe(
      'Tháng 2 năm 2026 chỉ có 28 ngày.',
    );
    expect(message('meetings:create', { title: 'Hội nghị', kind: 'tong_ket', startAt: '31/02/2024 8:30' })).toBe('Tháng 2 năm 2024 chỉ có 29 ngày.');
    expect(message('meetings:save', { ...meeting, notes: long(20_001) })).toBe('Ghi chú của hội nghị quá dài (tối đa 20.000 ký tự).');
    expect(message('organisations:delete', { id: 'x' })).toBe('Mã bản ghi không hợp lệ.');
    expect(message('meetings:save', { ...meeting, attendees: Array.from({ length: 3001 }, () => attendee()) })).toBe(
      'Danh sách thành phần dự họp có tối đa 3.000 người.',
    );
    // Where the schema has no message of its own: plain Vietnamese, no type names or codes.
    expect(message('meetings:delete', undefined)).toBe('Dữ liệu gửi lên không đúng dạng. Hãy tải lại trang rồi thử lại.');
    expect(message('organisations:setActive', { id: 1, active: 'false' })).toBe(
      'Dữ liệu gửi lên không đúng dạng. Hãy tải lại trang rồi thử lại.',
    );
    expect(message('meetings:list', { kind: 'hop_mat' })).toBe('Giá trị được chọn không có trong danh sách cho phép.');
    expect(message('meetings:list', { year: 1800 })).toBe('Năm phải là số từ 1900 đến 2200.');
  });

  it('shows at most three distinct problems, then how many more', () => {
    const result = core.dispatch('meetings:save', {
      ...seeded.meeting,
      title: '',
      startAt: 'sai',
      format: 'zoom',
      status: 'xong',
      kind: 'khong_ro',
    });
    const message = expectFailure(result, 'VALIDATION');
    expect(message).toMatch(/\(và 2 lỗi khác\)$/);
  });
});

describe('channels that do not exist', () => {
  it.each(['meetings:destroy', '', 'MEETINGS:LIST', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'db:exec'])(
    '%j → UNKNOWN_CHANNEL, nothing changes',
    (name) => {
      const message = expectFailure(core.dispatch(name, { id: seeded.meetingId }), 'UNKNOWN_CHANNEL');
      expectVietnameseMessage(message);
      expect(dumpUserTables(core.ctx.db)).toEqual(before);
    },
  );
});

describe('unexpected failures inside a handler', () => {
  it('→ INTERNAL with the generic Vietnamese message; the details go to the log only', () => {
    const logged: Array<[string, unknown]> = [];
    const broken: Handlers = {
      ...handlers,
      'meetings:years': () => {
        throw new Error('no such column: secret_detail');
      },
    };
    const dispatch = createDispatch(core.ctx, broken, { logError: (channel, error) => logged.push([channel, error]) });
    const result = dispatch('meetings:years', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE } });
    expectVietnameseMessage(INTERNAL_ERROR_MESSAGE);
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toBe('meetings:years');
    expect((logged[0]![1] as Error).message).toBe('no such column: secret_detail');
  });

  it('a real SQLite failure inside a transaction leaves the data as it was', () => {
    // Drop a table the save needs, so the service fails half-way through its transaction.
    core.ctx.db.exec('DROP TABLE awards');
    const afterDrop = dumpUserTables(core.ctx.db);
    const result = core.dispatch('meetings:save', { ...seeded.meeting, title: 'Đổi tên giữa chừng' });
    expectFailure(result, 'INTERNAL');
    expect(dumpUserTables(core.ctx.db)).toEqual(afterDrop);
  });
});

describe('input normalisation at the boundary', () => {
  it('stores an NFD title as NFC and collapses non-breaking and zero-width spaces', () => {
    const title = '  Hội\u00A0nghị   tổng kết\u200B công tác\u202FMặt trận  '.normalize('NFD');
    expect(title).not.toBe(title.normalize('NFC'));
    const { id } = core.must('meetings:create', { title, kind: 'tong_ket', startAt: '2026-01-05T08:00' });
    const stored = core.ctx.db.prepare('SELECT title, search_text FROM meetings WHERE id = ?').get(id) as { title: string; search_text: string };
    expect(stored.title).toBe('Hội nghị tổng kết công tác Mặt trận');
    expect(stored.title).toBe(stored.title.normalize('NFC'));
    expect(stored.search_text).toBe('hoi nghi tong ket cong tac mat tran');
  });

  it('keeps paragraphs in notes and speech summaries, with CRLF made LF', () => {
    const meeting = seeded.meeting;
    const item = meeting.agenda![0]!;
    core.must('meetings:save', {
      ...meeting,
      notes: 'Dòng một\u00A0 \r\nDòng hai\r\n\r\n\r\n\r\nDòng ba'.normalize('NFD'),
      agenda: [{ ...item, speeches: [{ id: randomUUID(), kind: 'phat_bieu', summary: ' Ý kiến\r\nthứ hai ' }] }],
    });
    const saved = core.must('meetings:get', { id: seeded.meetingId });
    expect(saved.notes).toBe('Dòng một\nDòng hai\n\nDòng ba');
    expect(saved.agenda[0]!.speeches[0]!.summary).toBe('Ý kiến\nthứ hai');
  });

  it('normalises names in the directory and search text sent to lists', () => {
    const org = core.must('organisations:save', { name: 'Hội\u00A0Cựu chiến binh'.normalize('NFD'), kind: 'to_chuc_thanh_vien' });
    expect(org.name).toBe('Hội Cựu chiến binh');
    expect(core.must('organisations:list', {}).map((o) => o.name)).toContain('Hội Cựu chiến binh');
    const found = core.must('people:list', { text: '  Nguyễn\u00A0Văn   Hùng '.normalize('NFD') });
    expect(found.map((p) => p.id)).toEqual([seeded.personId]);
  });

  it('ignores fields the contract does not know (no mass assignment)', () => {
    const before = core.must('meetings:get', { id: seeded.meetingId });
    core.setNow(new Date('2026-09-09T00:00:00.000Z'));
    const sneaky = { ...seeded.meeting, createdAt: '1999-01-01T00:00:00.000Z', deleted_at: '2026-01-01', searchText: 'x' };
    expect(core.dispatch('meetings:save', sneaky).ok).toBe(true);
    const after = core.must('meetings:get', { id: seeded.meetingId });
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt).toBe('2026-09-09T00:00:00.000Z');
    expect(core.must('meetings:list', {}).total).toBe(1);
  });
});
