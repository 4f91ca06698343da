import type { z } from 'zod';
import type { Organisation, Person, organisationInput, personInput } from '../../../shared/schemas/directory';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { assertNotExchanged } from '../exchange/committees';
import {
  deleteOrganisationRow,
  findOrganisation,
  findOrganisationByName,
  insertOrganisation,
  reassignOrganisation,
  setOrganisationActive,
  updateOrganisation,
} from '../repositories/organisations';
import {
  deletePersonRow,
  findPerson,
  findPossibleDuplicates,
  insertPerson,
  reassignPerson,
  refreshPeopleSearchText,
  setPersonActive,
  updatePerson,
  type PersonIdentity,
} from '../repositories/people';
import { possibleDuplicate } from './people-messages';
import { foldForSearch } from '../../../shared/text';
import { countTasksOfOrganisation, countTasksOfPerson, reassignTaskOrganisation, reassignTaskPerson } from '../repositories/tasks';
import { writeTransaction } from '../db/write/transaction';

export function saveOrganisation(ctx: CoreContext, input: z.output<typeof organisationInput>): Organisation {
  const at = ctx.now().toISOString();
  const id = writeTransaction(ctx.db, () => {
    const sameName = findOrganisationByName(ctx.db, input.name);
    if (sameName && sameName.id !== input.id) {
      throw new AppError(
        'CONFLICT',
        `Danh bạ đã có "${sameName.name}". Hãy sửa bản ghi đó, hoặc đặt tên khác nếu đây là một tổ chức khác.`,
      );
    }
    if (input.id === null) return insertOrganisation(ctx.db, input, at);
    if (!updateOrganisation(ctx.db, input.id, input, { at, baseUpdatedAt: input.baseUpdatedAt })) throw notFound('cơ quan, tổ chức');
    refreshPeopleSearchText(ctx.db, input.id, at);
    return input.id;
  });
  return findOrganisation(ctx.db, id)!;
}

export function setOrganisationActiveState(ctx: CoreContext, id: number, active: boolean): Organisation {
  if (!setOrganisationActive(ctx.db, id, active, ctx.now().toISOString())) throw notFound('cơ quan, tổ chức');
  return findOrganisation(ctx.db, id)!;
}

/** Keeps `keepId`, moves the people of `mergeId` onto it and removes the duplicate. */
export function mergeOrganisations(ctx: CoreContext, keepId: number, mergeId: number): Organisation {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    if (!findOrganisation(ctx.db, keepId) || !findOrganisation(ctx.db, mergeId)) throw notFound('cơ quan, tổ chức');
    assertNotExchanged(ctx.db, mergeId);
    reassignOrganisation(ctx.db, mergeId, keepId, at);
    reassignTaskOrganisation(ctx.db, mergeId, keepId, at);
    deleteOrganisationRow(ctx.db, mergeId, at);
    refreshPeopleSearchText(ctx.db, keepId, at);
  });
  return findOrganisation(ctx.db, keepId)!;
}

export function deleteOrganisation(ctx: CoreContext, id: number): { id: number } {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const organisation = findOrganisation(ctx.db, id);
    if (!organisation) throw notFound('cơ quan, tổ chức');
    if (organisation.peopleCount > 0) {
      throw new AppError(
        'IN_USE',
        `"${organisation.name}" đang có ${organisation.peopleCount} người trong danh bạ nên không xóa được. ` +
          'Hãy chuyển họ sang tổ chức khác, gộp vào bản ghi trùng, hoặc chọn "Ngừng sử dụng".',
      );
    }
    const tasks = countTasksOfOrganisation(ctx.db, id);
    if (tasks > 0) {
      throw new AppError(
        'IN_USE',
        `"${organisation.name}" được giao ${tasks} nhiệm vụ (chủ trì hoặc phối hợp) nên không xóa được. ` +
          'Hãy gộp vào bản ghi trùng, hoặc chọn "Ngừng sử dụng".',
      );
    }
    assertNotExchanged(ctx.db, id);
    deleteOrganisationRow(ctx.db, id, at);
  });
  return { id };
}

/** A new person, or one whose name, title or organisation changes: the people they may already be. */
function checkNotDuplicate(ctx: CoreContext, input: z.output<typeof personInput>): void {
  if (input.confirmDuplicate) return;
  const stored = input.id === null ? null : findPerson(ctx.db, input.id);
  if (input.id !== null && (stored === null || sameIdentity(stored, input))) return;
  const matches = findPossibleDuplicates(ctx.db, input, input.id);
  if (matches.length > 0) throw possibleDuplicate(matches);
}

function sameIdentity(a: PersonIdentity, b: PersonIdentity): boolean {
  return foldForSearch(a.fullName) === foldForSearch(b.fullName) && foldForSearch(a.title) === foldForSearch(b.title) && a.organisationId === b.organisationId;
}

/**
 * Adds or edits a person. Someone who may already be in the directory (same name, nothing recorded
 * to tell them apart: `mayBeSamePerson`) is refused with PERSON_DUPLICATE, naming them, until the
 * user confirms (`confirmDuplicate`).
 */
export function savePerson(ctx: CoreContext, input: z.output<typeof personInput>): Person {
  const at = ctx.now().toISOString();
  const id = writeTransaction(ctx.db, () => {
    if (input.organisationId !== null && !findOrganisation(ctx.db, input.organisationId)) {
      throw notFound('cơ quan, tổ chức đã chọn');
    }
    checkNotDuplicate(ctx, input);
    if (input.id === null) return insertPerson(ctx.db, input, at);
    if (!updatePerson(ctx.db, input.id, input, { at, baseUpdatedAt: input.baseUpdatedAt })) throw notFound('người này trong danh bạ');
    return input.id;
  });
  return findPerson(ctx.db, id)!;
}

export function setPersonActiveState(ctx: CoreContext, id: number, active: boolean): Person {
  if (!setPersonActive(ctx.db, id, active, ctx.now().toISOString())) throw notFound('người này trong danh bạ');
  return findPerson(ctx.db, id)!;
}

/**
 * Merges a duplicate person into the one kept. Past meetings keep the names and titles they
 * recorded; only the link to the directory moves.
 */
export function mergePeople(ctx: CoreContext, keepId: number, mergeId: number): Person {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    if (!findPerson(ctx.db, keepId) || !findPerson(ctx.db, mergeId)) throw notFound('người này trong danh bạ');
    reassignPerson(ctx.db, mergeId, keepId, at);
    reassignTaskPerson(ctx.db, mergeId, keepId, at);
    deletePersonRow(ctx.db, mergeId, at);
  });
  return findPerson(ctx.db, keepId)!;
}

export function deletePerson(ctx: CoreContext, id: number): { id: number } {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const person = findPerson(ctx.db, id);
    if (!person) throw notFound('người này trong danh bạ');
    if (person.meetingCount > 0) {
      throw new AppError(
        'IN_USE',
        `${person.fullName} có tên trong ${person.meetingCount} hội nghị nên không xóa được. ` +
          'Hãy chọn "Ngừng sử dụng" để ẩn khỏi danh sách chọn, hoặc gộp vào bản ghi trùng.',
      );
    }
    const tasks = countTasksOfPerson(ctx.db, id);
    if (tasks > 0) {
      throw new AppError(
        'IN_USE',
        `${person.fullName} đang phụ trách ${tasks} nhiệm vụ nên không xóa được. ` +
          'Hãy chọn "Ngừng sử dụng", hoặc gộp vào bản ghi trùng.',
      );
    }
    deletePersonRow(ctx.db, id, at);
  });
  return { id };
}
