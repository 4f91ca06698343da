/**
 * Personal names and title chains as Vietnamese reports write them:
 *   "Đồng chí Trần Lưu Quang, Ủy viên Trung ương Đảng, Bí thư Thành ủy chủ trì …"
 *   "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phạm Thị Hồng Hà chủ trì …"
 *   "đ/c Nguyễn Văn Khánh - Chủ tịch UBMTTQ tỉnh", "Bà Lò Thị Hương - Cán bộ Văn phòng".
 * A name is two to five capitalised syllables; it is never made up from a title alone.
 */
import { fold, foldIndexed } from './fold';
import { AMBIGUOUS_SURNAMES, CHAIN_STOP_VERBS, lower, PLACE_WORDS, SURNAMES, titleHeadAt } from './vocabulary';

/** A capitalised syllable: "Nguyễn", "Thị", "H'Hen"; not an acronym ("MTTQ") nor a digit. */
const NAME_SYLLABLE = /^[\p{Lu}][\p{Ll}]*(?:['’][\p{Lu}\p{Ll}][\p{Ll}]*)?$/u;

export function isNameSyllable(word: string): boolean {
  return NAME_SYLLABLE.test(word) && !(word.length > 1 && word === word.toUpperCase());
}

export interface NameMatch {
  name: string;
  /** Offsets relative to the text searched. */
  start: number;
  end: number;
}

/**
 * Folded words that are never a Vietnamese given name: they begin bodies, places and dates.
 * A capitalised run stops before them ("Nguyễn Văn A Ủy ban …" written without a comma).
 */
const NOT_IN_NAMES = new Set(
  ['ủy', 'uỷ', 'ban', 'hội', 'sở', 'bộ', 'đảng', 'tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thôn', 'khu', 'ấp', 'mặt', 'trận',
    'ngày', 'tháng', 'năm', 'sáng', 'chiều', 'tối', 'thứ', 'phòng', 'liên', 'hđnd', 'ubnd', 'mttq', 'ubmttq', 'trường', 'viện',
    'cục', 'chi', 'tổ', 'đội', 'trung', 'ương', 'chính', 'phủ', 'kết', 'luận', 'nghị', 'quyết', 'kế', 'hoạch', 'báo', 'cáo',
  ].map(lower),
);

/** "Thị" is a middle name: a run starting with it is the tail of a name already cut. */
const NEVER_FIRST = new Set(['thị'].map(lower));

/** Reads a run of capitalised syllables starting at `from` (an index of a word start). */
function capitalisedRun(text: string, from: number): Array<{ word: string; start: number; end: number }> {
  const words: Array<{ word: string; start: number; end: number }> = [];
  const pattern = /[\p{L}'’]+/uy;
  let at = from;
  for (;;) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match || !isNameSyllable(match[0])) break;
    words.push({ word: match[0], start: at, end: at + match[0].length });
    at += match[0].length;
    // Syllables of one name are separated by exactly one space.
    if (text.charAt(at) !== ' ') break;
    at += 1;
  }
  return words;
}

/**
 * A personal name at `from` (2–5 capitalised syllables). With `strict`, the first syllable must
 * be a family name (used where a title ends right before the name and nothing else marks it).
 */
export function readName(text: string, from: number, strict: boolean): NameMatch | null {
  const run = capitalisedRun(text, from);
  if (run.length < 2) return null;
  const first = lower(run[0]!.word);
  if (titleHeadAt(foldIndexed(text).slice(from, from + 40))) return null;
  if (NEVER_FIRST.has(first)) return null;
  if (strict && !SURNAMES.has(first)) return null;
  if (!SURNAMES.has(first) && run.slice(0, 2).some((w) => NOT_IN_NAMES.has(lower(w.word)))) return null;
  // Stop before a word that starts a title or a body ("Nguyễn Văn A Chủ tịch …" without a comma).
  let count = 0;
  for (const w of run) {
    if (count >= 1 && NOT_IN_NAMES.has(lower(w.word))) break;
    if (count >= 2 && titleHeadAt(foldIndexed(text).slice(w.start, w.start + 40))) break;
    count += 1;
    if (count === 5) break;
  }
  if (count < 2) return null;
  const words = run.slice(0, count);
  return { name: words.map((w) => w.word).join(' '), start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** True when a folded text starts with a place word ("phường Hồng Hải", "xã Bình Dân"). */
export function startsWithPlaceWord(text: string): boolean {
  const lowered = lower(text.trimStart().slice(0, 20));
  for (const word of PLACE_WORDS) {
    if (lowered.startsWith(word) && !/\p{L}/u.test(lowered.charAt(word.length))) return true;
  }
  return false;
}

const STOP_PATTERNS = CHAIN_STOP_VERBS.map(
  (verb) => new RegExp(`(^|[\\s,;(])${verb.replace(/ /g, '\\s+')}(?=$|[\\s,.;:!?)])${verb === 'dự' ? '(?!\\s+(thảo|án|kiến|toán|báo|bị|phòng))' : ''}`, 'u'),
);

/** Where a verb ends the title, as an index into `segment`; -1 when none does. */
export function stopVerbAt(segment: string): number {
  // Lower case keeps every index in place for Vietnamese letters (NFC text).
  const lowered = segment.toLocaleLowerCase('vi');
  const text = lowered.length === segment.length ? lowered : segment;
  let best = -1;
  for (const pattern of STOP_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const at = match.index + match[1]!.length;
      if (best < 0 || at < best) best = at;
    }
  }
  return best;
}

/** A segment of a title chain is a title, an organisation or an address that continues one. */
function isTitleSegment(segment: string): boolean {
  const trimmed = segment.trim();
  if (trimmed === '') return false;
  const f = fold(trimmed);
  if (titleHeadAt(f)) return true;
  if (startsWithPlaceWord(trimmed)) return true;
  // An organisation or body written with a capital: "Ủy ban MTTQ", "Ban Thường vụ", "HĐND tỉnh".
  if (/^[\p{Lu}]/u.test(trimmed) && !/^(Đồng chí|Ông|Bà|Các|Cùng|Dự|Tại|Theo|Đồng thời|Trong|Hội nghị|Năm|Ngày)(?![\p{L}\d])/u.test(trimmed)) return true;
  return false;
}

export interface TitleChain {
  title: string;
  /** Offsets relative to the text searched; end is where the chain stops. */
  start: number;
  end: number;
}

/**
 * The title chain after a name: ", Ủy viên Trung ương Đảng, Bí thư Thành ủy dự, chủ trì …" →
 * "Ủy viên Trung ương Đảng, Bí thư Thành ủy"; " - Chủ tịch UBMTTQ tỉnh" → "Chủ tịch UBMTTQ tỉnh".
 * Stops at a verb, at ";" or "." that ends the clause, at a "(" and at a segment that is not a title.
 */
export function readTitleChain(text: string, from: number, limit = text.length): TitleChain | null {
  const rest = text.slice(from, limit);
  // "Name: …" is what the person said or why they were absent, never their title.
  const lead = /^(\s*,\s*|\s+[-–]\s+)/.exec(rest);
  if (!lead) return null;
  const bodyStart = from + lead[0].length;
  // The chain runs at most to the end of the clause.
  const clause = /[;()]|\.(\s|$)|:\s/.exec(text.slice(bodyStart, limit));
  const body = text.slice(bodyStart, clause ? bodyStart + clause.index : limit);
  const parts: string[] = [];
  let end = bodyStart;
  let at = 0;
  for (const piece of body.split(/,/)) {
    const pieceStart = at;
    at += piece.length + 1;
    const stop = stopVerbAt(piece);
    const kept = (stop >= 0 ? piece.slice(0, stop) : piece).trimEnd();
    if (!isTitleSegment(kept)) {
      if (parts.length === 0) return null;
      break;
    }
    parts.push(kept.trim());
    end = bodyStart + pieceStart + kept.length;
    if (stop >= 0) break;
  }
  if (parts.length === 0) return null;
  const title = parts.join(', ').replace(/[\s.;,:]+$/u, '');
  return { title, start: bodyStart, end };
}

/**
 * A title written before a name, ending where a family name starts: the words between a title
 * head and the name ("Phó Bí thư Thường trực Tỉnh ủy | Nguyễn Xuân Ký"). Returns the title's and
 * the name's offsets relative to `text`, or null.
 */
export function readTitleThenName(text: string, headStart: number): { title: string; titleEnd: number; name: NameMatch } | null {
  const tail = text.slice(headStart, headStart + 160);
  const words = [...tail.matchAll(/[\p{L}\d'’/-]+/gu)];
  for (let i = 1; i < words.length && i <= 14; i += 1) {
    const word = words[i]!;
    const gap = tail.slice(words[i - 1]!.index + words[i - 1]![0].length, word.index);
    // The title and the name sit in one clause: any punctuation in between breaks it.
    if (/[,;.:()"“”]/.test(gap)) return null;
    const surname = lower(word[0]);
    if (!SURNAMES.has(surname) || !isNameSyllable(word[0])) continue;
    const name = readName(text, headStart + word.index, true);
    if (!name) continue;
    const previous = words[i - 1]![0];
    const placeBefore = startsWithPlaceWord(previous);
    const syllables = name.name.split(' ').length;
    // "… thôn Đồng Tâm", "… huyện Lê Chân" are places: after a place word, an ambiguous family
    // name or a two-syllable run is read as the place.
    if (placeBefore && (AMBIGUOUS_SURNAMES.has(surname) || syllables < 3)) continue;
    const title = text.slice(headStart, name.start).trim();
    return { title, titleEnd: headStart + title.length, name };
  }
  return null;
}
