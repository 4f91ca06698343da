import { describe, expect, it } from 'vitest';
// The Vietnamese messages the dispatcher and the renderer both install.
import '../../shared/schemas/messages';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import { badCases, type BadCase } from '../support/schema-walk';

/** What zod says when a schema has no message of its own: its English, or its Vietnamese locale. */
const ZOD_FALLBACK = [
  /Invalid input|Invalid option|Expected|Too (big|small)|Required|received/i,
  /Đầu vào không hợp lệ/,
  /mong đợi/,
  /Quá (lớn|nhỏ):/,
  /Tùy chọn không hợp lệ/,
  /Chuỗi không hợp lệ/,
  /Khóa không (được nhận dạng|hợp lệ)/,
  /Giá trị không hợp lệ trong/,
  /bội số/,
  /^(UUID|đầu vào|ngày giờ ISO|ngày ISO|giờ ISO) không hợp lệ$/,
  /\b(object|boolean|string|number|int|array|undefined|null|NaN)\b/,
];

/** Messages that say a limit was passed without saying which field or list. */
const GENERIC_LIMIT = [
  /^Nội dung quá dài \(tối đa/,
  /^Danh sách tối đa/,
  /^Giá trị số nằm ngoài khoảng cho phép/,
  /^Dữ liệu gửi lên không đúng dạng/,
  /^Giá trị (được chọn )?không hợp lệ/,
];

interface Finding {
  at: string;
  message: string;
}

function findings(channel: string, testCase: BadCase): Finding[] {
  const at = `${channel} ${testCase.path}: ${testCase.label}`;
  const result = testCase.schema.safeParse(testCase.value);
  if (result.success) return [];
  const own = result.error.issues.filter((issue) => issue.path.length === 0);
  if (testCase.expects && !own.some((issue) => issue.code === testCase.expects)) {
    return [{ at, message: `(limit not reached: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.code}`).join(', ')})` }];
  }
  const bad: Finding[] = [];
  for (const issue of result.error.issues) {
    if (ZOD_FALLBACK.some((pattern) => pattern.test(issue.message))) bad.push({ at, message: issue.message });
    else if (testCase.kind === 'limit' && own.includes(issue) && GENERIC_LIMIT.some((pattern) => pattern.test(issue.message))) {
      bad.push({ at, message: issue.message });
    }
  }
  return bad;
}

describe('every field of every channel answers bad input in Vietnamese words of its own', () => {
  const all = CHANNELS.map((channel) => ({ channel, cases: badCases(contract[channel].input) }));

  it('the walk reaches the fields and limits of the contract', () => {
    const total = all.reduce((sum, c) => sum + c.cases.length, 0);
    const limits = all.reduce((sum, c) => sum + c.cases.filter((x) => x.kind === 'limit').length, 0);
    expect(total).toBeGreaterThan(1000);
    expect(limits).toBeGreaterThan(400);
  });

  it('no message is zod fallback text, and every limit names what it limits', () => {
    const found = all.flatMap(({ channel, cases }) => cases.flatMap((c) => findings(channel, c)));
    const unique = [...new Map(found.map((f) => [`${f.at.replace(/^\S+ /, '')}|${f.message}`, f])).values()];
    expect(unique.map((f) => `${f.at} → ${f.message}`)).toEqual([]);
  });
});
