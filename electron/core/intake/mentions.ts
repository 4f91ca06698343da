/**
 * Every place the text names a person, in reading order:
 *   named   "Đồng chí Trần Lưu Quang, Bí thư Thành ủy", "Chủ tịch … Phạm Thị Hồng Hà", list items
 *   title   "Đồng chí Bí thư Thành ủy yêu cầu …" (a title standing for someone already named)
 *   short   "đ/c Hải:", "(đ/c Quý trình bày)" (a given name standing for someone already named)
 * Each mention keeps the rest of its sentence, which says what the person did (chaired, reported…).
 */
import type { AttendeeRole, Attendance } from '../../../shared/domain';
import type { TextSpan } from '../../../shared/schemas/intake';
import { fold as foldForSearch, foldIndexed } from './fold';
import { isNameSyllable, readName, readTitleChain, readTitleThenName } from './names';
import type { Paragraph, Segment, SourceDoc } from './segments';
import { TITLE_HEADS, titleHeadAt } from './vocabulary';

export type MentionKind = 'named' | 'title' | 'short';

/** What a label or list intro says about the people after it. */
export interface RoleContext {
  role: AttendeeRole;
  attendance: Attendance;
}

export interface Mention {
  kind: MentionKind;
  /** Full name (named), title phrase (title) or given name (short). */
  name: string;
  title: string;
  nameSpan: TextSpan;
  /** From the honorific to the end of the title chain. */
  span: TextSpan;
  paragraph: number;
  sentence: Segment;
  /** The sentence after the mention (what the person did), and where it starts. */
  after: string;
  afterStart: number;
  /** The sentence before the mention ("Phát biểu kết luận, …"). */
  before: string;
  context: RoleContext | null;
  /** Said next to the name: "(vắng, có lý do: …)". */
  attendance: Attendance | null;
  absenceReason: string;
  /** Inside a list of attendees (label or "có các đồng chí:"): being named is attending. */
  listed: boolean;
}

const HONORIFIC = /(?<![\p{L}])(?:các đồng chí|đồng chí|đ\/c|đ\.c|Đ\/C|ông|bà)\s+/giu;

/** Labels that introduce people: "Chủ trì:", "Thành phần:", "Khách mời:", "Vắng:". */
const LABELS: ReadonlyArray<{ pattern: RegExp; context: RoleContext }> = [
  { pattern: /^(đồng chủ trì|đồng chủ tọa)$/, context: { role: 'dong_chu_tri', attendance: 'co_mat' } },
  { pattern: /^(chu tri|chu toa|chu tri hoi nghi|nguoi chu tri)$/, context: { role: 'chu_tri', attendance: 'co_mat' } },
  { pattern: /^(dong chu tri|dong chu toa)$/, context: { role: 'dong_chu_tri', attendance: 'co_mat' } },
  { pattern: /^(thu ky|thu ky hoi nghi|nguoi ghi bien ban|ghi bien ban)$/, context: { role: 'thu_ky', attendance: 'co_mat' } },
  { pattern: /^(khach moi|dai bieu moi|dai bieu khach moi|thanh phan moi du)$/, context: { role: 'khach_moi', attendance: 'co_mat' } },
  { pattern: /^(vang|vang mat|vang co ly do|vang mat co ly do)$/, context: { role: 'dai_bieu', attendance: 'vang_co_ly_do' } },
  { pattern: /^(vang khong ly do|vang khong co ly do)$/, context: { role: 'dai_bieu', attendance: 'vang' } },
  {
    pattern: /^(du|tham du|thanh phan|thanh phan tham du|thanh phan du|thanh phan du hop|dai bieu|dai bieu tham du|cac dong chi du hoi nghi|tran trong kinh moi|kinh moi|moi|thanh phan moi|cung du|du hop|co mat)$/,
    context: { role: 'dai_bieu', attendance: 'co_mat' },
  },
];

const LABEL_LINE = /^[-+•*]?\s*([\p{L} ]{2,40}?)\s*:\s*(.*)$/u;

function labelContext(label: string): RoleContext | null {
  const folded = foldForSearch(label);
  for (const entry of LABELS) if (entry.pattern.test(folded)) return entry.context;
  return null;
}

/** "Cùng dự có các đồng chí:", "Dự hội nghị có …", "gồm các đồng chí:": attendees follow. */
const LIST_INTRO = /(?:dự hội nghị|cùng dự|tham dự|dự buổi làm việc|dự họp|có sự tham dự của|gồm)(?: có)?(?: các)?(?: đồng chí| đại biểu)?\s*:?\s*/iu;

interface Scope {
  /** Absolute offsets the context applies to. */
  start: number;
  end: number;
  context: RoleContext;
  listed: boolean;
}

/**
 * Label lines ("Chủ trì: …") apply to their own line and to the item lines under them
 * ("- đ/c …", "+ Bà …") until the next label; a running-text intro applies to the rest of its
 * sentence.
 */
function findScopes(doc: SourceDoc): Scope[] {
  const scopes: Scope[] = [];
  let open: Scope | null = null;
  for (const paragraph of doc.paragraphs) {
    // The minutes' count: "vắng 01 đồng chí có lý do (đồng chí A: dự tập huấn; đồng chí B: …)".
    for (const absent of paragraph.text.matchAll(/vắng\s+\d+\s+đồng chí\s+(có lý do|không có lý do)\s*\(/giu)) {
      const from = absent.index + absent[0].length;
      const close = paragraph.text.indexOf(')', from);
      if (close < 0) continue;
      const guests = /khách mời\s*:[^;]*$/iu.test(paragraph.text.slice(0, absent.index));
      scopes.push({
        start: paragraph.start + from,
        end: paragraph.start + close,
        context: { role: guests ? 'khach_moi' : 'dai_bieu', attendance: /không/iu.test(absent[1]!) ? 'vang' : 'vang_co_ly_do' },
        listed: false,
      });
    }
    const label = LABEL_LINE.exec(paragraph.text);
    const context = label ? labelContext(label[1]!) : null;
    if (label && context) {
      open = { start: paragraph.start + paragraph.text.indexOf(label[2]!, label[1]!.length), end: paragraph.end, context, listed: true };
      // "Chủ trì: đồng chí A; đồng chủ trì: đồng chí B" — the second label takes over after it.
      const inner = /;\s*(đồng chủ trì|đồng chủ tọa)\s*:/iu.exec(paragraph.text);
      if (inner && context.role === 'chu_tri') {
        open.end = paragraph.start + inner.index;
        scopes.push(open);
        open = { start: paragraph.start + inner.index, end: paragraph.end, context: { role: 'dong_chu_tri', attendance: 'co_mat' }, listed: true };
      }
      scopes.push(open);
      continue;
    }
    if (open && /^[-+•*]\s|^\d{1,2}[.)]\s/.test(paragraph.text) && !label) {
      scopes.push({ ...open, start: paragraph.start, end: paragraph.end });
      continue;
    }
    open = null;
    for (const sentence of paragraph.sentences) {
      const intro = LIST_INTRO.exec(sentence.text);
      if (intro && /đồng chí|ông|bà|đ\/c/iu.test(sentence.text.slice(intro.index))) {
        scopes.push({
          start: sentence.start + intro.index + intro[0].length,
          end: sentence.end,
          context: { role: 'dai_bieu', attendance: 'co_mat' },
          listed: true,
        });
      }
    }
  }
  return scopes;
}

/** The innermost scope at a position: "(đồng chí A: …)" inside a "Thành phần tham dự:" line. */
function scopeAt(scopes: readonly Scope[], at: number): Scope | null {
  let found: Scope | null = null;
  for (const scope of scopes) {
    if (at >= scope.start && at < scope.end && (!found || scope.end - scope.start <= found.end - found.start)) found = scope;
  }
  return found;
}

function sentenceAt(paragraph: Paragraph, at: number): Segment {
  return paragraph.sentences.find((s) => at >= s.start && at < s.end) ?? paragraph.sentences[paragraph.sentences.length - 1]!;
}

/** Heads that can open "title then name"; acronyms (PCT, CT) are left out: "18-CT/TW" is a symbol. */
const TITLE_HEAD_PATTERN = new RegExp(
  `(?<![\\p{L}\\d/-])(?:${[...TITLE_HEADS]
    .filter((h) => h !== h.toUpperCase())
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'giu',
);

/** A title phrase standing alone after an honorific: up to the verb or the clause's end. */
function titlePhrase(text: string, from: number): { phrase: string; end: number } | null {
  if (!titleHeadAt(foldIndexed(text).slice(from, from + 40))) return null;
  const rest = text.slice(from);
  const stop = /[,;.:()]|\s(yêu cầu|đề nghị|phát biểu|kết luận|trình bày|chỉ đạo|nhấn mạnh|ghi nhận|biểu dương|cho biết|khẳng định|lưu ý|chủ trì|báo cáo)(?![\p{L}])/u.exec(rest);
  const phrase = (stop ? rest.slice(0, stop.index) : rest).trim();
  if (phrase === '' || phrase.split(' ').length > 14) return null;
  return { phrase, end: from + phrase.length };
}

/** The reason in "(vắng, có lý do: đi tập huấn)" or "(đi công tác)" after a listed absentee. */
function parenthesised(text: string, from: number): { inside: string; end: number } | null {
  const match = /^\s*\(([^()]{1,200})\)/.exec(text.slice(from));
  return match ? { inside: match[1]!.trim(), end: from + match[0].length } : null;
}

function absenceFrom(inside: string): { attendance: Attendance; reason: string } | null {
  const folded = foldForSearch(inside);
  if (!folded.startsWith('vang')) return null;
  const reason = /lý do\s*:?\s*(.+)$/iu.exec(inside)?.[1]?.trim() ?? '';
  if (/khong (co )?ly do/.test(folded)) return { attendance: 'vang', reason: '' };
  return { attendance: 'vang_co_ly_do', reason };
}

/** Reads the mentions of one paragraph. `taken` keeps two scanners from reading the same words. */
function paragraphMentions(doc: SourceDoc, paragraph: Paragraph, scopes: readonly Scope[]): Mention[] {
  const text = paragraph.text;
  const out: Mention[] = [];
  const taken: Array<[number, number]> = [];
  const isTaken = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

  const push = (
    m: Omit<Mention, 'paragraph' | 'sentence' | 'after' | 'afterStart' | 'before' | 'context' | 'listed' | 'attendance'> & {
      localEnd: number;
      localStart: number;
      attendance?: Attendance | null;
    },
  ) => {
    const absolute = paragraph.start;
    const sentence = sentenceAt(paragraph, absolute + m.localStart);
    const scope = scopeAt(scopes, absolute + m.localStart);
    const afterStart = absolute + m.localEnd;
    out.push({
      kind: m.kind,
      name: m.name,
      title: m.title,
      nameSpan: m.nameSpan,
      span: m.span,
      paragraph: paragraph.index,
      sentence,
      after: doc.text.slice(afterStart, Math.max(afterStart, sentence.end)),
      afterStart,
      before: doc.text.slice(sentence.start, absolute + m.localStart),
      context: scope?.context ?? null,
      attendance: m.attendance ?? null,
      absenceReason: m.absenceReason,
      listed: scope?.listed ?? false,
    });
    taken.push([m.localStart, m.localEnd]);
  };

  const withChain = (nameStart: number, nameEnd: number, name: string, spanStart: number, kind: MentionKind, titleBefore = '') => {
    const chain = readTitleChain(text, nameEnd);
    let end = chain ? chain.end : nameEnd;
    let title = titleBefore !== '' && chain ? `${titleBefore}, ${chain.title}` : titleBefore || (chain?.title ?? '');
    let absenceReason = '';
    let attendance: Attendance | null = null;
    const paren = parenthesised(text, end);
    const scope = scopeAt(scopes, paragraph.start + spanStart);
    if (scope && scope.context.attendance !== 'co_mat' && !chain) {
      // "đồng chí A: dự tập huấn của Trung ương Đoàn" inside the absences' parentheses.
      const reason = /^\s*:\s*([^;)]+)/u.exec(text.slice(nameEnd));
      if (reason) {
        absenceReason = reason[1]!.trim();
        end = nameEnd + reason[0].length;
      }
    }
    if (paren) {
      const absent = absenceFrom(paren.inside);
      if (absent) {
        absenceReason = absent.reason;
        attendance = absent.attendance;
        end = paren.end;
      } else if (scope && scope.context.attendance !== 'co_mat') {
        absenceReason = paren.inside;
        end = paren.end;
      } else if (title === '' && /^[\p{Lu}]/u.test(paren.inside) && titleHeadAt(foldForSearch(paren.inside))) {
        title = paren.inside;
        end = paren.end;
      }
    }
    push({
      kind,
      name,
      title,
      nameSpan: { start: paragraph.start + nameStart, end: paragraph.start + nameEnd },
      span: { start: paragraph.start + spanStart, end: paragraph.start + end },
      absenceReason,
      attendance,
      localStart: spanStart,
      localEnd: end,
    });
  };

  // 1. After an honorific: a name, a title standing for someone, or a given name.
  for (const match of text.matchAll(HONORIFIC)) {
    const at = match.index + match[0].length;
    if (isTaken(match.index, at)) continue;
    const name = readName(text, at, false);
    if (name) {
      withChain(name.start, name.end, name.name, match.index, 'named');
      continue;
    }
    const phrase = titlePhrase(text, at);
    if (phrase) {
      push({
        kind: 'title',
        name: phrase.phrase,
        title: phrase.phrase,
        nameSpan: { start: paragraph.start + at, end: paragraph.start + phrase.end },
        span: { start: paragraph.start + match.index, end: paragraph.start + phrase.end },
        absenceReason: '',
        localStart: match.index,
        localEnd: phrase.end,
      });
      continue;
    }
    const given = /^[\p{L}'’]+/u.exec(text.slice(at))?.[0] ?? '';
    if (given !== '' && isNameSyllable(given) && foldForSearch(match[0]).trim() !== 'cac dong chi') {
      push({
        kind: 'short',
        name: given,
        title: '',
        nameSpan: { start: paragraph.start + at, end: paragraph.start + at + given.length },
        span: { start: paragraph.start + match.index, end: paragraph.start + at + given.length },
        absenceReason: '',
        localStart: match.index,
        localEnd: at + given.length,
      });
    }
  }

  // 2. Items of a list of attendees without an honorific each: "có các đồng chí: A, …; B, …".
  for (const scope of scopes) {
    if (scope.end <= paragraph.start || scope.start >= paragraph.end) continue;
    const localStart = Math.max(0, scope.start - paragraph.start);
    const localEnd = Math.min(text.length, scope.end - paragraph.start);
    let from = localStart;
    for (const item of text.slice(localStart, localEnd).split(/;/)) {
      const itemStart = from;
      from += item.length + 1;
      const lead = /^[\s\-+•*:]*(?:\d{1,2}[.)]\s*)?/.exec(item)![0].length;
      const at = itemStart + lead;
      if (isTaken(at, at + 2)) continue;
      const name = readName(text, at, false);
      if (name && name.start === at) withChain(name.start, name.end, name.name, at, 'named');
    }
  }

  // 3. A title written before a name: "Phó Bí thư Thường trực Tỉnh ủy Nguyễn Xuân Ký".
  for (const match of text.matchAll(TITLE_HEAD_PATTERN)) {
    if (isTaken(match.index, match.index + match[0].length)) continue;
    // The head must begin its clause or follow a capital-free word boundary, not sit inside a chain.
    const found = readTitleThenName(text, match.index);
    if (!found || isTaken(found.name.start, found.name.end)) continue;
    withChain(found.name.start, found.name.end, found.name.name, match.index, 'named', found.title);
  }

  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Every mention of the text, in reading order. */
export function findMentions(doc: SourceDoc): Mention[] {
  const scopes = findScopes(doc);
  return doc.paragraphs.flatMap((paragraph) => paragraphMentions(doc, paragraph, scopes));
}

