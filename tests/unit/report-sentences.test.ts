import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureSentences, limitationClauses, namesLimitation, statesFigures } from '../../electron/core/reports/sentences';

const ARTICLES = path.resolve(__dirname, '../../../shared/samples/articles');

describe('sentences quoted from speeches: the sample articles (what the rules were tuned on)', () => {
  const giaoBan = fs.readFileSync(path.join(ARTICLES, 'haiphong-2024-07-03.txt'), 'utf8');

  it('quotes the figures of the 2024 briefing and not its dates, symbols or terms', () => {
    const quoted = figureSentences(giaoBan);
    expect(quoted.some((s) => s.includes('217/217 xã, phường, thị trấn; 14/15 quận, huyện'))).toBe(true);
    expect(quoted.some((s) => s.startsWith('22:03 03/07/2024 Chiều 3-7'))).toBe(false);
    expect(quoted.some((s) => s.includes('nhiệm kỳ 2024 - 2029') && !/\d+\/\d+|\d+ (nhà|hộ|tỷ)/.test(s))).toBe(false);
  });

  it('takes each limitation of the 2024 briefing as its own clause, and not the line announcing them', () => {
    const clauses = limitationClauses(giaoBan);
    expect(clauses).toContain('Việc nắm bắt tâm tư nguyện vọng nhân dân có lúc, có nơi, có việc còn chưa kịp thời.');
    expect(clauses.some((c) => c.includes('báo cáo định kỳ còn chậm'))).toBe(true);
    expect(clauses).not.toContain('Tuy nhiên, cũng còn một số hạn chế.');
    // "yêu cầu có biện pháp khắc phục các hạn chế" is a task, not a limitation.
    expect(clauses.some((c) => c.includes('khắc phục'))).toBe(false);
  });
});

describe('sentences written for this test, kept out of the tuning', () => {
  it.each([
    ['Năm 2025, toàn tỉnh vận động được 36,8 tỷ đồng ủng hộ Quỹ “Vì người nghèo”.', true],
    ['Đã tổ chức 126 cuộc giám sát, phát hiện 43 kiến nghị.', true],
    ['Tỷ lệ khu dân cư đạt chuẩn văn hóa đạt 92,5%.', true],
    ['Hội nghị được tổ chức ngày 15/12/2025 theo Kế hoạch số 12/KH-MTTQ-BTT.', false],
    ['Thực hiện Nghị quyết số 337/2021/NQ-HĐND, nhiệm kỳ 2021 - 2026.', false],
    ['Đại hội đại biểu lần thứ 15 thành công tốt đẹp.', false],
    ['Trong 6 tháng đầu năm, công tác tuyên truyền tiếp tục được đẩy mạnh.', false],
  ])('%s → states figures: %s', (sentence, expected) => {
    expect(statesFigures(sentence)).toBe(expected);
  });

  // Scored rather than asserted one by one: a held-out sentence the rules miss is a measured miss,
  // not a behaviour to lock in. The README gives the score.
  const HELD_OUT_LIMITATIONS: Array<[string, boolean]> = [
    ['Công tác nắm tình hình Nhân dân ở một số nơi còn hình thức.', true],
    ['Một số Ban Công tác Mặt trận chưa chủ động phối hợp với chi bộ.', true],
    ['Kinh phí hoạt động ở khu dân cư còn nhiều khó khăn.', true],
    ['Việc tổng hợp số liệu giữa các đơn vị còn chậm, có lúc chưa thống nhất.', true],
    ['Đề nghị các đơn vị khắc phục những hạn chế đã nêu.', false],
    ['Bên cạnh đó vẫn còn một số hạn chế, tồn tại như sau:', false],
    ['Các phong trào thi đua được triển khai sâu rộng.', false],
    ['Đội ngũ cán bộ Mặt trận cơ sở thiếu ổn định, thường xuyên thay đổi.', true],
  ];

  it('tells limitations from other sentences in at least 7 of the 8 held-out sentences', () => {
    const wrong = HELD_OUT_LIMITATIONS.filter(([clause, expected]) => namesLimitation(clause) !== expected).map(([clause]) => clause);
    expect(wrong.length, `missed: ${wrong.join(' | ')}`).toBeLessThanOrEqual(1);
  });

  it('quotes word for word, only tidying the first letter and the end mark', () => {
    expect(figureSentences('đã hỗ trợ 215 hộ nghèo sửa nhà; 12 hộ chưa có đất')).toEqual(['Đã hỗ trợ 215 hộ nghèo sửa nhà; 12 hộ chưa có đất.']);
    expect(limitationClauses('Ưu điểm rõ nét. Một số cơ sở chưa kịp thời báo cáo; số liệu còn thiếu đồng bộ.')).toEqual([
      'Một số cơ sở chưa kịp thời báo cáo.',
      'Số liệu còn thiếu đồng bộ.',
    ]);
  });
});
