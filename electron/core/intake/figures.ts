/**
 * The figures a report quotes: "38,6 tỷ đồng", "612 nhà Đại đoàn kết", "217/217 xã, phường, thị
 * trấn", "100% cơ sở hội". A number counts only with a unit of something done or counted; dates,
 * times, symbols, terms ("nhiệm kỳ 2024 - 2029"), durations ("6 tháng") and head counts of the
 * meeting itself ("21/23 đồng chí") are left out.
 */
import type { TextSpan } from '../../../shared/schemas/intake';
import { fold as foldForSearch, foldIndexed } from './fold';

/** Units, folded; the longest is tried first. */
const UNITS = [
  'ty dong', 'trieu dong', 'nghin dong', 'ngan dong', 'dong', 'suat qua', 'phan qua', 'xuat qua', 'nha dai doan ket', 'nha tinh nghia',
  'nha tinh thuong', 'nha', 'ho ngheo', 'ho can ngheo', 'ho', 'nguoi', 'luot', 'cuoc giam sat', 'cuoc', 'hoi nghi', 'khu dan cu', 'xa',
  'phuong', 'thi tran', 'quan', 'huyen', 'thon', 'ban', 'to', 'don thu', 'don', 'cong trinh', 'chuong trinh', 'mo hinh', 'doan vien',
  'hoi vien', 'dai bieu', 'co so', 'to chuc', 'tap the', 'ca nhan', 'ban cong tac mat tran', 'km', 'ha', 'tan', 'buoi', 'lop',
  'dot', 'van ban', 'y kien', 'kien nghi', 'phong trao', 'gia dinh', 'tre em', 'hoc sinh', 'sinh vien', 'can bo', 'vu viec', 'vu',
  'tuyen duong', 'cay', 'con', 'ban tin', 'tin bai', 'bai',
].sort((a, b) => b.length - a.length);

/** Words that end a figure's tail. */
const TAIL_STOP = /^(da|duoc|voi|va|dat|trong|cua|cho|la|co|tai|o|de|vao|tu|nham|tren|theo|gom|bang|khi|thi|nhu|ve|do|nen|tham|ho tro|xay|sua|tang|giam|so voi)$/;

const NUMBER = /(?<![\p{L}\d/.,:-])(?:(?:hơn|trên|gần|khoảng|gần|đạt)\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(\s?\/\s?\d+)?(\s?%)?/giu;

export interface ReadFigure {
  text: string;
  span: TextSpan;
}

function overlaps(span: TextSpan, spans: readonly TextSpan[]): boolean {
  return spans.some((o) => span.start < o.end && span.end > o.start);
}

export function findFigures(text: string, excluded: readonly TextSpan[]): ReadFigure[] {
  const out: ReadFigure[] = [];
  const folded = foldIndexed(text);
  for (const match of text.matchAll(NUMBER)) {
    const numberStart = match.index + match[0].indexOf(match[1]!);
    let end = match.index + match[0].length;
    if (overlaps({ start: numberStart, end }, excluded)) continue;
    const before = folded.slice(Math.max(0, numberStart - 14), numberStart);
    // Years, terms, ordinals and durations are not figures.
    if (/(nam|nhiem ky|khoa|lan thu|thu|so|ky|dot|giai doan|dien thoai|tang|khu|thon|to|phong)\s*$/.test(before) && !match[3]) continue;
    const value = match[1]!;
    if (/^(19|20)\d\d$/.test(value) && !match[2] && !match[3]) continue;
    const after = text.slice(end, end + 80);
    if (!/^\s/.test(after) && !match[3]) continue;
    const foldedAfter = folded.slice(end, end + 80).replace(/^\s+/, ' ');
    const isRatio = Boolean(match[2]);
    const isPercent = Boolean(match[3]);
    const unit = UNITS.find((u) => foldedAfter.startsWith(` ${u}`) && !/[a-z]/.test(foldedAfter.charAt(u.length + 1)));
    if (!unit && !isPercent) continue;
    if (/^ (thang|nam|ngay|tuan|gio|phut|dong chi|luot xem)\b/.test(foldedAfter) && !isPercent) continue;
    if (unit) end += unit.length + 1;
    // The tail names what was counted: up to four words, stopping at a function word or verb.
    const tail = text.slice(end).match(/^(?:\s+[\p{L}'’-]+){1,2}/u)?.[0] ?? '';
    let kept = '';
    for (const word of tail.split(/\s+/).filter(Boolean)) {
      const f = foldForSearch(word);
      if (TAIL_STOP.test(f)) break;
      if (unit && /^[\p{Ll}]/u.test(word) && kept === '' && !isRatio && !/^[\p{Lu}]/u.test(word) && unit.split(' ').length >= 2) break;
      kept += ` ${word}`;
    }
    if (isRatio && unit) {
      // "217/217 xã, phường, thị trấn": the list of kinds of place after the first one.
      const places = text.slice(end).match(/^(?:,\s*(?:xã|phường|thị trấn|quận|huyện|thị xã|thành phố|đặc khu))+/u)?.[0] ?? '';
      end += places.length;
      kept = '';
    }
    end += kept.length;
    const start = match.index;
    const figure = text.slice(start, end).replace(/[\s,.;:]+$/u, '');
    if (figure.length < 2) continue;
    const span = { start, end: start + figure.length };
    if (overlaps(span, excluded)) continue;
    out.push({ text: figure, span });
  }
  // "50 người ứng cử" and later "50 người": the longer one is the figure.
  return out.filter((f) => !out.some((g) => g !== f && g.text.length > f.text.length && foldForSearch(g.text).startsWith(foldForSearch(f.text))));
}
