import { z } from 'zod';
import { idInput } from '../schemas/common';
import {
  listOrganisationsInput,
  listPeopleInput,
  mergeInput,
  organisationInput,
  personInput,
  setActiveInput,
  type Organisation,
  type Person,
} from '../schemas/directory';
import {
  createMeetingInput,
  listMeetingsInput,
  meetingInput,
  type Meeting,
  type MeetingPage,
  type MeetingSummary,
  type SaveResult,
} from '../schemas/meeting';
import { profileInput, type Profile } from '../schemas/profile';
import { showInFolderInput } from '../schemas/files';
import {
  createDocumentInput,
  createFromMeetingInput,
  finaliseDocumentInput,
  issueDocumentInput,
  listDocumentsInput,
  keepVersionInput,
  restoreVersionInput,
  saveDocumentInput,
  unlockDocumentInput,
  versionInput,
  type DocumentEvent,
  type DocumentPage,
  type DocumentRecord,
  type DocumentVersion,
  type DocumentVersionSummary,
  type ExportResult,
} from '../schemas/document';
import {
  attachmentIdInput,
  directiveIdInput,
  linkDirectiveInput,
  listDirectivesInput,
  nextArrivalNumberInput,
  saveDirectiveInput,
  symbolTextInput,
  unlinkDirectiveInput,
  type Attachment,
  type DirectivePage,
  type DirectiveRecord,
  type MeetingDirective,
  type SymbolLookup,
} from '../schemas/directive';
import type { ParseSymbolResult } from '../number-symbol-parser';
import {
  addProgressInput,
  completeTaskInput,
  createFromConclusionInput,
  createFromDirectiveInput,
  createTaskInput,
  listTasksInput,
  meetingIdInput,
  reattachConclusionInput,
  saveTaskInput,
  taskFilterSchema,
  type CompleteTaskResult,
  type DashboardOverview,
  type MeetingFollowUp,
  type ReviewOfLastTime,
  type TaskPage,
  type TaskRecord,
} from '../schemas/task';
import {
  compileReportInput,
  previewReportInput,
  saveReportSettingsInput,
  weekInput,
  type CompiledReport,
  type ReportInfo,
  type ReportingDuties,
  type ReportListItem,
  type ReportSettings,
  type WeekSchedule,
} from '../schemas/report';
import type { ReportPeriod } from '../report-periods';
import {
  intakeApplyInput,
  intakeDocxInput,
  intakeTextInput,
  type IntakeApplyResult,
  type IntakeProposal,
} from '../schemas/intake';
import {
  backupIdInput,
  backupSettingsInput,
  type BackupEntry,
  type BackupSettings,
  type BackupStatus,
  type RestoreOutcome,
} from '../schemas/backup';
import { binItemInput, emptyBinInput, type BinItem, type BinKind } from '../schemas/bin';
import {
  exportDownInput,
  matrixInput,
  packageTokenInput,
  reportUpInput,
  saveAssignmentsInput,
  saveCommitteeInput,
  taskGroupInput,
  type AssignmentMatrix,
  type Committee,
  type CommitteeDirectory,
  type DirectiveAssignments,
  type ExchangeLogEntry,
  type ImportResult,
  type OpenedPackage,
  type PackageWritten,
  type ReportCandidates,
  type TaskExchangeOrigin,
} from '../schemas/exchange';
import { searchInput, type SearchRebuild, type SearchResult } from '../schemas/search';
import type { PersonPage } from '../schemas/person-page';
import { addLeadersInput, type AddedLeaders, type MissingLeaders } from '../schemas/leaders';
import type { IpcResult } from './errors';

/**
 * The one IPC contract. Every channel, named `domain:verb`, has a zod schema for its input
 * (validated in the main process) and a result type (checked by the compiler on both sides).
 */
function channel<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: null as unknown as Output });
}

const noInput = z.void();

export interface AppInfo {
  version: string;
  databasePath: string;
  schemaVersion: number;
}

export interface HomeOverview {
  upcoming: MeetingSummary[];
  recentlyEdited: MeetingSummary[];
  counts: { meetingsThisYear: number; people: number; organisations: number };
  /** Open tasks past their due date, and due from today to 7 days on (the task list's "Quá hạn", "Đến hạn trong 7 ngày"). */
  tasks: { overdue: number; dueWithin7Days: number };
}

export const contract = {
  'app:info': channel<AppInfo>()(noInput),
  'home:overview': channel<HomeOverview>()(noInput),

  'profile:get': channel<Profile | null>()(noInput),
  'profile:save': channel<Profile>()(profileInput),

  'organisations:list': channel<Organisation[]>()(listOrganisationsInput),
  'organisations:save': channel<Organisation>()(organisationInput),
  'organisations:setActive': channel<Organisation>()(setActiveInput),
  'organisations:merge': channel<Organisation>()(mergeInput),
  'organisations:delete': channel<{ id: number }>()(idInput),

  'people:list': channel<Person[]>()(listPeopleInput),
  'people:save': channel<Person>()(personInput),
  'people:setActive': channel<Person>()(setActiveInput),
  'people:merge': channel<Person>()(mergeInput),
  'people:delete': channel<{ id: number }>()(idInput),
  /** A person's page: meetings attended or chaired (with the title held each time), speeches, awards, tasks. */
  'people:page': channel<PersonPage>()(idInput),
  /** The profile's chair and vice-chairs not yet in the directory; `people:addLeaders` adds the ones confirmed. */
  'people:missingLeaders': channel<MissingLeaders>()(noInput),
  'people:addLeaders': channel<AddedLeaders>()(addLeadersInput),

  'meetings:list': channel<MeetingPage>()(listMeetingsInput),
  'meetings:years': channel<number[]>()(noInput),
  'meetings:create': channel<SaveResult>()(createMeetingInput),
  'meetings:get': channel<Meeting>()(idInput),
  'meetings:save': channel<SaveResult>()(meetingInput),
  'meetings:delete': channel<{ id: number }>()(idInput),
  'meetings:restore': channel<{ id: number }>()(idInput),

  'documents:list': channel<DocumentPage>()(listDocumentsInput),
  'documents:get': channel<DocumentRecord>()(idInput),
  'documents:create': channel<DocumentRecord>()(createDocumentInput),
  'documents:createFromMeeting': channel<DocumentRecord>()(createFromMeetingInput),
  'documents:refreshFromMeeting': channel<DocumentRecord>()(idInput),
  'documents:save': channel<SaveResult>()(saveDocumentInput),
  'documents:versions': channel<DocumentVersionSummary[]>()(idInput),
  'documents:version': channel<DocumentVersion>()(versionInput),
  'documents:restoreVersion': channel<DocumentRecord>()(restoreVersionInput),
  /** Keeps what is on screen as a version, before a refresh or restore replaces content not yet saved. */
  'documents:keepVersion': channel<DocumentVersionSummary>()(keepVersionInput),
  'documents:events': channel<DocumentEvent[]>()(idInput),
  'documents:finalise': channel<DocumentRecord>()(finaliseDocumentInput),
  'documents:unlock': channel<DocumentRecord>()(unlockDocumentInput),
  'documents:nextNumber': channel<{ number: number; numberSymbol: string }>()(idInput),
  'documents:issue': channel<DocumentRecord>()(issueDocumentInput),
  'documents:delete': channel<{ id: number }>()(idInput),
  'documents:restore': channel<{ id: number }>()(idInput),

  /** The .docx that "Xuất Word" would save, for the in-app preview. */
  'documents:renderDocx': channel<Uint8Array>()(idInput),
  /** Asks where to save (system dialog), writes the .docx; `saved: false` when the user cancels. */
  'documents:exportDocx': channel<ExportResult>()(idInput),
  'tasks:list': channel<TaskPage>()(listTasksInput),
  'tasks:get': channel<TaskRecord>()(idInput),
  'tasks:create': channel<TaskRecord>()(createTaskInput),
  /** One click on a conclusion item; the lead organisation is read from its text when not given. */
  'tasks:createFromConclusion': channel<TaskRecord>()(createFromConclusionInput),
  'tasks:createFromDirective': channel<TaskRecord>()(createFromDirectiveInput),
  'tasks:save': channel<TaskRecord>()(saveTaskInput),
  'tasks:addProgress': channel<TaskRecord>()(addProgressInput),
  /** Completes with the result; a periodic task answers with its next occurrence too. */
  'tasks:complete': channel<CompleteTaskResult>()(completeTaskInput),
  'tasks:delete': channel<{ id: number }>()(idInput),
  'tasks:restore': channel<{ id: number }>()(idInput),
  /** "Kết luận này đã giao cho ai, đến đâu". */
  'tasks:forMeeting': channel<MeetingFollowUp>()(meetingIdInput),
  /** Open tasks from the previous meeting of the same kind. */
  'tasks:reviewOfLastTime': channel<ReviewOfLastTime>()(meetingIdInput),
  /** After "Hoàn tác" of a removed conclusion: the tasks it had point at it again. */
  'tasks:reattachConclusion': channel<{ reattached: number }>()(reattachConclusionInput),
  /** The current view (filter without paging) as .xlsx, saved where the user chooses. */
  'tasks:exportXlsx': channel<ExportResult>()(taskFilterSchema),
  'dashboard:overview': channel<DashboardOverview>()(noInput),

  /** Opens the folder of a file this session exported. */
  'files:showInFolder': channel<{ shown: boolean }>()(showInFolderInput),

  /** The directives register (văn bản đến / đi / nội bộ). */
  'directives:list': channel<DirectivePage>()(listDirectivesInput),
  'directives:years': channel<number[]>()(noInput),
  'directives:get': channel<DirectiveRecord>()(idInput),
  /** Creates (id null) or updates; refuses an unreadable symbol, a duplicate or an arrival number taken. */
  'directives:save': channel<DirectiveRecord>()(saveDirectiveInput),
  'directives:delete': channel<{ id: number }>()(idInput),
  'directives:restore': channel<{ id: number }>()(idInput),
  /** Reads a symbol as the user types: the kind to fill in, or why it cannot be read. */
  'directives:parseSymbol': channel<ParseSymbolResult>()(symbolTextInput),
  /** The entries carrying a symbol however it is typed, for linking from a meeting page. */
  'directives:findBySymbol': channel<SymbolLookup>()(symbolTextInput),
  'directives:nextArrivalNumber': channel<{ number: number }>()(nextArrivalNumberInput),
  'meetings:linkDirective': channel<MeetingDirective[]>()(linkDirectiveInput),
  'meetings:unlinkDirective': channel<MeetingDirective[]>()(unlinkDirectiveInput),
  /** The directives linked to a meeting (input: the meeting's id). */
  'meetings:directives': channel<MeetingDirective[]>()(idInput),
  /** Opens the system dialog, copies the chosen files into the app's folder; the directive's list after. */
  'attachments:add': channel<Attachment[]>()(directiveIdInput),
  'attachments:list': channel<Attachment[]>()(directiveIdInput),
  /** Opens the app's copy with the system viewer. */
  'attachments:open': channel<{ opened: true }>()(attachmentIdInput),
  /** Removes the attachment and its copy; the directive's list after. */
  'attachments:remove': channel<Attachment[]>()(attachmentIdInput),

  /** Periodic reports compiled from the records (a compiled report is a document of kind 'bao_cao'). */
  'reports:settings': channel<ReportSettings>()(noInput),
  /** The cut-off convention and the template; a null template goes back to the default one. */
  'reports:saveSettings': channel<ReportSettings>()(saveReportSettingsInput),
  /** The days a choice covers under the committee's convention, to show before compiling. */
  'reports:period': channel<ReportPeriod>()(previewReportInput),
  /** A new draft report of the period, written from its records following the template. */
  'reports:compile': channel<CompiledReport>()(compileReportInput),
  /** "Cập nhật số liệu" on a draft: figures again as of today; the previous text kept as a version. */
  'reports:refresh': channel<CompiledReport>()(idInput),
  /** The figures of a compiled report (input: the document's id), each fact with its records. */
  'reports:get': channel<ReportInfo>()(idInput),
  'reports:list': channel<ReportListItem[]>()(noInput),
  /** Reporting duties (periodic tasks) due soon or late, for the home screen. */
  'reports:duties': channel<ReportingDuties>()(noInput),
  /** The statistics annex as .xlsx, saved where the user chooses. */
  'reports:exportXlsx': channel<ExportResult>()(idInput),
  /** The weekly work schedule (lịch công tác tuần): the meetings of the week holding a day. */
  'schedule:week': channel<WeekSchedule>()(weekInput),
  'schedule:exportDocx': channel<ExportResult>()(weekInput),
  /** Reads a pasted text (or a .txt file's content) into a proposed meeting; saves nothing. */
  'intake:readText': channel<IntakeProposal>()(intakeTextInput),
  /** Reads a .docx (its bytes) into a proposed meeting; saves nothing. */
  'intake:readDocx': channel<IntakeProposal>()(intakeDocxInput),
  /** Saves what the user accepted: a new meeting, or what an existing one lacks, in one transaction. */
  'intake:apply': channel<IntakeApplyResult>()(intakeApplyInput),
  /** Backups on this PC and in the second place, newest first. */
  'backups:list': channel<BackupEntry[]>()(noInput),
  /** For the home screen: the last backups, and a warning when none is outside the PC or it is old. */
  'backups:status': channel<BackupStatus>()(noInput),
  /** "Sao lưu ngay": a backup the user made, never rotated out automatically. */
  'backups:create': channel<BackupEntry>()(noInput),
  /** Restores a listed backup; the state before is kept as a backup (`undoBackupId`). */
  'backups:restore': channel<RestoreOutcome>()(backupIdInput),
  /** Asks for a backup file anywhere (a backup folder's file, an exported .zip); null when cancelled. */
  'backups:restoreFromFile': channel<RestoreOutcome | null>()(noInput),
  'backups:settings': channel<BackupSettings>()(noInput),
  'backups:saveSettings': channel<BackupSettings>()(backupSettingsInput),
  /** Asks for the second place, checks it (writable, room) and copies the newest backup there; null when cancelled. */
  'backups:chooseSecondPlace': channel<BackupSettings | null>()(noInput),
  'backups:clearSecondPlace': channel<BackupSettings>()(noInput),
  /** "Xuất toàn bộ dữ liệu": asks where, writes one .zip; `saved: false` when cancelled. */
  'backups:exportAll': channel<{ saved: boolean; path: string | null; bytes: number }>()(noInput),
  /** "Nhập dữ liệu": asks for the exported .zip, checks it and opens it; null when cancelled. */
  'backups:importAll': channel<RestoreOutcome | null>()(noInput),

  /** "Thùng rác": everything deleted in the last 30 days, newest first. */
  'bin:list': channel<BinItem[]>()(noInput),
  'bin:restore': channel<{ kind: BinKind; id: number }>()(binItemInput),
  /** Removes everything in the bin for good, after a backup; the window asks first. */
  'bin:empty': channel<{ removed: number }>()(emptyBinInput),
  /** Exchange with the committees above and below (packages .mttq). */
  'committees:list': channel<CommitteeDirectory>()(noInput),
  'committees:save': channel<Committee>()(saveCommitteeInput),
  /** Takes a committee off the exchange list; the organisation stays in the directory. */
  'committees:remove': channel<{ id: number }>()(idInput),
  /** The tasks given to committees below on a directive. */
  'exchange:assignments': channel<DirectiveAssignments>()(directiveIdInput),
  'exchange:saveAssignments': channel<DirectiveAssignments>()(saveAssignmentsInput),
  'exchange:deleteTaskGroup': channel<DirectiveAssignments>()(taskGroupInput),
  /** "Gửi cấp dưới": asks where to save, writes one package for the chosen committees. */
  'exchange:exportDown': channel<PackageWritten>()(exportDownInput),
  'exchange:reportCandidates': channel<ReportCandidates>()(noInput),
  /** "Báo cáo lên cấp trên": asks where to save, writes the progress package. */
  'exchange:reportUp': channel<PackageWritten>()(reportUpInput),
  /** "Nhận gói": the open dialog and the preview; nothing is written. */
  'exchange:openPackage': channel<OpenedPackage>()(noInput),
  /** Imports the package previewed under this token, after a backup. */
  'exchange:import': channel<ImportResult>()(packageTokenInput),
  'exchange:matrix': channel<AssignmentMatrix>()(matrixInput),
  'exchange:exportMatrixXlsx': channel<ExportResult>()(matrixInput),
  'exchange:history': channel<ExchangeLogEntry[]>()(noInput),
  /** Who gave a task received from the committee above (null for the committee's own tasks). */
  'exchange:taskOrigin': channel<TaskExchangeOrigin | null>()(idInput),
  /** The global search box: every kind of record, grouped by kind, ranked, with snippets. */
  'search:query': channel<SearchResult>()(searchInput),
  /** The maintenance menu's "Lập lại chỉ mục tìm kiếm": the index made again from the records. */
  'search:rebuild': channel<SearchRebuild>()(noInput),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer sends (before defaults and normalisation). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (validated, normalised). */
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

/** The bridge the preload puts on `window.api`: one method per channel, never a raw invoke. */
export type RendererApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};
