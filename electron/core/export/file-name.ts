import { DOCUMENT_KIND, DOCUMENT_TYPE_NAME } from '../../../shared/domain';
import type { DocumentRecord } from '../../../shared/schemas/document';
import { foldForSearch } from '../../../shared/text';

const MAX_LENGTH = 80;

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;

/**
 * How exported files are named. Plain ASCII is the default: files are e-mailed, zipped and
 * uploaded onward, and some of those tools still mangle "Biên bản" into "BiÃªn báº£n". A committee
 * that only keeps its files on its own PCs can choose names in full Vietnamese (Hồ sơ Ủy ban).
 */
export interface FileNameStyle {
  accented: boolean;
}

export const ASCII_FILE_NAMES: FileNameStyle = { accented: false };

/** One word of a name: as it is written in the name, and what the cut needs to know about it. */
interface Word {
  text: string;
  /** The word as typed, lower-cased and without punctuation around it ("năm", "của"). */
  plain: string;
  capitalised: boolean;
  /** It ends a clause: "2022,", "Khanh;", "(…)". */
  endsClause: boolean;
}

/** A capital after the first letter: an abbreviation or a number-symbol ("UBND", "HĐND", "12-KH-MTTQ", "QĐi"). */
const ABBREVIATION = /^[^\p{L}]*\p{L}.*\p{Lu}/u;

/**
 * A word of the name: plain ASCII without tone marks (đ → d), lower-cased except abbreviations
 * and symbols ("UBND", "QDi"), or kept as typed (NFC).
 */
function written(word: string, style: FileNameStyle): string {
  if (style.accented) return word;
  const folded = ABBREVIATION.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D') : foldForSearch(word);
  return folded.replace(/[^\x20-\x7E]/g, '');
}

/**
 * A slash after a digit joins what it separates: "01/01/2026" → "01-01-2026", "12/KH-MTTQ" →
 * "12-KH-MTTQ" (other characters Windows forbids become spaces).
 */
function legalText(text: string): string {
  return text.normalize('NFC').replace(/(\d)\/(?=[\p{L}\p{N}])/gu, '$1-').replace(ILLEGAL, ' ');
}

/** Text made safe for a file name in the given style, spaces tidied. */
export function fileNameText(text: string, style: FileNameStyle): string {
  const legal = legalText(text);
  return legal
    .split(/\s+/)
    .map((word) => written(word, style))
    .filter((word) => word !== '')
    .join(' ');
}

/** Plain ASCII without tone marks (đ → d), for file names that survive every zip tool and e-mail client. */
export function ascii(text: string): string {
  return fileNameText(text, ASCII_FILE_NAMES);
}

function wordsOf(text: string, style: FileNameStyle): Word[] {
  return legalText(text)
    .split(/\s+/)
    .flatMap((raw): Word[] => {
      const shown = written(raw, style);
      if (shown === '') return [];
      const plain = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase('vi');
      return [{ text: shown, plain, capitalised: /^[^\p{L}\p{N}]*\p{Lu}/u.test(raw), endsClause: /[,;.!?)”]$/u.test(raw) }];
    });
}

/**
 * Words that open a new phrase in a Vietnamese title: cutting just before one leaves a whole
 * phrase ("… Mặt trận | năm 2022", "… Quỹ “Vì người nghèo” | năm 2025"), never half a word such
 * as "triển | khai" or "Hải | Phòng" (a Vietnamese word is often two or three syllables, each
 * written apart, so a space is not a word boundary).
 */
const PHRASE_STARTS = new Set([
  'của', 'tại', 'về', 'và', 'với', 'trong', 'cho', 'theo', 'nhằm', 'để', 'năm', 'giai', 'nhiệm', 'đến', 'từ',
  'trên', 'ở', 'thuộc', 'lần', 'khóa', 'quý', 'tháng', 'đợt', 'sau', 'trước', 'giữa', 'gửi', 'đối',
]);

/** Words naming a kind of place, whose name follows: "thành phố | Hải Phòng" must stay together. */
const PLACE_WORDS = new Set(['phố', 'tỉnh', 'xã', 'phường', 'quận', 'huyện', 'trấn', 'khu', 'thôn', 'ấp', 'bản', 'tổ']);

/**
 * Words of two syllables (three for a few) that the titles of a Front committee's documents are
 * made of: a cut between their syllables would leave half a word ("triển" of "triển khai"). Not
 * a dictionary, the vocabulary of meeting and document titles; another word may still be cut in
 * two where no better place exists within the limit.
 */
const COMPOUNDS = new Set(
  (
    'hội nghị|tổng kết|sơ kết|công tác|mặt trận|tổ quốc|thành phố|triển khai|nhiệm vụ|kết luận|đồng chí|chủ tịch|ủy ban|' +
    'thường trực|thường vụ|báo cáo|kế hoạch|phương hướng|giám sát|phản biện|xã hội|thực hiện|nghị quyết|chỉ thị|đại hội|' +
    'đại biểu|nhân dân|tổ chức|thành viên|kết quả|hoạt động|tuyên truyền|vận động|đoàn kết|đại đoàn|toàn dân|nông thôn|đô thị|' +
    'văn minh|người nghèo|an sinh|chương trình|phối hợp|giao ban|làm việc|hiệp thương|chuyên đề|trực tuyến|trực tiếp|điểm cầu|' +
    'hội trường|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|đảng bộ|chính quyền|cơ sở|dân cư|bầu cử|quốc hội|hội đồng|giai đoạn|' +
    'nhiệm kỳ|phụ nữ|nông dân|thanh niên|chiến binh|công đoàn|lao động|liên hiệp|liên đoàn|trọng tâm|đề nghị|quán triệt|học tập|' +
    'đánh giá|khen thưởng|thi đua|yêu nước|dân vận|tư tưởng|thông tin|xây dựng|đề án|dự thảo|góp ý|sáu tháng|đầu năm|cuối năm|' +
    'việt nam|cộng sản|hồ chí|chí minh|dân chủ|pháp luật|kinh tế|văn hóa|an ninh|quốc phòng|trật tự|chính sách|người có|' +
    'có công|cách mạng|phong trào|cuộc vận|quỹ vì|vì người|ngày hội|truyền thống|kỷ niệm|tổng hợp|ý kiến|kiến nghị|cử tri|' +
    'tình hình|đời sống|hội viên|đoàn viên|tôn giáo|dân tộc|đối ngoại|kiểm tra|thẩm định|phê duyệt|sửa đổi|bổ sung|' +
    'hướng dẫn|quy chế|quy định|thông báo|giấy mời|biên bản|công văn|ban hành|văn bản|lãnh đạo|chỉ đạo|điều hành|tập thể|cá nhân|' +
    'hành động|bảo hiểm|phát triển|nhà ở|bộ máy|sắp xếp|cơ cấu|thỏa thuận|ứng cử|giới thiệu|chuyển đổi|số hóa|môi trường'
  ).split('|'),
);

/** How good a place it is to end the name before `words[index]`: 3 best, 0 only if nothing else fits. */
function cutScore(words: readonly Word[], index: number): number {
  const before = words[index - 1]!;
  const next = words[index]!;
  if (before.endsClause) return 3;
  if (
    // "năm | 2022", "của | …": the name would end on a word that announces what follows.
    /^\d/.test(next.plain) ||
    PHRASE_STARTS.has(before.plain) ||
    next.text === '-' ||
    before.text === '-' ||
    COMPOUNDS.has(`${before.plain} ${next.plain}`) ||
    // A name ("Nguyễn Văn Khanh", "Hải Phòng") is never split, nor cut from the place it names.
    (next.capitalised && (before.capitalised || PLACE_WORDS.has(before.plain)))
  ) {
    return 0;
  }
  return PHRASE_STARTS.has(next.plain) ? 2 : 1;
}

/** Drops what a cut leaves dangling at the end: punctuation, an opening bracket or quote. */
function tidyEnd(text: string): string {
  let result = text.replace(/[\s.,;:!?\-–—(“"'«]+$/u, '');
  // "… (điểm cầu chính" reads as a mistake: end before the bracket that is not closed.
  const open = result.lastIndexOf('(');
  if (open > 0 && result.indexOf(')', open) < 0) result = result.slice(0, open).replace(/[\s.,;:\-–—]+$/u, '');
  return result;
}

/**
 * The longest start of the words that fits in `max` characters and ends where a phrase ends:
 * after a comma or semicolon first, else before a word that opens a phrase, else at any space
 * that does not split a name or a "năm 2022"; a cut that would keep less than half is passed over
 * for a lesser boundary further on.
 */
function shorten(words: readonly Word[], max: number): string {
  const whole = words.map((w) => w.text).join(' ');
  if (whole.length <= max) return tidyEnd(whole);
  const candidates: Array<{ length: number; score: number }> = [];
  let length = words[0]!.text.length;
  for (let index = 1; index < words.length && length <= max; index += 1) {
    candidates.push({ length, score: cutScore(words, index) });
    length += 1 + words[index]!.text.length;
  }
  const best = [3, 2, 1, 0]
    .map((score) => candidates.filter((c) => c.score >= score && c.length >= max / 2).at(-1))
    .find((c) => c !== undefined);
  if (best) return tidyEnd(whole.slice(0, best.length));
  const any = candidates.filter((c) => c.score > 0).at(-1) ?? candidates.at(-1);
  return tidyEnd(any ? whole.slice(0, any.length) : whole.slice(0, max));
}

/** Titles whose capital is part of the name: "Hội nghị tổng kết…", "Ban Thường trực…", "Ủy ban…". */
const NAMED_STARTS = [
  'hoi ', 'dai hoi', 'ban thuong', 'uy ban', 'mat tran', 'quoc hoi', 'dang uy', 'thanh uy', 'tinh uy', 'lien doan', 'doan ',
  'cong doan', 'thanh doan', 'tinh doan', 'quy vi',
];

/**
 * The summary after the type name: "Giấy mời dự Hội nghị…", "Thông báo kết luận của…" — its
 * first letter lower-cased unless it begins a name or an acronym.
 */
function inName(summary: string): string {
  const first = summary.split(/\s+/)[0] ?? '';
  const keep =
    NAMED_STARTS.some((start) => foldForSearch(summary).startsWith(start)) || (first.length > 1 && first === first.toLocaleUpperCase('vi'));
  return keep ? summary : summary.charAt(0).toLocaleLowerCase('vi') + summary.slice(1);
}

/** "Biên bản" from "BIÊN BẢN": the type name as it starts a file name. */
function typeWords(doc: Pick<DocumentRecord, 'kind'>): string {
  const name = DOCUMENT_TYPE_NAME[doc.kind] ?? DOCUMENT_KIND.labels[doc.kind];
  const lower = name.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** What an exported file is named from: its date, a title in words, and the file type. */
export interface ExportName {
  /** "2026-01-05" (anything longer is cut to the date); empty for none. */
  date: string;
  /** In Vietnamese as typed: "Nhiệm vụ quá hạn - Hội Nông dân thành phố". */
  title: string;
  extension: 'docx' | 'xlsx' | 'mttq';
  /** The name when the title has no word. */
  fallback?: string;
}

/** "Hoi nong dan" from "hoi nong dan": the first letter of a word made a capital. */
function capitalised(word: Word): Word {
  return { ...word, text: word.text.charAt(0).toLocaleUpperCase('vi') + word.text.slice(1) };
}

/**
 * The one way every export is named (Word, Excel, exchange packages): the date first so files
 * sort by date, then the title, folded to ASCII by default or as typed in full Vietnamese, with a
 * capital at its start and after a " - " that opens a part ("… - Hoi Nong dan thanh pho"); at most
 * 80 characters, cut where a phrase ends; never characters Windows forbids, nor a trailing dot,
 * comma or space.
 */
export function exportFileName(name: ExportName, style: FileNameStyle = ASCII_FILE_NAMES): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(name.date)?.[0] ?? '';
  const extension = `.${name.extension}`;
  const typed = wordsOf(name.title, style);
  const words = (typed.length > 0 ? typed : wordsOf(name.fallback ?? 'Văn bản', style)).map((word, index, all) =>
    index === 0 || all[index - 1]!.text === '-' ? capitalised(word) : word,
  );
  const room = MAX_LENGTH - extension.length - (date ? date.length + 1 : 0);
  const title = words.length > 0 ? shorten(words, room) : '';
  return `${[date, title].filter((part) => part !== '').join(' ').replace(/[. ]+$/, '')}${extension}`;
}

/**
 * The name offered in the save dialog for a document: "2026-01-05 Bien ban hoi nghi tong
 * ket.docx" — the document's date, then the type and the summary.
 */
export function defaultExportFileName(
  doc: Pick<DocumentRecord, 'kind' | 'summary' | 'documentDate'>,
  style: FileNameStyle = ASCII_FILE_NAMES,
): string {
  const kind = typeWords(doc);
  let summary = inName(doc.summary.normalize('NFC').trim().replace(/^v\/?v\b[.:]?\s*/iu, ''));
  // "Biên bản" + "Biên bản hội nghị…" would say it twice.
  const foldedKind = foldForSearch(kind);
  const foldedSummary = foldForSearch(summary);
  if (foldedSummary === foldedKind || foldedSummary.startsWith(`${foldedKind} `)) summary = summary.slice(kind.length).trim();
  return exportFileName({ date: doc.documentDate, title: [kind, summary].filter((part) => part !== '').join(' '), extension: 'docx' }, style);
}
