import type { z } from 'zod';
import type { Committee, CommitteeDirectory, CommitteeRelation, saveCommitteeInput } from '../../../shared/schemas/exchange';
import { vietnameseCollator } from '../../../shared/text';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { AppError, notFound } from '../errors';
import { organisations } from '../db/write/tables';
import { updateRow } from '../db/write/write';
import { findOrganisationByName, insertOrganisation } from '../repositories/organisations';
import { getProfile } from '../repositories/profile';
import { writeTransaction } from '../db/write/transaction';

/**
 * The committee above and the committees below, each an organisation of the directory (kind
 * "Ủy ban MTTQ") with a code and a relation (migration 008). The committee's own code is in its
 * profile.
 */

interface CommitteeRow {
  id: number;
  name: string;
  exchange_code: string;
  exchange_relation: CommitteeRelation;
  active: number;
}

const SELECT = `SELECT id, name, exchange_code, exchange_relation, active FROM organisations WHERE exchange_code IS NOT NULL`;

function toCommittee(row: CommitteeRow): Committee {
  return { id: row.id, name: row.name, code: row.exchange_code, relation: row.exchange_relation, active: row.active === 1 };
}

export function listCommittees(db: Db): Committee[] {
  return (db.prepare(SELECT).all() as CommitteeRow[])
    .map(toCommittee)
    .sort((a, b) => Number(b.active) - Number(a.active) || vietnameseCollator.compare(a.name, b.name));
}

export function findCommittee(db: Db, id: number): Committee | null {
  const row = db.prepare(`${SELECT} AND id = ?`).get(id) as CommitteeRow | undefined;
  return row ? toCommittee(row) : null;
}

export function findCommitteeByCode(db: Db, code: string): Committee | null {
  const row = db.prepare(`${SELECT} AND exchange_code = ?`).get(code) as CommitteeRow | undefined;
  return row ? toCommittee(row) : null;
}

/** The committee's own code and name, or null while its profile has no code. */
export function ownCommittee(db: Db): { code: string; name: string } | null {
  const profile = getProfile(db);
  if (!profile || profile.committeeCode === '') return null;
  return { code: profile.committeeCode, name: profile.committeeName };
}

/** The one committee directly above (two-tier local government: the province above a commune). */
export function committeeAbove(db: Db): Committee | null {
  return listCommittees(db).find((c) => c.relation === 'cap_tren' && c.active) ?? null;
}

export function committeeDirectory(ctx: CoreContext): CommitteeDirectory {
  const all = listCommittees(ctx.db);
  return {
    own: ownCommittee(ctx.db),
    above: all.filter((c) => c.relation === 'cap_tren'),
    below: all.filter((c) => c.relation === 'cap_duoi'),
  };
}

/** Sets the code and relation of an organisation (no transaction of its own: callers hold one). */
export function setCommitteeCode(db: Db, organisationId: number, code: string | null, relation: CommitteeRelation | null, at: string): void {
  updateRow(db, organisations, organisationId, { exchangeCode: code, exchangeRelation: relation }, { at });
}

const errors = {
  ownCode: (code: string) =>
    new AppError('CONFLICT', `Mã ${code} là mã của chính Ủy ban mình (ở mục Thông tin Ủy ban). Hãy nhập mã của đơn vị kia.`),
  codeTaken: (code: string, name: string) => new AppError('CONFLICT', `Mã ${code} đã được dùng cho “${name}”. Mỗi đơn vị có một mã riêng.`),
  secondAbove: (name: string) =>
    new AppError('CONFLICT', `Đã có Ủy ban cấp trên là “${name}”. Mỗi Ủy ban chỉ có một cấp trên trực tiếp; hãy sửa đơn vị đó nếu cần.`),
  nameIsCommittee: (name: string, code: string) =>
    new AppError('CONFLICT', `Danh bạ đã có “${name}” với mã ${code}. Hãy sửa đơn vị đó thay vì thêm mới.`),
};

/**
 * Adds or edits a committee above or below. A new one reuses the directory's organisation of the
 * same name if there is one (the province may already be there as the issuer of directives).
 */
export function saveCommittee(ctx: CoreContext, input: z.output<typeof saveCommitteeInput>): Committee {
  const at = ctx.now().toISOString();
  const id = writeTransaction(ctx.db, (): number => {
    if (ownCommittee(ctx.db)?.code === input.code) throw errors.ownCode(input.code);
    const holder = findCommitteeByCode(ctx.db, input.code);
    if (holder && holder.id !== input.id) throw errors.codeTaken(input.code, holder.name);
    if (input.relation === 'cap_tren') {
      const above = committeeAbove(ctx.db);
      if (above && above.id !== input.id) throw errors.secondAbove(above.name);
    }
    const sameName = findOrganisationByName(ctx.db, input.name);
    let organisationId: number;
    if (input.id === null) {
      if (sameName) {
        const existing = findCommittee(ctx.db, sameName.id);
        if (existing) throw errors.nameIsCommittee(existing.name, existing.code);
        organisationId = sameName.id;
      } else {
        organisationId = insertOrganisation(ctx.db, { name: input.name, kind: 'mat_tran', abbreviation: '' }, at);
      }
    } else {
      const current = findCommittee(ctx.db, input.id);
      if (!current) throw notFound('đơn vị cấp trên, cấp dưới này');
      if (sameName && sameName.id !== input.id) {
        throw new AppError('CONFLICT', `Danh bạ đã có “${sameName.name}”. Hãy đặt tên khác nếu đây là một đơn vị khác.`);
      }
      updateRow(ctx.db, organisations, input.id, { name: input.name }, { at });
      organisationId = input.id;
    }
    setCommitteeCode(ctx.db, organisationId, input.code, input.relation, at);
    return organisationId;
  });
  return findCommittee(ctx.db, id)!;
}

/**
 * Takes a committee off the exchange list (its code and relation); the organisation stays in the
 * directory. Refused while tasks given to it are still followed up here.
 */
export function removeCommittee(ctx: CoreContext, id: number): { id: number } {
  writeTransaction(ctx.db, () => {
    const committee = findCommittee(ctx.db, id);
    if (!committee) throw notFound('đơn vị cấp trên, cấp dưới này');
    const { n } = ctx.db.prepare('SELECT count(*) AS n FROM committee_assignments WHERE committee_id = ? AND deleted_at IS NULL').get(id) as {
      n: number;
    };
    if (n > 0) {
      throw new AppError(
        'IN_USE',
        `“${committee.name}” đang được giao ${n} nhiệm vụ theo dõi ở đây nên chưa bỏ khỏi danh sách được. Hãy xóa các nhiệm vụ đó trước.`,
      );
    }
    setCommitteeCode(ctx.db, id, null, null, ctx.now().toISOString());
  });
  return { id };
}

/**
 * Deleting or merging away an organisation that stands for a committee above or below would cut
 * the tasks given to it and the packages naming its code: refused until it is off the exchange list
 * and no task given to it is kept here, even in the bin.
 */
export function assertNotExchanged(db: Db, organisationId: number): void {
  const committee = findCommittee(db, organisationId);
  if (committee) {
    throw new AppError(
      'IN_USE',
      `“${committee.name}” là đơn vị ${committee.relation === 'cap_tren' ? 'cấp trên' : 'cấp dưới'} (mã ${committee.code}) trong danh sách trao đổi. ` +
        'Hãy bỏ đơn vị khỏi danh sách ở mục “Cấp trên, cấp dưới” trước.',
    );
  }
  const { n } = db.prepare('SELECT count(*) AS n FROM committee_assignments WHERE committee_id = ?').get(organisationId) as { n: number };
  if (n > 0) {
    throw new AppError('IN_USE', `Đơn vị này còn ${n} nhiệm vụ đã giao (kể cả nhiệm vụ đã xóa) được lưu để theo dõi, nên không xóa hay gộp được.`);
  }
}
