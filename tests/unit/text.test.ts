import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeLine, normalizeMultiline, vietnameseCollator } from '../../shared/text';

const NFC_TITLE = 'Hội nghị tổng kết công tác Mặt trận năm 2025';
const NFD_TITLE = NFC_TITLE.normalize('NFD');

describe('normalizeLine', () => {
  it('turns NFD input (combining tone marks) into NFC', () => {
    expect(NFD_TITLE).not.toBe(NFC_TITLE);
    expect(NFD_TITLE.length).toBeGreaterThan(NFC_TITLE.length);
    const result = normalizeLine(NFD_TITLE);
    expect(result).toBe(NFC_TITLE);
    expect(result.length).toBe(NFC_TITLE.length);
  });

  it('makes non-breaking and other odd spaces plain and collapses runs', () => {
    expect(normalizeLine('Ủy\u00A0ban\u202FMTTQ\u2003tỉnh')).toBe('Ủy ban MTTQ tỉnh');
    expect(normalizeLine('  Ban   Thường\t\ttrực \u3000 ')).toBe('Ban Thường trực');
  });

  it('removes zero-width characters and the BOM', () => {
    expect(normalizeLine('\uFEFFĐảng\u200B ủy\u200C\u200D')).toBe('Đảng ủy');
  });

  it('makes a line of one line: line breaks become spaces', () => {
    expect(normalizeLine('Nguyễn Văn\r\nA')).toBe('Nguyễn Văn A');
  });

  it('returns an empty string for whitespace-only input', () => {
    expect(normalizeLine(' \u00A0\u200B\t ')).toBe('');
  });
});

describe('normalizeMultiline', () => {
  it('keeps paragraphs, tidies spaces inside lines and turns CRLF into LF', () => {
    const input = '  Đoạn\u00A0một  \r\nĐoạn   hai\t\rĐoạn ba  ';
    expect(normalizeMultiline(input)).toBe('Đoạn một\nĐoạn hai\nĐoạn ba');
  });

  it('keeps at most one empty line between paragraphs and trims the ends', () => {
    expect(normalizeMultiline('\n\nMột\n\n\n\n\nHai\n\n')).toBe('Một\n\nHai');
    expect(normalizeMultiline('Một\n \u00A0 \n\nHai')).toBe('Một\n\nHai');
  });

  it('turns NFD into NFC and removes zero-width characters', () => {
    const result = normalizeMultiline(`${NFD_TITLE}\u200B\n${'Kết luận'.normalize('NFD')}`);
    expect(result).toBe(`${NFC_TITLE}\nKết luận`);
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Đảng ủy', 'dang uy'],
    ['ĐOÀN', 'doan'],
    ['đoàn thanh niên', 'doan thanh nien'],
    ['Hội Liên hiệp Phụ nữ', 'hoi lien hiep phu nu'],
    ['Ủy ban MTTQ Việt Nam', 'uy ban mttq viet nam'],
    ['Hiệp thương', 'hiep thuong'],
    ['  Quảng\u00A0  Ninh ', 'quang ninh'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('folds NFD and NFC input to the same string', () => {
    expect(foldForSearch(NFD_TITLE)).toBe(foldForSearch(NFC_TITLE));
    expect(foldForSearch(NFD_TITLE)).toBe('hoi nghi tong ket cong tac mat tran nam 2025');
  });

  it('removes zero-width characters', () => {
    expect(foldForSearch('Đảng\u200B ủy\uFEFF')).toBe('dang uy');
  });

  it('keeps LIKE wildcards as ordinary characters (escaping is the repository’s job)', () => {
    expect(foldForSearch('50%_Đạt')).toBe('50%_dat');
  });
});

describe('vietnameseCollator', () => {
  it('sorts Đ after D and ignores case', () => {
    const names = ['Đoàn', 'Dũng', 'An', 'bình'];
    expect([...names].sort(vietnameseCollator.compare)).toEqual(['An', 'bình', 'Dũng', 'Đoàn']);
  });
});

/**
 * Why search folds text in JavaScript instead of relying on SQLite's full-text tokenizer:
 * unicode61 with remove_diacritics removes tone marks but does NOT fold đ to d (đ is a letter
 * of its own in Unicode, not d with a combining mark).
 */
describe('SQLite FTS5 unicode61 remove_diacritics (measured)', () => {
  for (const removeDiacritics of [1, 2]) {
    it(`remove_diacritics ${removeDiacritics}: tone marks fold, đ does not`, () => {
      const db = new Database(':memory:');
      try {
        db.exec(`CREATE VIRTUAL TABLE f USING fts5(t, tokenize = 'unicode61 remove_diacritics ${removeDiacritics}')`);
        db.prepare('INSERT INTO f (t) VALUES (?)').run('Đảng ủy xã Tân Lập');
        const matches = (query: string) =>
          (db.prepare('SELECT count(*) AS n FROM f WHERE f MATCH ?').get(query) as { n: number }).n;
        // Tone marks are removed: "uy" finds "ủy", "tan" finds "Tân".
        expect(matches('uy')).toBe(1);
        expect(matches('tan')).toBe(1);
        // đ is not folded: "dang" does not find "Đảng"; only a query spelled with đ does.
        expect(matches('dang')).toBe(0);
        expect(matches('đang')).toBe(1);
        // Our own fold does what users expect.
        expect(foldForSearch('Đảng ủy xã Tân Lập')).toContain('dang');
      } finally {
        db.close();
      }
    });
  }
});
