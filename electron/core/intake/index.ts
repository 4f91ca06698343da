/**
 * Reading a meeting out of a text or a Word file (issue 11). `analyse*` propose; nothing here
 * writes to the database (services/intake.ts does, once the user has confirmed).
 */
import { INTAKE_MAX_CHARS, type IntakeProposal } from '../../../shared/schemas/intake';
import { AppError } from '../errors';
import { blocksToText } from './docx/to-text';
import { readDocx } from './docx/read-docx';
import { extractMeeting } from './extract';
import { hasReadableWords, looksBinary } from './normalise';

export const INTAKE_MESSAGES = {
  empty: 'Chưa có nội dung để đọc. Hãy dán bài viết, ghi chép hoặc chọn tệp Word.',
  binary: 'Nội dung dán vào không phải là chữ (có thể là ảnh hoặc tệp nhị phân). Hãy sao chép phần chữ của bài viết hoặc chọn tệp Word (.docx).',
  noWords: 'Nội dung dán vào không có chữ để đọc.',
  tooLong: `Văn bản quá dài để đọc một lần (tối đa ${INTAKE_MAX_CHARS.toLocaleString('vi-VN')} ký tự, khoảng 150 trang). Hãy dán riêng phần nói về hội nghị.`,
  emptyDocx: 'Tệp Word không có chữ nào để đọc.',
} as const;

export interface AnalyseOptions {
  today: Date;
  fileName?: string;
}

/** A pasted text or a .txt file: checked, then read. */
export function analyseText(raw: string, options: AnalyseOptions): IntakeProposal {
  if (raw.trim() === '') throw new AppError('VALIDATION', INTAKE_MESSAGES.empty);
  if (raw.length > INTAKE_MAX_CHARS) throw new AppError('VALIDATION', INTAKE_MESSAGES.tooLong);
  if (looksBinary(raw)) throw new AppError('VALIDATION', INTAKE_MESSAGES.binary);
  if (!hasReadableWords(raw)) throw new AppError('VALIDATION', INTAKE_MESSAGES.noWords);
  return extractMeeting(raw, { today: options.today, sourceKind: 'text', fileName: options.fileName ?? '' });
}

/** The text a .docx reads as (paragraphs, lists with their numbers, tables). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { blocks } = await readDocx(bytes);
  return blocksToText(blocks);
}

export async function analyseDocx(bytes: Uint8Array, options: AnalyseOptions): Promise<IntakeProposal> {
  const started = performance.now();
  const text = await docxText(bytes);
  if (!hasReadableWords(text)) throw new AppError('VALIDATION', INTAKE_MESSAGES.emptyDocx);
  if (text.length > INTAKE_MAX_CHARS) throw new AppError('VALIDATION', INTAKE_MESSAGES.tooLong);
  const proposal = extractMeeting(text, { today: options.today, sourceKind: 'docx', fileName: options.fileName ?? '' });
  return { ...proposal, elapsedMs: Math.round((performance.now() - started) * 10) / 10 };
}
