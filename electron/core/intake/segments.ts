import type { TextSpan } from '../../../shared/schemas/intake';

/**
 * The normalised text cut into lines (paragraphs) and sentences, each with its offsets, so that
 * every extractor can say where in the source a proposal came from.
 */

export interface Segment extends TextSpan {
  text: string;
}

export interface Paragraph extends Segment {
  index: number;
  sentences: Segment[];
}

export interface SourceDoc {
  text: string;
  paragraphs: Paragraph[];
}

/**
 * Words after which a full stop does not end the sentence: "TP. Hạ Long", "TS. Nguyễn…",
 * "v.v." and initials. Compared without case.
 */
const ABBREVIATIONS = new Set(['tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'tx', 'tt', 'q', 'p', 'h', 'x', 'v.v', 'đ/c', 'đc', 'st', 'ttg']);

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}./]+)$/u.exec(text.slice(Math.max(0, dot - 8), dot));
  if (!before) return false;
  return ABBREVIATIONS.has(before[1]!.toLowerCase());
}

/** Sentence ends: . ! ? … (and "./.") followed by a space and a capital, a digit or a quote. */
function splitSentences(text: string, offset: number): Segment[] {
  const sentences: Segment[] = [];
  let start = 0;
  const pattern = /([.!?…]+)(["”’)]*)(\s+)(?=[\p{Lu}\d"“‘(-])/gu;
  for (const match of text.matchAll(pattern)) {
    const dot = match.index;
    if (match[1] === '.' && endsWithAbbreviation(text, dot)) continue;
    // "1. Nội dung" inside a sentence is a list number, not an end.
    if (match[1] === '.' && /(^|\s)\d{1,2}$/.test(text.slice(Math.max(0, dot - 3), dot)) && dot - start < 4) continue;
    const end = dot + match[1]!.length + match[2]!.length;
    pushTrimmed(sentences, text, start, end, offset);
    start = end + match[3]!.length;
  }
  pushTrimmed(sentences, text, start, text.length, offset);
  return sentences;
}

function pushTrimmed(out: Segment[], text: string, start: number, end: number, offset: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) out.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
}

export function segment(text: string): SourceDoc {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      paragraphs.push({
        index: paragraphs.length,
        start: offset,
        end: offset + line.length,
        text: line,
        sentences: splitSentences(line, offset),
      });
    }
    offset += line.length + 1;
  }
  return { text, paragraphs };
}

/** The span of `part` found inside `segment` at or after `from` (relative to the segment). */
export function spanOf(segmentStart: number, segmentText: string, part: string, from = 0): TextSpan | null {
  const at = segmentText.indexOf(part, from);
  return at < 0 ? null : { start: segmentStart + at, end: segmentStart + at + part.length };
}

export function sliceSpan(doc: SourceDoc, span: TextSpan): string {
  return doc.text.slice(span.start, span.end);
}
