/**
 * How good a proposal is against the record a person would write from the same text: the share
 * of the expected fields that come out right (recall) and the share of what is proposed that is
 * right (precision). Used by tests/unit/intake-fixtures.test.ts and tests/bench/intake.ts.
 *
 * A "field" is one thing a person fills in: the title, the kind, the date, the hour, the place,
 * the organiser; per attendee the name, the title, the role (and the organisation and absence
 * when given); per speech the speaker with its kind, the speaker's title and the summary; per
 * programme item its title and presenter (only for texts that have a programme: a title the
 * reader made up to group speeches is not a fact of the text and is not counted); per
 * conclusion, award (recipient, form, collective or individual, giver), cited directive (symbol,
 * date, issuer) and quoted figure. Texts are compared folded (no tone marks, đ → d, lower case);
 * long texts by word overlap.
 */
import type { IntakeProposal } from '../../shared/schemas/intake';
import { foldForSearch } from '../../shared/text';

export interface ExpectedRecord {
  style: string;
  text?: string;
  scoring: { agendaTitles: boolean };
  meeting: {
    title: string;
    kind: string;
    startAt: string;
    place: string;
    hostName: string;
    attendees: Array<{ fullName: string; title: string; organisationName: string; role: string }>;
    agenda: Array<{ title: string; presenter: string; speeches: Array<{ kind: string; speakerName: string; speakerTitle: string; summary: string }> }>;
    conclusions: Array<{ content: string }>;
    awards: Array<{ form: string; recipient: string; recipientKind: string; issuer: string }>;
  };
  attendance?: Record<string, { attendance: string; absenceReason: string }>;
  endAt?: string;
  directives: Array<{ symbol: string; issuedOn: string | null; issuerName: string }>;
  figures: string[];
}

export interface Score {
  expected: number;
  proposed: number;
  correct: number;
  recall: number;
  precision: number;
  /** People proposed (attendees or speakers) that the expected record does not have. */
  inventedPeople: string[];
  /** What was expected and not found, or proposed and wrong, for reading a failure. */
  misses: string[];
}

const tokens = (text: string) => foldForSearch(text).split(/[^a-z0-9]+/).filter(Boolean);

function f1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** Share of `part`'s words found in `whole`. */
function coverage(part: string, whole: string): number {
  const tp = tokens(part);
  if (tp.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of tokens(whole)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let found = 0;
  for (const t of tp) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      found += 1;
      counts.set(t, n - 1);
    }
  }
  return found / tp.length;
}

const same = (a: string, b: string) => foldForSearch(a).replace(/[\s.;,:…]+$/u, '') === foldForSearch(b).replace(/[\s.;,:…]+$/u, '');
const close = (a: string, b: string, threshold = 0.8) => same(a, b) || f1(a, b) >= threshold;
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+/)[0] ?? text;

/** A summary is right when it is drawn from the right passage: it holds the expected opening. */
function summaryRight(proposed: string, expected: string): boolean {
  if (proposed.trim() === '') return false;
  return coverage(firstSentence(expected), proposed) >= 0.8 && tokens(proposed).length <= 8 * Math.max(tokens(expected).length, 6);
}

class Tally {
  expected = 0;
  proposed = 0;
  correct = 0;
  misses: string[] = [];

  /** One field: counted as expected when `expected` is set, as proposed when `proposed` is set. */
  field(label: string, expected: unknown, proposed: unknown, right: boolean): void {
    const has = (v: unknown) => v !== null && v !== undefined && v !== '';
    if (has(expected)) this.expected += 1;
    if (has(proposed)) this.proposed += 1;
    if (has(expected) && has(proposed) && right) this.correct += 1;
    else if (has(expected) || has(proposed)) this.misses.push(`${label}: attendu ${JSON.stringify(expected)}, proposé ${JSON.stringify(proposed)}`);
  }
}

/** Pairs expected and proposed items one to one, best match first. */
function pair<E, P>(expected: readonly E[], proposed: readonly P[], score: (e: E, p: P) => number, threshold: number): Array<[E | null, P | null]> {
  const candidates: Array<{ e: number; p: number; s: number }> = [];
  expected.forEach((e, i) => proposed.forEach((p, j) => candidates.push({ e: i, p: j, s: score(e, p) })));
  candidates.sort((a, b) => b.s - a.s);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[E | null, P | null]> = [];
  for (const c of candidates) {
    if (c.s < threshold || usedE.has(c.e) || usedP.has(c.p)) continue;
    usedE.add(c.e);
    usedP.add(c.p);
    pairs.push([expected[c.e]!, proposed[c.p]!]);
  }
  expected.forEach((e, i) => !usedE.has(i) && pairs.push([e, null]));
  proposed.forEach((p, j) => !usedP.has(j) && pairs.push([null, p]));
  return pairs;
}

export function scoreProposal(proposal: IntakeProposal, expected: ExpectedRecord): Score {
  const t = new Tally();
  const m = proposal.meeting;
  const e = expected.meeting;
  t.field('tên hội nghị', e.title, m.title?.value, close(e.title, m.title?.value ?? '', 0.85));
  t.field('loại', e.kind, m.kind.value, e.kind === m.kind.value);
  t.field('ngày', e.startAt?.slice(0, 10), m.startAt?.value.slice(0, 10), e.startAt?.slice(0, 10) === m.startAt?.value.slice(0, 10));
  t.field('giờ', e.startAt?.slice(11), m.startAt?.value.slice(11), e.startAt?.slice(11) === m.startAt?.value.slice(11));
  t.field('địa điểm', e.place, m.place?.value, close(e.place, m.place?.value ?? ''));
  t.field('đơn vị tổ chức', e.hostName, m.hostName?.value, close(e.hostName, m.hostName?.value ?? ''));
  if (expected.endAt) t.field('giờ kết thúc', expected.endAt, m.endAt?.value, expected.endAt === m.endAt?.value);

  for (const [ea, pa] of pair(e.attendees, proposal.attendees, (x, y) => (same(x.fullName, y.fullName) ? 1 : 0), 1)) {
    const who = ea?.fullName ?? pa?.fullName ?? '';
    t.field(`người dự: ${who}`, ea?.fullName, pa?.fullName, ea !== null && pa !== null);
    t.field(`chức danh của ${who}`, ea?.title, pa?.title, ea !== null && pa !== null && close(ea.title, pa.title, 0.9));
    t.field(`vai trò của ${who}`, ea?.role, pa?.role, ea !== null && pa !== null && ea.role === pa.role);
    t.field(`cơ quan của ${who}`, ea?.organisationName, pa?.organisationName, ea !== null && pa !== null && close(ea.organisationName, pa.organisationName, 0.9));
    const absent = expected.attendance?.[who];
    const proposedAbsent = pa && pa.attendance !== 'co_mat' ? pa.attendance : undefined;
    t.field(`vắng mặt: ${who}`, absent?.attendance, proposedAbsent, absent?.attendance === proposedAbsent);
  }

  const expectedSpeeches = e.agenda.flatMap((a) => a.speeches);
  const proposedSpeeches = proposal.agenda.flatMap((a) => a.speeches);
  const speechMatch = (x: (typeof expectedSpeeches)[number], y: (typeof proposedSpeeches)[number]) =>
    same(x.speakerName, y.speakerName) && x.kind === y.kind ? 1 + (x.summary && y.summary && summaryRight(y.summary, x.summary) ? 1 : 0) : 0;
  for (const [es, ps] of pair(expectedSpeeches, proposedSpeeches, speechMatch, 1)) {
    const who = `${es?.speakerName ?? ps?.speakerName ?? ''} (${es?.kind ?? ps?.kind})`;
    t.field(`ý kiến: ${who}`, es ? `${es.speakerName}|${es.kind}` : null, ps ? `${ps.speakerName}|${ps.kind}` : null, es !== null && ps !== null);
    t.field(`chức danh người nói: ${who}`, es?.speakerTitle, ps?.speakerTitle, es !== null && ps !== null && close(es.speakerTitle, ps.speakerTitle, 0.9));
    t.field(`tóm tắt: ${who}`, es?.summary, ps?.summary, es !== null && ps !== null && summaryRight(ps.summary, es.summary));
  }

  if (expected.scoring.agendaTitles) {
    const items = e.agenda.filter((a) => a.title !== '');
    const proposedItems = proposal.agenda.filter((a) => !a.synthesized);
    for (const [ei, pi] of pair(items, proposedItems, (x, y) => f1(x.title, y.title), 0.7)) {
      const what = ei?.title ?? pi?.title ?? '';
      t.field(`nội dung: ${what}`, ei?.title, pi?.title, ei !== null && pi !== null);
      t.field(`người trình bày: ${what}`, ei?.presenter, pi?.presenter, ei !== null && pi !== null && close(ei.presenter, pi.presenter, 0.85));
    }
  }

  for (const [ec, pc] of pair(e.conclusions, proposal.conclusions, (x, y) => f1(x.content, y.content), 0.6)) {
    t.field('kết luận', ec?.content, pc?.content, ec !== null && pc !== null);
  }

  for (const [ew, pw] of pair(e.awards, proposal.awards, (x, y) => f1(x.recipient, y.recipient), 0.7)) {
    const who = ew?.recipient ?? pw?.recipient ?? '';
    t.field(`khen thưởng: ${who}`, ew?.recipient, pw?.recipient, ew !== null && pw !== null);
    t.field(`hình thức: ${who}`, ew?.form, pw?.form, ew !== null && pw !== null && ew.form === pw.form);
    t.field(`tập thể/cá nhân: ${who}`, ew?.recipientKind, pw?.recipientKind, ew !== null && pw !== null && ew.recipientKind === pw.recipientKind);
    t.field(`cơ quan tặng: ${who}`, ew?.issuer, pw?.issuer, ew !== null && pw !== null && close(ew.issuer, pw.issuer));
  }

  for (const [ed, pd] of pair(expected.directives, proposal.directives, (x, y) => (x.symbol === y.symbol ? 1 : 0), 1)) {
    const which = ed?.symbol ?? pd?.symbol ?? '';
    t.field(`văn bản: ${which}`, ed?.symbol, pd?.symbol, ed !== null && pd !== null);
    t.field(`ngày ban hành: ${which}`, ed?.issuedOn, pd?.issuedOn, ed !== null && pd !== null && ed.issuedOn === pd.issuedOn);
    t.field(`cơ quan ban hành: ${which}`, ed?.issuerName, pd?.issuerName, ed !== null && pd !== null && close(ed.issuerName, pd.issuerName));
  }

  const contains = (a: string, b: string) => foldForSearch(a).includes(foldForSearch(b)) || foldForSearch(b).includes(foldForSearch(a));
  for (const [ef, pf] of pair(expected.figures, proposal.figures.map((f) => f.text), (x, y) => (contains(x, y) ? 1 : 0), 1)) {
    t.field('số liệu', ef, pf, ef !== null && pf !== null);
  }

  const names = new Set([...e.attendees.map((a) => foldForSearch(a.fullName)), ...expectedSpeeches.map((s) => foldForSearch(s.speakerName))]);
  const inventedPeople = [
    ...proposal.attendees.map((a) => a.fullName),
    ...proposedSpeeches.map((s) => s.speakerName).filter((n) => n !== ''),
  ].filter((name, i, all) => !names.has(foldForSearch(name)) && all.indexOf(name) === i);

  return {
    expected: t.expected,
    proposed: t.proposed,
    correct: t.correct,
    recall: t.expected === 0 ? 1 : t.correct / t.expected,
    precision: t.proposed === 0 ? 1 : t.correct / t.proposed,
    inventedPeople,
    misses: t.misses,
  };
}
