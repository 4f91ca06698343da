import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, settledResult, UNCHECKABLE_INPUT_MESSAGE } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { NUMBER_SYMBOL_MAX_LENGTH, parseNumberSymbol } from '../../shared/number-symbol-parser';
import { rt, type BlockNode } from '../../shared/rich-text';
import { RICH_TEXT_MAX_NESTING } from '../../shared/schemas/rich-text';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { documentSaveInput, saveProfile } from '../support/document-store';
import { expectFailure } from '../support/results';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core?.close());

const TOO_LONG = `Số, ký hiệu quá dài (tối đa ${NUMBER_SYMBOL_MAX_LENGTH} ký tự).`;

describe('a long pasted number-symbol', () => {
  it('the parser refuses it by its length before reading it', () => {
    // Unreadable in several ways at once; only the length is said, so nothing of it was read.
    const pasted = `${'5 NQ . '.repeat(40)}#`;
    expect(pasted.length).toBeGreaterThan(NUMBER_SYMBOL_MAX_LENGTH);
    expect(parseNumberSymbol(pasted)).toEqual({ ok: false, reason: TOO_LONG });
  });

  it('a save answers with the length alone: the parser does not run after the length check failed', () => {
    const symbol = `56-NQ/${'T'.repeat(NUMBER_SYMBOL_MAX_LENGTH)}u`;
    const message = expectFailure(
      core.dispatch('directives:save', { direction: 'den', numberSymbol: symbol, arrivalDate: '2026-03-10' }),
      'VALIDATION',
    );
    expect(message).toBe(TOO_LONG);
  });

  it('a 1 MB paste into the reading-as-you-type channel is refused by its length', () => {
    const message = expectFailure(core.dispatch('directives:parseSymbol', { text: 'A'.repeat(1 << 20) }), 'VALIDATION');
    expect(message).toBe(TOO_LONG);
  });

  it('a message quotes at most 40 characters of what was typed', () => {
    const result = parseNumberSymbol(`5/QĐ-${'a'.repeat(150)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(`'${'a'.repeat(40)}…'`);
      expect(result.reason.length).toBeLessThan(140);
    }
  });

  // Checked against the old regular-expression reading on 300,000 random short texts: no difference.
  it('the linear reading keeps what the old one did with spaces and trailing punctuation', () => {
    const read = (text: string) => {
      const result = parseNumberSymbol(text);
      return result.ok ? result.value.normalized : result.reason;
    };
    expect(read(' Số :  12 \t/ BC -\u00A0MTTQ - BTT ..,; ')).toBe('12/BC-MTTQ-BTT');
    expect(read('56 -  - NQ/TU')).toBe("Mã loại '-NQ' không có trong danh mục Nghị định 30 hoặc Hướng dẫn 36.");
    expect(read('12/BC-MTTQ BTT.')).toBe("Số ký hiệu có khoảng trắng ở giữa ('MTTQ BTT'): giữa các phần phải là dấu '-' hoặc '/'.");
    expect(read('56  NQ/TU')).toBe("Số ký hiệu có ký tự không hợp lệ ' '.");
  });
});

/** A paragraph inside `levels` bullet lists, each the only item of the one around it. */
function nestedLists(levels: number): BlockNode {
  let block: BlockNode = rt.paragraph('Đoạn trong cùng');
  for (let i = 0; i < levels; i++) block = { type: 'bulletList', content: [{ type: 'listItem', content: [block] }] };
  return block;
}

describe('a document body nested deeper than a document can be', () => {
  const TOO_DEEP = `Nội dung văn bản có danh sách, bảng lồng nhau quá nhiều cấp (tối đa ${RICH_TEXT_MAX_NESTING} cấp).`;

  function savedDocument() {
    saveProfile(core);
    const created = core.must('documents:create', { kind: 'bao_cao', summary: 'Báo cáo thử' });
    return documentSaveInput(core.must('documents:get', { id: created.id }));
  }

  it('1,000 nested lists: answered with the nesting limit in Vietnamese, nothing written', () => {
    const doc = savedDocument();
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.dispatch('documents:save', { ...doc, body: rt.doc([nestedLists(1000)]) }), 'VALIDATION');
    expect(message).toBe(TOO_DEEP);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('content inside content 1,000 levels deep without any node type is refused the same way', () => {
    let junk: unknown = { text: 'x' };
    for (let i = 0; i < 1000; i++) junk = { content: [junk] };
    const message = expectFailure(core.dispatch('documents:save', { ...savedDocument(), body: { type: 'doc', content: [junk] } }), 'VALIDATION');
    expect(message).toBe(TOO_DEEP);
  });

  it('the limit itself is accepted and one level more is refused', () => {
    const doc = savedDocument();
    expect(core.dispatch('documents:save', { ...doc, body: rt.doc([nestedLists(RICH_TEXT_MAX_NESTING)]) }).ok).toBe(true);
    const again = documentSaveInput(core.must('documents:get', { id: doc.id }));
    const message = expectFailure(core.dispatch('documents:save', { ...again, body: rt.doc([nestedLists(RICH_TEXT_MAX_NESTING + 1)]) }), 'VALIDATION');
    expect(message).toBe(TOO_DEEP);
  });

  it('a body that refers to itself is refused, not looped on', () => {
    const item: { type: 'listItem'; content: unknown[] } = { type: 'listItem', content: [] };
    item.content.push({ type: 'bulletList', content: [item] });
    const message = expectFailure(core.dispatch('documents:save', { ...savedDocument(), body: { type: 'doc', content: [{ type: 'bulletList', content: [item] }] } }), 'VALIDATION');
    expect(message).toBe(TOO_DEEP);
  });

  it('a node of an unknown type is named as invalid without descending into it', () => {
    let junk: unknown = { type: 'paragraph' };
    for (let i = 0; i < 8; i++) junk = { type: 'khung', content: [junk, junk, junk] };
    const message = expectFailure(core.dispatch('documents:save', { ...savedDocument(), body: { type: 'doc', content: [junk] } }), 'VALIDATION');
    expect(message).not.toMatch(/Đầu vào không hợp lệ|mong đợi/);
  });
});

describe('validation inside the error boundary of the dispatcher', () => {
  it('an input whose reading throws is answered with VALIDATION in Vietnamese, and logged without its data', () => {
    const logged: Array<[string, unknown]> = [];
    const dispatch = createDispatch(core.ctx, handlers, { logError: (channel, error) => logged.push([channel, error]) });
    const hostile = {
      get id() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const message = expectFailure(settledResult(dispatch('meetings:get', hostile)), 'VALIDATION');
    expect(message).toBe(UNCHECKABLE_INPUT_MESSAGE);
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toBe('meetings:get');
    expect(logged[0]![1]).toBeInstanceOf(RangeError);
  });
});

describe('limits answered through the dispatcher in words naming the field', () => {
  function meeting() {
    const created = core.must('meetings:create', { title: 'Hội nghị giao ban', kind: 'giao_ban', startAt: '2026-03-10T08:00' });
    const { uuid: _uuid, createdAt: _createdAt, updatedAt, ...rest } = core.must('meetings:get', { id: created.id });
    return { ...rest, baseUpdatedAt: updatedAt };
  }
  const row = () => ({ id: crypto.randomUUID(), content: 'Kết luận' });

  it('a list one row over its limit', () => {
    const tooMany = Array.from({ length: 501 }, row);
    const message = expectFailure(core.dispatch('meetings:save', { ...meeting(), conclusions: tooMany }), 'VALIDATION');
    expect(message).toBe('Danh sách kết luận có tối đa 500 kết luận.');
  });

  it('a record id beyond 2^53', () => {
    expect(expectFailure(core.dispatch('meetings:get', { id: 2 ** 53 + 2 }), 'VALIDATION')).toBe('Mã bản ghi không hợp lệ.');
  });

  it('a page size beyond 2^53 and a page size over the limit say the same about the same field', () => {
    const expected = 'Số dòng mỗi trang phải là số nguyên từ 1 đến 200.';
    expect(expectFailure(core.dispatch('meetings:list', { pageSize: 2 ** 53 + 2 }), 'VALIDATION')).toBe(expected);
    expect(expectFailure(core.dispatch('tasks:list', { pageSize: 201 }), 'VALIDATION')).toBe(expected);
  });

  it('a rich-text body with too many formats on a run of text, and a table row of 51 cells', () => {
    saveProfile(core);
    const created = core.must('documents:create', { kind: 'bao_cao', summary: 'Báo cáo thử' });
    const doc = documentSaveInput(core.must('documents:get', { id: created.id }));
    const marks = [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'bold' }];
    const bold = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Chữ', marks }] }] };
    expect(expectFailure(core.dispatch('documents:save', { ...doc, body: bold }), 'VALIDATION')).toBe(
      'Danh sách kiểu chữ của một đoạn chữ có tối đa 3 kiểu (đậm, nghiêng, gạch chân).',
    );
    const cell = { type: 'tableCell', content: [{ type: 'paragraph' }] };
    const table = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: Array.from({ length: 51 }, () => cell) }] }] };
    expect(expectFailure(core.dispatch('documents:save', { ...doc, body: table }), 'VALIDATION')).toBe(
      'Danh sách ô của một dòng trong bảng có tối đa 50 ô.',
    );
  });

  it('a text over its limit names the field', () => {
    const message = expectFailure(core.dispatch('people:save', { fullName: 'Lê Văn A', title: 'x'.repeat(301) }), 'VALIDATION');
    expect(message).toBe('Chức vụ quá dài (tối đa 300 ký tự).');
  });
});
