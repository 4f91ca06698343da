/**
 * Reads a .docx as the reader needs it: every paragraph and every table of word/document.xml in
 * order, with the list numbers Word computes, and the direct formatting (bold, italic, centred)
 * that official documents use instead of styles. Text boxes are read once (not twice through
 * their fallback copy), deleted revisions and field instructions are skipped.
 *
 * Files that are not a .docx are refused with a Vietnamese sentence: a Word 97–2003 .doc, a
 * password-protected file (an encrypted OLE package), another Office file, a damaged zip.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../errors';
import { EMPTY_NUMBERING, ListCounter, type LevelDefinition, type NumberingDefinitions } from './numbering';

export interface DocxParagraph {
  type: 'paragraph';
  text: string;
  /** Every run with text is bold / italic. */
  bold: boolean;
  italic: boolean;
  align: string | null;
  style: string;
  /** "1.", "a)", "-" when the paragraph is a list item. */
  listLabel: string;
}

export interface DocxTable {
  type: 'table';
  /** rows → cells → the cell's paragraphs (nested tables flattened into their cell). */
  rows: DocxParagraph[][][];
}

export type DocxBlock = DocxParagraph | DocxTable;

export const DOCX_MESSAGES = {
  empty: 'Tệp đã chọn trống (0 byte), không có gì để đọc.',
  encrypted: 'Tệp Word này được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi chọn lại.',
  legacyDoc: 'Đây là tệp Word cũ (.doc, Word 97–2003). Hãy mở bằng Word và chọn "Lưu thành" kiểu .docx rồi chọn lại tệp mới.',
  notDocx: 'Tệp này không phải tệp Word (.docx). Hãy chọn tệp biên bản, báo cáo soạn bằng Word.',
  otherOffice: (what: string) => `Đây là tệp ${what}, không phải tệp Word (.docx). Hãy chọn tệp soạn bằng Word.`,
  damaged: 'Tệp Word bị hỏng hoặc chưa tải về đầy đủ nên không đọc được. Hãy mở thử bằng Word; nếu Word mở được, hãy lưu lại rồi chọn lại.',
  tooBig: 'Nội dung tệp Word quá lớn để đọc (hơn 60 MB chữ sau khi giải nén).',
} as const;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAX_DOCUMENT_XML = 60 * 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** An OLE compound file holding "EncryptedPackage" is an Office file protected by a password. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const utf16 = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i += 1) utf16[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + utf16.length <= bytes.length; i += 1) {
    for (let j = 0; j < utf16.length; j += 1) if (bytes[i + j] !== utf16[j]) continue outer;
    return true;
  }
  return false;
}

const refuse = (message: string, cause?: unknown) => new AppError('VALIDATION', message, cause === undefined ? undefined : { cause });

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.byteLength === 0) throw refuse(DOCX_MESSAGES.empty);
  if (startsWith(bytes, OLE_SIGNATURE)) throw refuse(isEncryptedPackage(bytes) ? DOCX_MESSAGES.encrypted : DOCX_MESSAGES.legacyDoc);
  if (!startsWith(bytes, [0x50, 0x4b])) throw refuse(DOCX_MESSAGES.notDocx);
  try {
    return await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw refuse(DOCX_MESSAGES.damaged, error);
  }
}

async function part(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  if (!file) return null;
  // The size the zip declares, checked before inflating: a small file must not unpack to gigabytes.
  const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (declared > MAX_DOCUMENT_XML) throw refuse(DOCX_MESSAGES.tooBig);
  try {
    return await file.async('string');
  } catch (error) {
    throw refuse(DOCX_MESSAGES.damaged, error);
  }
}

function parse(xml: string, handlers: { open(tag: SaxesTagPlain): void; close(name: string): void; text(text: string): void }): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', handlers.open);
  parser.on('closetag', (tag) => handlers.close(tag.name));
  parser.on('text', handlers.text);
  try {
    parser.write(xml).close();
  } catch (error) {
    throw refuse(DOCX_MESSAGES.damaged, error);
  }
}

const attr = (tag: SaxesTagPlain, name: string): string | undefined => {
  const value = tag.attributes[name];
  return typeof value === 'string' ? value : undefined;
};

/** "w:b" and "w:b w:val='1'" are on; "w:val='0' | 'false' | 'off'" is off. */
const isOn = (tag: SaxesTagPlain) => !['0', 'false', 'off', 'none'].includes(attr(tag, 'w:val') ?? 'true');

function readNumbering(xml: string | null): NumberingDefinitions {
  if (!xml) return EMPTY_NUMBERING;
  const abstract = new Map<string, LevelDefinition[]>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  let currentAbstract: string | null = null;
  let currentLevel: { index: number; def: LevelDefinition } | null = null;
  let currentNum: string | null = null;
  let overrideLevel: number | null = null;
  parse(xml, {
    open(tag) {
      switch (tag.name) {
        case 'w:abstractNum':
          currentAbstract = attr(tag, 'w:abstractNumId') ?? null;
          if (currentAbstract !== null) abstract.set(currentAbstract, []);
          break;
        case 'w:lvl':
          if (currentAbstract !== null) currentLevel = { index: Number(attr(tag, 'w:ilvl') ?? 0), def: { format: 'decimal', text: '%1.', start: 1 } };
          break;
        case 'w:numFmt':
          if (currentLevel) currentLevel.def.format = attr(tag, 'w:val') ?? 'decimal';
          break;
        case 'w:lvlText':
          if (currentLevel) currentLevel.def.text = attr(tag, 'w:val') ?? '';
          break;
        case 'w:start':
          if (currentLevel) currentLevel.def.start = Number(attr(tag, 'w:val') ?? 1);
          break;
        case 'w:num':
          currentNum = attr(tag, 'w:numId') ?? null;
          if (currentNum !== null) nums.set(currentNum, { abstractId: '', overrides: new Map() });
          break;
        case 'w:abstractNumId':
          if (currentNum !== null) nums.get(currentNum)!.abstractId = attr(tag, 'w:val') ?? '';
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(attr(tag, 'w:ilvl') ?? 0);
          break;
        case 'w:startOverride':
          if (currentNum !== null && overrideLevel !== null) nums.get(currentNum)!.overrides.set(overrideLevel, Number(attr(tag, 'w:val') ?? 1));
          break;
      }
    },
    close(name) {
      if (name === 'w:lvl' && currentLevel && currentAbstract !== null) {
        abstract.get(currentAbstract)![currentLevel.index] = currentLevel.def;
        currentLevel = null;
      }
      if (name === 'w:abstractNum') currentAbstract = null;
      if (name === 'w:num') currentNum = null;
      if (name === 'w:lvlOverride') overrideLevel = null;
    },
    text() {},
  });
  const levels = new Map<string, LevelDefinition[]>();
  for (const [numId, num] of nums) {
    const base = abstract.get(num.abstractId) ?? [];
    levels.set(
      numId,
      base.map((def, index) => ({ ...def, start: num.overrides.get(index) ?? def.start })),
    );
  }
  return { levels };
}

/** Styles that number their paragraphs ("List Number") and the headings' style ids. */
function readStyleNumbering(xml: string | null): Map<string, { numId: string; level: number }> {
  const out = new Map<string, { numId: string; level: number }>();
  if (!xml) return out;
  let style: string | null = null;
  let numId: string | null = null;
  let level = 0;
  parse(xml, {
    open(tag) {
      if (tag.name === 'w:style') {
        style = attr(tag, 'w:styleId') ?? null;
        numId = null;
        level = 0;
      }
      if (style && tag.name === 'w:numId') numId = attr(tag, 'w:val') ?? null;
      if (style && tag.name === 'w:ilvl') level = Number(attr(tag, 'w:val') ?? 0);
    },
    close(name) {
      if (name === 'w:style') {
        if (style && numId && numId !== '0') out.set(style, { numId, level });
        style = null;
      }
    },
    text() {},
  });
  return out;
}

interface ParagraphBuilder {
  text: string;
  runs: Array<{ text: string; bold: boolean; italic: boolean }>;
  runBold: boolean;
  runItalic: boolean;
  runText: string;
  align: string | null;
  style: string;
  numId: string | null;
  level: number;
}

function newParagraph(): ParagraphBuilder {
  return { text: '', runs: [], runBold: false, runItalic: false, runText: '', align: null, style: '', numId: null, level: 0 };
}

/** The blocks of word/document.xml in reading order. */
function readBody(xml: string, numbering: NumberingDefinitions, styleNumbering: Map<string, { numId: string; level: number }>): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const counter = new ListCounter(numbering);
  const paragraphs: ParagraphBuilder[] = [];
  /** Open tables: rows of cells of paragraphs. */
  const tables: DocxParagraph[][][][] = [];
  let inText = false;
  let skipDepth = 0; // inside w:del, mc:Fallback, w:instrText …
  let inRunProps = false;
  let inParagraphProps = false;

  const emit = (paragraph: DocxParagraph) => {
    const table = tables[tables.length - 1];
    if (table) {
      const row = table[table.length - 1];
      const cell = row?.[row.length - 1];
      if (cell) {
        cell.push(paragraph);
        return;
      }
    }
    blocks.push(paragraph);
  };

  parse(xml, {
    open(tag) {
      if (skipDepth > 0) {
        skipDepth += 1;
        return;
      }
      const p = paragraphs[paragraphs.length - 1];
      switch (tag.name) {
        case 'w:del':
        case 'w:moveFrom':
        case 'mc:Fallback':
        case 'w:instrText':
        case 'w:delText':
          skipDepth = 1;
          break;
        case 'w:p':
          paragraphs.push(newParagraph());
          break;
        case 'w:pPr':
          inParagraphProps = true;
          break;
        case 'w:rPr':
          if (!inParagraphProps) inRunProps = true;
          break;
        case 'w:r':
          if (p) {
            p.runBold = false;
            p.runItalic = false;
            p.runText = '';
          }
          break;
        case 'w:b':
          if (p && inRunProps) p.runBold = isOn(tag);
          break;
        case 'w:i':
          if (p && inRunProps) p.runItalic = isOn(tag);
          break;
        case 'w:jc':
          if (p && inParagraphProps) p.align = attr(tag, 'w:val') ?? null;
          break;
        case 'w:pStyle':
          if (p && inParagraphProps) p.style = attr(tag, 'w:val') ?? '';
          break;
        case 'w:numId':
          if (p && inParagraphProps) p.numId = attr(tag, 'w:val') ?? null;
          break;
        case 'w:ilvl':
          if (p && inParagraphProps) p.level = Number(attr(tag, 'w:val') ?? 0);
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          if (p && !inParagraphProps) p.runText += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (p) p.runText += '\n';
          break;
        case 'w:noBreakHyphen':
          if (p) p.runText += '-';
          break;
        case 'w:tbl':
          tables.push([]);
          break;
        case 'w:tr':
          tables[tables.length - 1]?.push([]);
          break;
        case 'w:tc': {
          const table = tables[tables.length - 1];
          table?.[table.length - 1]?.push([]);
          break;
        }
      }
    },
    text(text) {
      if (skipDepth > 0 || !inText) return;
      const p = paragraphs[paragraphs.length - 1];
      if (p) p.runText += text;
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth -= 1;
        return;
      }
      const p = paragraphs[paragraphs.length - 1];
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:pPr':
          inParagraphProps = false;
          break;
        case 'w:rPr':
          inRunProps = false;
          break;
        case 'w:r':
          if (p && p.runText !== '') {
            p.runs.push({ text: p.runText, bold: p.runBold, italic: p.runItalic });
            p.text += p.runText;
            p.runText = '';
          }
          break;
        case 'w:p': {
          const done = paragraphs.pop();
          if (!done) break;
          const styled = done.numId === null ? styleNumbering.get(done.style) : undefined;
          const numId = done.numId ?? styled?.numId ?? null;
          const level = done.numId !== null ? done.level : (styled?.level ?? 0);
          const visible = done.runs.filter((r) => r.text.trim() !== '');
          emit({
            type: 'paragraph',
            text: done.text,
            bold: visible.length > 0 && visible.every((r) => r.bold),
            italic: visible.length > 0 && visible.every((r) => r.italic),
            align: done.align,
            style: done.style,
            listLabel: numId !== null && done.text.trim() !== '' ? counter.label(numId, level) : '',
          });
          break;
        }
        case 'w:tbl': {
          const table = tables.pop();
          if (!table) break;
          const parent = tables[tables.length - 1];
          if (parent) {
            // A table inside a cell: its paragraphs join that cell, row by row.
            const row = parent[parent.length - 1];
            const cell = row?.[row.length - 1];
            if (cell) for (const r of table) for (const c of r) cell.push(...c);
          } else {
            blocks.push({ type: 'table', rows: table });
          }
          break;
        }
      }
    },
  });
  return blocks;
}

export interface ReadDocxResult {
  blocks: DocxBlock[];
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocxResult> {
  const zip = await openZip(bytes);
  const document = await part(zip, 'word/document.xml');
  if (document === null) {
    if (zip.file('xl/workbook.xml')) throw refuse(DOCX_MESSAGES.otherOffice('Excel'));
    if (zip.file('ppt/presentation.xml')) throw refuse(DOCX_MESSAGES.otherOffice('PowerPoint'));
    throw refuse(DOCX_MESSAGES.notDocx);
  }
  const numbering = readNumbering(await part(zip, 'word/numbering.xml'));
  const styles = readStyleNumbering(await part(zip, 'word/styles.xml'));
  return { blocks: readBody(document, numbering, styles) };
}
