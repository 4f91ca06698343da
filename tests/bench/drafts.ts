/**
 * Benchmark of drafting minutes from a large meeting (300 attendees, 20 agenda items with three
 * speeches each, 15 conclusions): the time from "Tạo biên bản" to a stored draft, through the
 * real dispatcher, on a real database file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { createDispatch, settledResult } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import type { ChannelInput } from '../../shared/ipc/contract';
import { measure, type Measure } from './measure';

const ATTENDEES = 300;
const AGENDA_ITEMS = 20;
const SPEECHES_PER_ITEM = 3;
const CONCLUSIONS = 15;

function largeMeeting(id: number): ChannelInput<'meetings:save'> {
  const attendees = Array.from({ length: ATTENDEES }, (_, i) => ({
    id: randomUUID(),
    personId: null,
    fullName: `Nguyễn Văn Đại Biểu ${i + 1}`,
    title: i % 3 === 0 ? 'Chủ tịch Ủy ban MTTQ Việt Nam phường' : 'Ủy viên Ủy ban MTTQ Việt Nam tỉnh',
    organisationName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
    role: i === 0 ? ('chu_tri' as const) : i === 1 ? ('thu_ky' as const) : i % 25 === 0 ? ('khach_moi' as const) : ('dai_bieu' as const),
    attendance: i % 17 === 0 ? ('vang_co_ly_do' as const) : ('co_mat' as const),
    absenceReason: i % 17 === 0 ? 'Bận công tác đột xuất' : '',
  }));
  const agenda = Array.from({ length: AGENDA_ITEMS }, (_, i) => ({
    id: randomUUID(),
    title: `Báo cáo chuyên đề số ${i + 1} về công tác Mặt trận năm 2025`,
    presenter: `Nguyễn Văn Đại Biểu ${i + 3}`,
    speeches: Array.from({ length: SPEECHES_PER_ITEM }, (_, j) => ({
      id: randomUUID(),
      kind: 'phat_bieu' as const,
      speakerName: `Nguyễn Văn Đại Biểu ${i * 3 + j + 10}`,
      speakerTitle: 'Ủy viên Ủy ban MTTQ Việt Nam tỉnh',
      summary:
        'Thống nhất với báo cáo; đề nghị tiếp tục đổi mới nội dung, phương thức hoạt động, tăng cường giám sát, phản biện xã hội, ' +
        'nâng cao chất lượng báo cáo định kỳ và phối hợp chặt chẽ với các tổ chức thành viên trong triển khai nhiệm vụ năm 2026.',
    })),
  }));
  return {
    id,
    title: 'Hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026',
    kind: 'tong_ket',
    startAt: '2026-01-05T08:00',
    endAt: '2026-01-05T11:30',
    place: 'Hội trường Ủy ban MTTQ Việt Nam tỉnh',
    format: 'truc_tiep',
    hostName: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh',
    status: 'da_hop',
    attendees,
    agenda,
    conclusions: Array.from({ length: CONCLUSIONS }, (_, i) => ({
      id: randomUUID(),
      content: `Giao các tổ chức thành viên chủ trì thực hiện nhiệm vụ trọng tâm số ${i + 1}; báo cáo kết quả trước ngày 30/6/2026.`,
    })),
  };
}

export interface DraftBench {
  meeting: { attendees: number; agendaItems: number; speeches: number; conclusions: number };
  draftFromLargeMeeting: Measure;
}

export function benchDraftFromLargeMeeting(): DraftBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-bench-drafts-'));
  const file = path.join(dir, 'drafts.sqlite3');
  const opened = openDatabase(file);
  try {
    const ctx: CoreContext = {
      db: opened.db,
      now: () => new Date('2026-01-06T09:00:00'),
      appVersion: 'bench',
      databasePath: file,
      schemaVersion: opened.schemaVersion,
    };
    const dispatch = createDispatch(ctx, handlers);
    const must = (channel: string, input: unknown) => {
      const result = settledResult(dispatch(channel, input));
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.data;
    };
    must('profile:save', {
      committeeName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
      parentBody: 'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH',
      placeName: 'Quảng Ninh',
      level: 'tinh',
      abbreviation: 'MTTQ-BTT',
    });
    const { id } = must('meetings:create', { title: 'Hội nghị tổng kết', kind: 'tong_ket', startAt: '2026-01-05T08:00' }) as { id: number };
    must('meetings:save', largeMeeting(id));
    const draftFromLargeMeeting = measure('action', { iterations: 30, warmup: 3 }, () => {
      must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    });
    return {
      meeting: { attendees: ATTENDEES, agendaItems: AGENDA_ITEMS, speeches: AGENDA_ITEMS * SPEECHES_PER_ITEM, conclusions: CONCLUSIONS },
      draftFromLargeMeeting,
    };
  } finally {
    opened.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
