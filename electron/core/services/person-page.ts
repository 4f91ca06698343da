import type { PersonPage } from '../../../shared/schemas/person-page';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { findPerson } from '../repositories/people';
import { personAttendances, personAwards, personSpeeches, personTasks } from '../repositories/person-page';

/**
 * A person's page. Attendances follow the directory link (kept through merges); speeches and
 * awards name people only as text, so they are matched on the name as recorded, folded
 * (case, marks and đ aside) — a namesake would show too, which the page says.
 */
export function getPersonPage(ctx: CoreContext, id: number): PersonPage {
  const person = findPerson(ctx.db, id);
  if (!person) throw notFound('người này trong danh bạ');
  return {
    person,
    attended: personAttendances(ctx.db, id),
    spoke: personSpeeches(ctx.db, person.fullName),
    awards: personAwards(ctx.db, person.fullName),
    tasks: personTasks(ctx.db, id),
  };
}
