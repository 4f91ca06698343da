import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { GIAO_BAN_2024, KHOI_DAN_VAN_2020, TRIEN_KHAI_2021 } from './article-meetings';
import { calendarMeetings } from './calendar-meetings';
import { createDemoCall, type DemoCall } from './client';
import { seedDemoDocuments, type DemoDocumentIds } from './documents';
import { seedDemoDirectives, type DemoDirectiveIds } from './directives';
import {
  DEMO_ORGANISATIONS,
  DEMO_PEOPLE,
  DEMO_PROFILE,
  type OrganisationKey,
  type OrganisationSeed,
  type PersonKey,
  type PersonSeed,
} from './directory-data';
import { buildMeetingInput, type MeetingSpec } from './meeting-spec';
import { seedDemoTasks, type DemoTaskIds } from './tasks';
import { seedDemoExchange, type DemoAssignedDirective } from './exchange';

export interface DemoIds {
  organisations: Record<OrganisationKey, number>;
  people: Record<PersonKey, number>;
  /** The meetings reported in samples/articles. */
  articleMeetings: { trienKhai2021: number; giaoBan2024: number; khoiDanVan2020: number };
  /** Every meeting created, oldest first. */
  meetings: number[];
  /** Documents drafted from the article meetings. */
  documents: DemoDocumentIds;
  /** The directives register, linked to the article meetings; `assigned`: those given to the wards below. */
  directives: DemoDirectiveIds & { plan: number; assigned: DemoAssignedDirective[] };
  /** The committee's own code and the codes of the committees below it (exchange packages). */
  committees: { own: string; below: string[] };
  /** Follow-up tasks from the meetings' conclusions and the directives, around `ctx.now()`. */
  tasks: DemoTaskIds;
}

/**
 * Fills an empty database with a realistic committee: profile, directory, the three meetings
 * of the sample articles with their drafted minutes and conclusion notices, and a year of other
 * meetings around `ctx.now()`. Everything goes
 * through the real handlers, so the data is validated and normalised like user input.
 * Used by the unit tests, the CLI `demo` command and the screenshot script.
 */
export function seedDemoData(ctx: CoreContext): DemoIds {
  assertEmpty(ctx);
  const call = createDemoCall(ctx);
  call('profile:save', DEMO_PROFILE);
  const organisations = seedOrganisations(call);
  const people = seedPeople(call, organisations);
  retireDissolvedOrganisations(call, organisations);

  const trienKhai2021 = seedMeeting(call, TRIEN_KHAI_2021, people);
  const giaoBan2024 = seedMeeting(call, GIAO_BAN_2024, people);
  const khoiDanVan2020 = seedMeeting(call, KHOI_DAN_VAN_2020, people);
  const others = calendarMeetings(ctx.now()).map((spec) => seedMeeting(call, spec, people));
  const directives = seedDemoDirectives(call, organisations, { trienKhai2021, giaoBan2024, khoiDanVan2020 }, ctx.now());
  const tasks = seedDemoTasks(call, ctx.now(), organisations, people, { trienKhai2021, giaoBan2024, khoiDanVan2020, others }, directives);
  // Drafted once the conclusions were given as tasks, so the notices say who leads each.
  const documents = seedDemoDocuments(call, { trienKhai2021, giaoBan2024, khoiDanVan2020 });
  const exchange = seedDemoExchange(call, ctx.now(), directives);

  return {
    organisations,
    people,
    articleMeetings: { trienKhai2021, giaoBan2024, khoiDanVan2020 },
    meetings: [khoiDanVan2020, trienKhai2021, giaoBan2024, ...others],
    documents,
    directives: { ...directives, all: [...directives.all, exchange.plan], plan: exchange.plan, assigned: exchange.assigned },
    committees: exchange.committees,
    tasks,
  };
}

/** Demo records mixed into a user's own data could never be told apart again, so refuse. */
function assertEmpty(ctx: CoreContext): void {
  const row = ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM meetings) + (SELECT count(*) FROM organisations) + (SELECT count(*) FROM people)
         + (SELECT count(*) FROM documents) + (SELECT count(*) FROM directives) AS n`,
    )
    .get() as { n: number };
  if (row.n > 0) {
    throw new AppError('CONFLICT', 'Chỉ tạo được dữ liệu mẫu trong một tệp dữ liệu trống.');
  }
}

function seedOrganisations(call: DemoCall): Record<OrganisationKey, number> {
  const ids = {} as Record<OrganisationKey, number>;
  for (const key of Object.keys(DEMO_ORGANISATIONS) as OrganisationKey[]) {
    const seed: OrganisationSeed = DEMO_ORGANISATIONS[key];
    const saved = call('organisations:save', { id: null, name: seed.name, kind: seed.kind, abbreviation: seed.abbreviation });
    ids[key] = saved.id;
  }
  return ids;
}

function seedPeople(call: DemoCall, organisations: Record<OrganisationKey, number>): Record<PersonKey, number> {
  const ids = {} as Record<PersonKey, number>;
  for (const key of Object.keys(DEMO_PEOPLE) as PersonKey[]) {
    const seed: PersonSeed = DEMO_PEOPLE[key];
    const saved = call('people:save', {
      id: null,
      fullName: seed.fullName,
      title: seed.title,
      organisationId: organisations[seed.organisation],
      phone: seed.phone ?? '',
      email: seed.email ?? '',
    });
    ids[key] = saved.id;
  }
  return ids;
}

/** Bodies dissolved in 2025 are retired only after their former people were filed under them. */
function retireDissolvedOrganisations(call: DemoCall, organisations: Record<OrganisationKey, number>): void {
  for (const key of Object.keys(DEMO_ORGANISATIONS) as OrganisationKey[]) {
    const seed: OrganisationSeed = DEMO_ORGANISATIONS[key];
    if (seed.active === false) call('organisations:setActive', { id: organisations[key], active: false });
  }
}

function seedMeeting(call: DemoCall, spec: MeetingSpec, people: Record<PersonKey, number>): number {
  const { id } = call('meetings:create', { title: spec.title, kind: spec.kind, startAt: spec.startAt });
  call('meetings:save', buildMeetingInput(id, spec, people));
  return id;
}
