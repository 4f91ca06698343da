import type { Channel, ChannelOutput, ChannelParsedInput } from '../../../shared/ipc/contract';
import type { CoreContext } from '../context';
import { getProfile } from '../repositories/profile';
import { listOrganisations } from '../repositories/organisations';
import { listPeople } from '../repositories/people';
import { listMeetingYears } from '../repositories/meetings';
import { saveProfile } from '../services/profile';
import {
  deleteOrganisation,
  deletePerson,
  mergeOrganisations,
  mergePeople,
  saveOrganisation,
  savePerson,
  setOrganisationActiveState,
  setPersonActiveState,
} from '../services/directory';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  restoreMeeting,
  saveMeeting,
} from '../services/meetings';
import { documentHandlers } from './documents';
import { exportHandlers } from './export';
import { taskHandlers } from './tasks';
import { directiveHandlers } from './directives';
import { reportHandlers } from './reports';
import { intakeHandlers } from './intake';
import { backupHandlers } from './backups';
import { exchangeHandlers } from './exchange';
import { searchHandlers } from './search';
import { getPersonPage } from '../services/person-page';
import { homeOverview } from '../services/home';
import { addLeaders, missingLeaders } from '../services/profile-leaders';

/** Every channel of the contract, implemented. The compiler checks both sides against each other. */
export type Handlers = {
  [C in Channel]: (ctx: CoreContext, input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export const handlers: Handlers = {
  'app:info': (ctx) => ({ version: ctx.appVersion, databasePath: ctx.databasePath, schemaVersion: ctx.schemaVersion }),
  'home:overview': (ctx) => homeOverview(ctx),

  'profile:get': (ctx) => getProfile(ctx.db),
  'profile:save': (ctx, input) => saveProfile(ctx, input),

  'organisations:list': (ctx, input) => listOrganisations(ctx.db, input.includeInactive),
  'organisations:save': (ctx, input) => saveOrganisation(ctx, input),
  'organisations:setActive': (ctx, input) => setOrganisationActiveState(ctx, input.id, input.active),
  'organisations:merge': (ctx, input) => mergeOrganisations(ctx, input.keepId, input.mergeId),
  'organisations:delete': (ctx, input) => deleteOrganisation(ctx, input.id),

  'people:list': (ctx, input) => listPeople(ctx.db, input),
  'people:save': (ctx, input) => savePerson(ctx, input),
  'people:setActive': (ctx, input) => setPersonActiveState(ctx, input.id, input.active),
  'people:merge': (ctx, input) => mergePeople(ctx, input.keepId, input.mergeId),
  'people:delete': (ctx, input) => deletePerson(ctx, input.id),
  'people:page': (ctx, input) => getPersonPage(ctx, input.id),
  'people:missingLeaders': (ctx) => missingLeaders(ctx),
  'people:addLeaders': (ctx, input) => addLeaders(ctx, input),

  'meetings:list': (ctx, input) => listMeetings(ctx, input),
  'meetings:years': (ctx) => listMeetingYears(ctx.db),
  'meetings:create': (ctx, input) => createMeeting(ctx, input),
  'meetings:get': (ctx, input) => getMeeting(ctx, input.id),
  'meetings:save': (ctx, input) => saveMeeting(ctx, input),
  'meetings:delete': (ctx, input) => deleteMeeting(ctx, input.id),
  'meetings:restore': (ctx, input) => restoreMeeting(ctx, input.id),

  ...documentHandlers,
  ...exportHandlers,
  ...taskHandlers,
  ...directiveHandlers,
  ...reportHandlers,
  ...intakeHandlers,
  ...backupHandlers,
  ...exchangeHandlers,
  ...searchHandlers,
};
