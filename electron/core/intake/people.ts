/**
 * The people of a text: every named mention gathered per person (the same name folded is the
 * same person), with the role and the title chain they had that day; and the mentions that only
 * stand for someone ("Đồng chí Bí thư Thành ủy", "đ/c Hải") resolved to a person already named.
 * Nobody is ever created from a title or a given name alone.
 */
import type { AttendeeRole, Attendance } from '../../../shared/domain';
import type { TextSpan } from '../../../shared/schemas/intake';
import { fold as foldForSearch } from './fold';
import type { Mention } from './mentions';
import { startsWithPlaceWord } from './names';
import { lower, titleHeadAt } from './vocabulary';

export interface TextPerson {
  key: string;
  fullName: string;
  title: string;
  organisationName: string;
  role: AttendeeRole;
  attendance: Attendance;
  absenceReason: string;
  spans: TextSpan[];
  firstAt: number;
}

const ROLE_RANK: Record<AttendeeRole, number> = { chu_tri: 5, dong_chu_tri: 4, thu_ky: 3, khach_moi: 2, dai_bieu: 1 };

/** The role the sentence gives: "… chủ trì hội nghị", "dưới sự chủ trì của …", "đồng chủ trì". */
function roleFromSentence(mention: Mention): AttendeeRole | null {
  const after = lower(mention.after.slice(0, 60));
  const before = lower(mention.before.slice(-40));
  if (/^\W*(và\s+)?(dự,\s*)?(cùng\s+)?đồng chủ trì/u.test(after) || /đồng chủ trì(:|\s+là)?\s*$/u.test(before)) return 'dong_chu_tri';
  if (/^[\s,]*(dự,?\s*)?(và\s+)?(đã\s+)?chủ trì/u.test(after) || /(chủ trì của|do)\s*$/u.test(before) && /chủ trì/u.test(after)) return 'chu_tri';
  if (/sự chủ trì của\s*$/u.test(before)) return 'chu_tri';
  if (/^[\s,]*(làm\s+)?thư ký/u.test(after)) return 'thu_ky';
  return null;
}

/** The organisation of the position that matters: "Phó Chủ tịch UBND tỉnh" → "UBND tỉnh". */
export function organisationOfTitle(title: string): string {
  if (title.trim() === '') return '';
  // Addresses continue the segment before them: "… khu 5, phường Hồng Hải".
  const segments: string[] = [];
  for (const part of title.split(/,\s*/)) {
    if (segments.length > 0 && startsWithPlaceWord(part)) segments[segments.length - 1] += `, ${part}`;
    else segments.push(part);
  }
  const isMembership = (s: string) => /^(ủy viên|uỷ viên|uv|thành viên|đại biểu quốc hội|hội viên|đoàn viên)(?![\p{L}\d])/iu.test(s);
  const segment = segments.find((s) => !isMembership(s)) ?? segments[0]!;
  const folded = foldForSearch(segment);
  const head = titleHeadAt(folded);
  if (!head) return '';
  let rest = segment.slice(head.length).trim();
  // The head that names a unit: "Trưởng ban X" is the head of "Ban X", "Chánh Văn phòng" of "Văn phòng".
  if (/(^| )ban$/.test(head)) rest = `Ban ${rest}`;
  else if (/van phong$/.test(head)) rest = `Văn phòng${rest === '' ? '' : ` ${rest}`}`;
  else if (/(^| )phong$/.test(head)) rest = `Phòng ${rest}`;
  else if (/(^| )doan$/.test(head) && /^(đại biểu|dai bieu)/iu.test(rest)) rest = `Đoàn ${rest}`;
  else if (/^(uy vien|uv|thanh vien)$/.test(head)) rest = rest.replace(/^(Ban Thường trực|Ban Thường vụ|Ban Chấp hành|Ban Chấp hành Đảng bộ)\s+/u, '');
  return rest.replace(/^thường trực\s+/iu, '').trim();
}

export interface PeopleIndex {
  people: TextPerson[];
  /** The person a mention stands for (named, title or given name), or null. */
  personOf(mention: Mention): TextPerson | null;
}

function lastSyllable(name: string): string {
  return lower(name.split(' ').pop() ?? '');
}

export function gatherPeople(mentions: readonly Mention[], excluded: readonly TextSpan[]): PeopleIndex {
  const byName = new Map<string, TextPerson>();
  const isExcluded = (span: TextSpan) => excluded.some((e) => span.start < e.end && span.end > e.start);
  for (const mention of mentions) {
    if (mention.kind !== 'named' || isExcluded(mention.nameSpan)) continue;
    const key = foldForSearch(mention.name);
    const role = mention.context?.role ?? roleFromSentence(mention) ?? 'dai_bieu';
    const sentenceRole = roleFromSentence(mention);
    const best = sentenceRole && ROLE_RANK[sentenceRole] > ROLE_RANK[role] ? sentenceRole : role;
    const attendance = mention.attendance ?? mention.context?.attendance ?? 'co_mat';
    const existing = byName.get(key);
    if (!existing) {
      byName.set(key, {
        key: `nguoi-${byName.size + 1}`,
        fullName: mention.name,
        title: mention.title,
        organisationName: '',
        role: best,
        attendance,
        absenceReason: attendance === 'vang_co_ly_do' ? mention.absenceReason : '',
        spans: [mention.span],
        firstAt: mention.span.start,
      });
      continue;
    }
    existing.spans.push(mention.span);
    // The fullest title chain the text gives is the one held that day.
    if (mention.title.length > existing.title.length) existing.title = mention.title;
    if (ROLE_RANK[best] > ROLE_RANK[existing.role]) existing.role = best;
    if (attendance !== 'co_mat' && existing.attendance === 'co_mat') {
      existing.attendance = attendance;
      existing.absenceReason = attendance === 'vang_co_ly_do' ? mention.absenceReason : '';
    }
  }
  const people = [...byName.values()].sort((a, b) => a.firstAt - b.firstAt);
  for (const person of people) person.organisationName = organisationOfTitle(person.title);

  const resolved = new WeakMap<Mention, TextPerson | null>();
  const personOf = (mention: Mention): TextPerson | null => {
    if (resolved.has(mention)) return resolved.get(mention)!;
    const person = resolve(mention);
    resolved.set(mention, person);
    return person;
  };
  const resolve = (mention: Mention): TextPerson | null => {
    if (mention.kind === 'named') return byName.get(foldForSearch(mention.name)) ?? null;
    if (mention.kind === 'short') {
      const given = lower(mention.name);
      const matches = people.filter((p) => lastSyllable(p.fullName) === given);
      return matches.length === 1 ? matches[0]! : null;
    }
    // A title stands for the person whose chain has a position starting with it.
    const phrase = foldForSearch(mention.name);
    const matches = people.filter((p) =>
      p.title
        .split(/,\s*/)
        .map(foldForSearch)
        .some((segment) => segment === phrase || segment.startsWith(`${phrase} `)),
    );
    if (matches.length === 1) return matches[0]!;
    const chair = matches.find((p) => p.role === 'chu_tri');
    return chair ?? null;
  };
  return { people, personOf };
}
