import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainText, rt, type BlockNode, type RichDoc } from '../../shared/rich-text';
import { normaliseEditorJson } from '../../shared/rich-text-normalise';
import type { ReportTemplate } from '../../shared/schemas/report';
import { openTestCore, type TestCore } from '../support/core';
import { documentSaveInput } from '../support/document-store';
import { createAndSaveMeeting } from '../support/fixtures';
import { seedReportWorld, type ReportWorld } from '../support/report-fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
let world: ReportWorld;

beforeEach(() => {
  core = openTestCore();
  world = seedReportWorld(core);
  core.setNow(new Date('2026-07-10T09:00:00'));
});
afterEach(() => core.close());

const H1_2026 = { kind: 'sau_thang', year: 2026, index: 1 } as const;

function textOfBlock(block: BlockNode): string {
  return plainText(rt.doc([block]));
}

/** The blocks after the heading "<n>. <title>" up to the next heading. */
function section(body: RichDoc, title: string): BlockNode[] {
  const start = body.content.findIndex((b) => b.type === 'heading' && textOfBlock(b).endsWith(`. ${title}`));
  expect(start, `section ${title}`).toBeGreaterThan(-1);
  const rest = body.content.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'heading');
  return end === -1 ? rest : rest.slice(0, end);
}

function addMeetingInPeriod(): number {
  return createAndSaveMeeting(core, { title: 'Hội nghị bổ sung sau khi chốt', kind: 'chuyen_de', startAt: '2026-05-05T08:00', status: 'da_hop' });
}

describe('figures are frozen when the report is finalised', () => {
  it('editing records later changes neither the figures, the text nor the annex of a finalised report', async () => {
    const { document, report } = core.must('reports:compile', { period: H1_2026 });
    expect(report.frozenAt).toBeNull();
    core.must('documents:finalise', { id: document.id, by: 'Vũ Thị Hồng Nhung' });
    const frozen = core.must('reports:get', { id: document.id });
    expect(frozen.frozenAt).not.toBeNull();

    addMeetingInPeriod();
    core.must('tasks:delete', { id: world.tasks.t1 });
    core.must('meetings:delete', { id: world.meetings.m3 });

    const after = core.must('reports:get', { id: document.id });
    expect(after.figures).toEqual(frozen.figures);
    expect(after.figures.meetings.held.value).toBe(3);
    expect(core.must('documents:get', { id: document.id }).body).toEqual(document.body);
    const refresh = expectFailure(core.call('reports:refresh', { id: document.id }), 'CONFLICT');
    expect(refresh).toMatch(/hoàn thiện/);

    // A new compilation of the same period sees the records as they are now.
    const fresh = core.must('reports:compile', { period: H1_2026 }).report.figures;
    expect(fresh.meetings.held.value).toBe(3); // one added, one moved to the bin
    expect([fresh.tasks.assigned.value, fresh.tasks.completed.value]).toEqual([5, 1]);
    expect([after.figures.tasks.assigned.value, after.figures.tasks.completed.value]).toEqual([6, 2]);
  });

  it('unlocking thaws the figures, and "Cập nhật số liệu" then takes the records as they are', () => {
    const { document } = core.must('reports:compile', { period: H1_2026 });
    core.must('documents:finalise', { id: document.id, by: 'Vũ Thị Hồng Nhung' });
    addMeetingInPeriod();
    core.must('documents:unlock', { id: document.id, by: 'Vũ Thị Hồng Nhung', reason: 'Bổ sung hội nghị chuyên đề' });
    expect(core.must('reports:get', { id: document.id }).frozenAt).toBeNull();
    const refreshed = core.must('reports:refresh', { id: document.id });
    expect(refreshed.report.figures.meetings.held.value).toBe(4);
    expect(plainText(refreshed.document.body)).toContain('Hội nghị bổ sung sau khi chốt');
  });
});

describe('the write path', () => {
  it('logs every write of a compiled report in change_log: the document, its compilation, freezing, the settings', () => {
    const since = (core.ctx.db.prepare('SELECT coalesce(max(id), 0) AS n FROM change_log').get() as { n: number }).n;
    core.must('reports:saveSettings', { convention: 'lich', template: null });
    const { document } = core.must('reports:compile', { period: H1_2026 });
    core.must('documents:finalise', { id: document.id, by: 'Vũ Thị Hồng Nhung' });
    const log = core.ctx.db
      .prepare('SELECT table_name AS tableName, row_key AS rowKey, operation, fields FROM change_log WHERE id > ? ORDER BY id')
      .all(since) as Array<{ tableName: string; rowKey: string; operation: string; fields: string }>;
    const of = (table: string) => log.filter((entry) => entry.tableName === table);
    expect(of('report_settings').map((e) => e.operation)).toEqual(['update']);
    expect(of('documents')[0]).toMatchObject({ rowKey: String(document.id), operation: 'insert' });
    expect(of('report_compilations').map((e) => [e.rowKey, e.operation])).toEqual([
      [String(document.id), 'insert'],
      [String(document.id), 'update'],
    ]);
    expect(JSON.parse(of('report_compilations')[1]!.fields)).toEqual(['frozen_at']);
  });
});

describe('"Cập nhật số liệu" on a draft', () => {
  it('keeps the previous text as a version and carries the user\'s writing into its section', () => {
    const { document } = core.must('reports:compile', { period: H1_2026 });
    const strengths = section(document.body, 'Ưu điểm');
    expect(textOfBlock(strengths[0]!)).toMatch(/^\[Cần bổ sung:/);
    // The secretary writes the "Ưu điểm" blank and adds a line to the opening.
    const written = rt.paragraph('Công tác phối hợp với các tổ chức thành viên có nhiều chuyển biến.');
    const opening = rt.paragraph('Báo cáo gửi kèm phụ lục số liệu.');
    const blankAt = document.body.content.indexOf(strengths[0]!);
    const edited: RichDoc = {
      type: 'doc',
      content: [document.body.content[0]!, opening, ...document.body.content.slice(1, blankAt), written, ...document.body.content.slice(blankAt + 1)],
    };
    core.must('documents:save', { ...documentSaveInput(document), body: edited });

    addMeetingInPeriod();
    core.setNow(new Date('2026-07-11T09:00:00'));
    const refreshed = core.must('reports:refresh', { id: document.id });

    const versions = core.must('documents:versions', { id: document.id });
    expect(versions[0]!.reason).toBe('truoc_lam_moi');
    expect(core.must('documents:version', { versionId: versions[0]!.id }).body).toEqual(edited);

    const body = refreshed.document.body;
    expect(section(body, 'Ưu điểm')).toEqual([written]);
    expect(body.content[1]).toEqual(opening);
    expect(plainText(body)).toContain('đã tổ chức và tham gia 04 hội nghị');
    expect(refreshed.report.figures.meetings.held.value).toBe(4);
    expect(refreshed.report.compiledAt).toBe(new Date('2026-07-11T09:00:00').toISOString());
    expect(refreshed.report.warnings.some((w) => w.startsWith('Đã giữ lại 2 đoạn'))).toBe(true);
    // Writing kept never doubles: a second refresh gives the same body.
    expect(core.must('reports:refresh', { id: document.id }).document.body).toEqual(body);
  });

  it('recognises the sections of a draft saved from the editor, which stores blocks without their default attributes', () => {
    const { document } = core.must('reports:compile', { period: H1_2026 });
    const strengths = section(document.body, 'Ưu điểm');
    const written = rt.paragraph('Ban Thường trực phối hợp chặt chẽ với chính quyền trong giám sát chính sách bảo hiểm xã hội.');
    const blankAt = document.body.content.indexOf(strengths[0]!);
    // What the document editor sends: its JSON put in the stored vocabulary (headings lose `textAlign: null`).
    const fromEditor = normaliseEditorJson({
      type: 'doc',
      content: [...document.body.content.slice(0, blankAt), written, ...document.body.content.slice(blankAt + 1)],
    });
    expect(JSON.stringify(fromEditor)).not.toContain('"textAlign":null');
    core.must('documents:save', { ...documentSaveInput(document), body: fromEditor });

    const refreshed = core.must('reports:refresh', { id: document.id });
    expect(refreshed.report.warnings.some((w) => w.startsWith('Không nhận ra các mục'))).toBe(false);
    expect(section(refreshed.document.body, 'Ưu điểm').map(textOfBlock)).toEqual([textOfBlock(written)]);
    expect(plainText(refreshed.document.body).split(textOfBlock(written)).length).toBe(2);
  });
});

describe('bad input: a sensible document or a clear Vietnamese message', () => {
  it('a period with no records gives a report that says so', () => {
    const { document, report } = core.must('reports:compile', { period: { kind: 'thang', year: 2024, index: 2 } });
    expect(report.figures.meetings.held.value).toBe(0);
    expect(report.figures.tasks.assigned.value).toBe(0);
    const text = plainText(document.body);
    expect(text).toContain('chưa ghi nhận hội nghị, văn bản chỉ đạo hay nhiệm vụ nào');
    expect(text).toContain('Trong tháng 2 năm 2024, chưa có hội nghị, buổi làm việc nào được ghi nhận.');
    expect(report.warnings.some((w) => w.includes('chưa có hồ sơ nào'))).toBe(true);
    expect(document.summary).toBe('Kết quả công tác Mặt trận tháng 2 năm 2024, phương hướng, nhiệm vụ tháng 3 năm 2024');
  });

  it('a period in the future is refused in words', () => {
    const message = expectFailure(core.call('reports:compile', { period: { kind: 'quy', year: 2026, index: 4 } }), 'VALIDATION');
    expect(message).toBe(
      'Kỳ báo cáo quý IV năm 2026 (từ ngày 01/10/2026 đến ngày 31/12/2026) chưa bắt đầu nên chưa có số liệu để tổng hợp. Hãy chọn kỳ đã bắt đầu.',
    );
  });

  it('an end before its start is refused in words, and nothing is written', () => {
    const before = core.must('documents:list', {}).total;
    const message = expectFailure(core.call('reports:compile', { period: { kind: 'tuy_chon', from: '2026-06-30', to: '2026-01-01' } }), 'VALIDATION');
    expect(message).toBe('Ngày kết thúc kỳ báo cáo (01/01/2026) đứng trước ngày bắt đầu (30/06/2026). Hãy chọn lại hai ngày.');
    expect(core.must('documents:list', {}).total).toBe(before);
  });

  it('a template section deleted: the report is written without it and the user is told what has no place', () => {
    const template: ReportTemplate = structuredClone(core.must('reports:settings', undefined).template);
    template.sections = template.sections.filter((s) => s.id !== 'han-che' && s.id !== 'theo-doi-nhiem-vu');
    core.must('reports:saveSettings', { convention: 'lich', template });
    const { document, report } = core.must('reports:compile', { period: H1_2026 });
    const text = plainText(document.body);
    expect(text).not.toMatch(/\d\. Hạn chế/);
    expect(text).not.toContain('Kết quả thực hiện nhiệm vụ theo đơn vị chủ trì');
    expect(text).toContain('1. Ưu điểm');
    expect(text).toContain('2. Nguyên nhân');
    expect(report.warnings).toContain(
      'Mẫu báo cáo không còn mục chứa “Nhiệm vụ quá hạn và hạn chế nêu tại hội nghị”, nên nội dung này không được đưa vào báo cáo (vẫn có trong thẻ Số liệu và phụ lục Excel). Muốn đưa vào, hãy thêm lại nội dung đó cho một mục của mẫu.',
    );
    expect(report.warnings.some((w) => w.includes('Nhiệm vụ đã giao, hoàn thành, đúng hạn, quá hạn theo đơn vị'))).toBe(true);
    // The figures are all still there for the annex.
    expect(report.figures.tasks.overdue.value).toBe(3);
  });

  it('a whole part deleted leaves its heading out; a template with no section at all is refused', () => {
    const template: ReportTemplate = structuredClone(core.must('reports:settings', undefined).template);
    template.sections = template.sections.filter((s) => s.part !== 'danh_gia');
    core.must('reports:saveSettings', { convention: 'lich', template });
    const text = plainText(core.must('reports:compile', { period: H1_2026 }).document.body);
    expect(text).not.toContain('ĐÁNH GIÁ CHUNG');
    expect(text).toContain('Phần thứ hai');
    const message = expectFailure(core.call('reports:saveSettings', { convention: 'lich', template: { sections: [] } }), 'VALIDATION');
    expect(message).toBe('Mẫu báo cáo phải còn ít nhất một mục. Hãy thêm mục hoặc khôi phục mẫu mặc định.');
    // Back to the default template.
    expect(core.must('reports:saveSettings', { convention: 'lich', template: null }).templateIsDefault).toBe(true);
  });
});

describe('reporting duties: due dates on the home screen, closed by issuing the report', () => {
  it('shows an overdue duty in days late, and issuing its report completes it and makes the next one', () => {
    const duties = core.must('reports:duties', undefined);
    const duty = duties.items.find((d) => d.taskId === world.tasks.t8)!;
    expect(duty).toMatchObject({ dueDate: '2026-06-30', overdue: true, daysLate: 10, report: null });
    expect(duty.period.label).toBe('tháng 6 năm 2026');

    const { document } = core.must('reports:compile', { period: { kind: 'thang', year: 2026, index: 6 }, dutyTaskId: world.tasks.t8 });
    expect(core.must('reports:duties', undefined).items.find((d) => d.taskId === world.tasks.t8)?.report).toEqual({ documentId: document.id, status: 'ban_nhap' });
    core.must('documents:finalise', { id: document.id, by: 'Vũ Thị Hồng Nhung' });
    const issued = core.must('documents:issue', { id: document.id, number: null, by: 'Vũ Thị Hồng Nhung' });

    const task = core.must('tasks:get', { id: world.tasks.t8 });
    expect(task.status).toBe('hoan_thanh');
    expect(task.result).toBe(`Đã ban hành Báo cáo số ${issued.numberSymbol} (tháng 6 năm 2026).`);
    const next = core.must('tasks:get', { id: task.nextTaskId! });
    expect(next.dueDate).toBe('2026-07-30');
    const after = core.must('reports:duties', undefined).items;
    expect(after.map((d) => d.taskId)).not.toContain(world.tasks.t8);
    expect(after.find((d) => d.taskId === next.id)).toMatchObject({ overdue: false, daysLeft: 20, report: null });
  });

  it('refuses a task that does not repeat as a reporting duty', () => {
    const message = expectFailure(core.call('reports:compile', { period: H1_2026, dutyTaskId: world.tasks.t3 }), 'VALIDATION');
    expect(message).toBe('Nhiệm vụ này không lặp lại định kỳ nên không phải là nghĩa vụ báo cáo định kỳ.');
  });
});
