import { randomUUID } from 'node:crypto';
import { toLocalDateTimeString } from '../../shared/datetime';
import type { AttendeeRole, MeetingKind, MeetingStatus } from '../../shared/domain';
import type { OrganisationInput, PersonInput } from '../../shared/schemas/directory';
import type { MeetingInput } from '../../shared/schemas/meeting';
import {
  ABSENCE_REASONS,
  AGENDA_TITLES,
  CONCLUSION_SENTENCES,
  DIRECTIVES,
  DRAFTS,
  GIVEN_NAMES,
  HOSTS,
  KIND_WEIGHTS,
  MIDDLE_NAMES,
  ORGANISATION_TYPES,
  OTHER_KINDS,
  PLACES,
  PLACES_OF_MEETING,
  SPEECH_SENTENCES,
  SURNAMES,
  TOPICS,
} from './words';

/**
 * Generates a committee's ten years of records as the inputs a user would have typed.
 * Ids of organisations and people are their 1-based position: the data is always written
 * into a fresh file, where SQLite hands out exactly those rowids.
 */

export interface DatasetSize {
  organisations: number;
  people: number;
  meetings: number;
}

export interface GeneratedOrganisation {
  input: OrganisationInput;
  active: boolean;
}

export interface GeneratedPerson {
  input: PersonInput;
  active: boolean;
}

export interface GeneratedMeeting {
  input: Omit<MeetingInput, 'id'>;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface Dataset {
  organisations: GeneratedOrganisation[];
  people: GeneratedPerson[];
  meetings: GeneratedMeeting[];
}

/** mulberry32: a small seeded generator so that every run measures the same data. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof createRandom>;

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;
const FIRST_DAY = new Date(2016, 0, 4);
const LAST_DAY = new Date(2026, 5, 30);

export function generateDataset(size: DatasetSize, now: Date, seed = 20260310): Dataset {
  const random = createRandom(seed);
  const organisations = generateOrganisations(random, size.organisations);
  const people = generatePeople(random, size.people, organisations);
  const meetings = generateMeetings(random, size.meetings, people, organisations, now);
  return { organisations, people, meetings };
}

function generateOrganisations(random: Random, count: number): GeneratedOrganisation[] {
  const combos = ORGANISATION_TYPES.flatMap((type) =>
    PLACES.flatMap((place) => [`xã ${place}`, `phường ${place}`].map((locality) => ({ type, locality }))),
  );
  // Shuffle so that every kind of body is represented at any size.
  for (let i = combos.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [combos[i], combos[j]] = [combos[j]!, combos[i]!];
  }
  if (count > combos.length) throw new Error(`at most ${combos.length} organisations can be generated`);
  return combos.slice(0, count).map(({ type, locality }) => ({
    input: { id: null, name: `${type.name} ${locality}`, kind: type.kind, abbreviation: type.abbreviation },
    active: !random.chance(0.03),
  }));
}

function personName(random: Random): string {
  return `${random.pick(SURNAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
}

function generatePeople(random: Random, count: number, organisations: GeneratedOrganisation[]): GeneratedPerson[] {
  return Array.from({ length: count }, () => {
    const organisationIndex = random.int(0, organisations.length - 1);
    const organisation = organisations[organisationIndex]!.input;
    const type = ORGANISATION_TYPES.find((t) => organisation.name.startsWith(t.name))!;
    return {
      input: {
        id: null,
        fullName: personName(random),
        title: `${random.pick(type.roles)} ${organisation.name}`,
        organisationId: organisationIndex + 1,
        phone: random.chance(0.4) ? `09${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)}` : '',
        email: '',
      },
      active: !random.chance(0.03),
    };
  });
}

function pickKind(random: Random): MeetingKind {
  const total = KIND_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of KIND_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'khac';
}

function meetingTitle(random: Random, kind: MeetingKind, date: Date, organisations: GeneratedOrganisation[]): { title: string; kindOther: string } {
  const y = date.getFullYear();
  const month = date.getMonth() + 1;
  const period = random.chance(0.5) ? `tháng ${month}` : `quý ${ROMAN_QUARTERS[Math.floor((month - 1) / 3)]}`;
  const topic = random.pick(TOPICS);
  const organisation = random.pick(organisations).input.name;
  const titles: Record<MeetingKind, () => string> = {
    tong_ket: () =>
      random.pick([
        `Hội nghị tổng kết ${topic} năm ${y}`,
        `Hội nghị tổng kết công tác Mặt trận năm ${y}, triển khai nhiệm vụ năm ${y + 1}`,
        `Hội nghị tổng kết ${random.int(3, 10)} năm thực hiện ${random.pick(DIRECTIVES)}`,
      ]),
    so_ket: () =>
      random.pick([`Hội nghị sơ kết 6 tháng đầu năm ${y} về ${topic}`, `Hội nghị sơ kết thực hiện ${random.pick(DIRECTIVES)}`]),
    giao_ban: () =>
      random.pick([
        `Hội nghị giao ban ${period} năm ${y}`,
        `Hội nghị giao ban Khối Dân vận ${period} năm ${y}`,
        `Giao ban Ban Thường trực với các tổ chức chính trị - xã hội ${period} năm ${y}`,
      ]),
    trien_khai: () =>
      random.pick([`Hội nghị quán triệt, triển khai ${random.pick(DIRECTIVES)}`, `Hội nghị triển khai kế hoạch ${topic} năm ${y}`]),
    chuyen_de: () => random.pick([`Hội nghị chuyên đề về ${topic}`, `Tọa đàm chuyên đề ${topic}`]),
    lam_viec: () => `Buổi làm việc với ${organisation} về ${topic}`,
    hiep_thuong: () =>
      random.pick([
        `Hội nghị hiệp thương lần thứ ${random.pick(['nhất', 'hai', 'ba'])} bầu cử đại biểu HĐND các cấp`,
        `Hội nghị hiệp thương cử bổ sung Ủy viên ${organisation}`,
      ]),
    phan_bien: () => `Hội nghị phản biện xã hội dự thảo ${random.pick(DRAFTS)}`,
    khac: () => '',
  };
  if (kind === 'khac') {
    const [kindOther, template] = random.pick(OTHER_KINDS);
    return { title: template.replace('{y}', String(y)), kindOther };
  }
  return { title: titles[kind](), kindOther: '' };
}

function randomMeetingDate(random: Random): Date {
  const span = LAST_DAY.getTime() - FIRST_DAY.getTime();
  const date = new Date(FIRST_DAY.getTime() + random.next() * span);
  while (date.getDay() === 0 || date.getDay() === 6) date.setDate(date.getDate() + 1);
  const [hour, minute] = random.pick([[8, 0], [8, 0], [14, 0], [14, 0], [7, 30], [13, 30]] as const);
  date.setHours(hour, minute, 0, 0);
  return date;
}

function statusFor(random: Random, start: Date, now: Date): MeetingStatus {
  if (start > now) return 'du_kien';
  const ageDays = (now.getTime() - start.getTime()) / 86_400_000;
  if (ageDays < 60) return random.pick(['da_hop', 'da_co_bien_ban', 'hoan_tat'] as const);
  const roll = random.next();
  return roll < 0.7 ? 'hoan_tat' : roll < 0.95 ? 'da_co_bien_ban' : 'da_hop';
}

function generateMeetings(
  random: Random,
  count: number,
  people: GeneratedPerson[],
  organisations: GeneratedOrganisation[],
  now: Date,
): GeneratedMeeting[] {
  // Oldest first: meetings are entered roughly when they happen, so ids grow with dates.
  const dates = Array.from({ length: count }, () => randomMeetingDate(random)).sort((a, b) => a.getTime() - b.getTime());
  return dates.map((start) => {
    const kind = pickKind(random);
    const { title, kindOther } = meetingTitle(random, kind, start, organisations);
    const status = statusFor(random, start, now);
    const held = status !== 'du_kien';
    const format = random.pick(['truc_tiep', 'truc_tiep', 'truc_tiep', 'truc_tiep', 'truc_tiep', 'truc_tiep', 'ket_hop', 'truc_tuyen'] as const);
    const end = new Date(start.getTime() + random.int(2, 4) * 3_600_000);
    const attendees = generateAttendees(random, people, organisations, held);
    const speakers = attendees.filter((a) => a.attendance === 'co_mat');
    const agenda = Array.from({ length: random.int(2, 6) }, (_, index) => {
      const presenter = random.pick(speakers);
      return {
        id: randomUUID(),
        title: index === 0 ? AGENDA_TITLES[0] : random.pick(AGENDA_TITLES),
        presenter: `${presenter.fullName}, ${presenter.title}`,
        speeches: held
          ? Array.from({ length: random.int(0, 3) }, () => {
              const speaker = random.pick(speakers);
              return {
                id: randomUUID(),
                kind: random.pick(['bao_cao', 'tham_luan', 'phat_bieu', 'chi_dao'] as const),
                speakerName: speaker.fullName,
                speakerTitle: speaker.title,
                summary: Array.from({ length: random.int(1, 3) }, () => random.pick(SPEECH_SENTENCES)).join(' '),
              };
            })
          : [],
      };
    });
    const createdAt = new Date(start.getTime() - random.int(1, 20) * 86_400_000);
    const updatedAt = held ? new Date(Math.min(start.getTime() + random.int(0, 30) * 86_400_000, now.getTime())) : createdAt;
    return {
      input: {
        title,
        kind,
        kindOther,
        startAt: toLocalDateTimeString(start),
        endAt: random.chance(0.8) ? toLocalDateTimeString(end) : null,
        place: random.chance(0.8) ? random.pick(PLACES_OF_MEETING) : `Hội trường Ủy ban nhân dân xã ${random.pick(PLACES)}`,
        format,
        connectedPoints:
          format === 'truc_tiep'
            ? []
            : Array.from({ length: random.int(5, 20) }, (_, i) => ({ id: randomUUID(), name: `Điểm cầu số ${i + 1}` })),
        hostName: random.pick(HOSTS),
        status,
        notes: random.chance(0.3) ? random.pick(SPEECH_SENTENCES) : '',
        attendees,
        agenda,
        conclusions: held && status !== 'da_hop'
          ? Array.from({ length: random.int(2, 6) }, () => ({ id: randomUUID(), content: random.pick(CONCLUSION_SENTENCES) }))
          : [],
        awards:
          held && (kind === 'tong_ket' || kind === 'so_ket')
            ? Array.from({ length: random.int(0, 6) }, () => ({
                id: randomUUID(),
                form: random.pick(['co_thi_dua', 'bang_khen', 'giay_khen'] as const),
                formOther: '',
                recipient: random.pick(organisations).input.name,
                recipientKind: 'tap_the' as const,
                issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố',
              }))
            : [],
      },
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      deletedAt: random.chance(0.01) ? updatedAt.toISOString() : null,
    };
  });
}

type GeneratedAttendee = NonNullable<MeetingInput['attendees']>[number] & { fullName: string; title: string };

/** About twenty a meeting: a chair, sometimes a co-chair, delegates, guests and a secretary. */
function generateAttendees(
  random: Random,
  people: GeneratedPerson[],
  organisations: GeneratedOrganisation[],
  held: boolean,
): GeneratedAttendee[] {
  const count = random.int(8, 32);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, people.length)) chosen.add(random.int(0, people.length - 1));
  return [...chosen].map((personIndex, position) => {
    const role: AttendeeRole =
      position === 0
        ? 'chu_tri'
        : position === 1 && random.chance(0.1)
          ? 'dong_chu_tri'
          : position === count - 1
            ? 'thu_ky'
            : random.chance(0.8)
              ? 'dai_bieu'
              : 'khach_moi';
    const roll = random.next();
    const attendance = !held || role === 'chu_tri' || roll < 0.9 ? 'co_mat' : roll < 0.97 ? 'vang_co_ly_do' : 'vang';
    const person = people[personIndex]!.input;
    const organisationName = organisations[(person.organisationId ?? 1) - 1]!.input.name;
    // One in ten is a guest typed in by hand rather than picked from the directory.
    const guest = random.chance(0.1);
    return {
      id: randomUUID(),
      personId: guest ? null : personIndex + 1,
      fullName: guest ? personName(random) : person.fullName,
      // The title at the meeting is usually today's directory title, sometimes an earlier one.
      title: random.chance(0.15) ? `Phó Chủ tịch ${organisationName}` : (person.title ?? ''),
      organisationName,
      role,
      attendance,
      absenceReason: attendance === 'vang_co_ly_do' ? random.pick(ABSENCE_REASONS) : '',
    };
  });
}
