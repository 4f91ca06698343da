import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NUMBER_SYMBOL_MAX_LENGTH, parseNumberSymbol } from '../../shared/number-symbol-parser';
import { openTestCore, type TestCore } from '../support/core';
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
