import fs from 'node:fs';
import path from 'node:path';
import type { AddedLeaders, MissingLeaders } from '../../../shared/schemas/leaders';
import { createDispatch } from '../../core/handlers/dispatch';
import { handlers } from '../../core/handlers';
import { AppError } from '../../core/errors';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

/**
 * The profile's chair and vice-chairs not yet in the directory, as "Hồ sơ Ủy ban" offers them
 * after a save: `{ leaders, organisation, committeeName }`. With `--add`, adds them all exactly
 * as "Thêm vào danh bạ" does: `{ added, organisation, organisationAdded }`.
 */
export const leadersCommand: CliCommand = {
  name: 'leaders',
  usage: ['leaders --db TỆP_DỮ_LIỆU [--add]'],
  async run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}.`);
    const add = args.options.get('add') === true;
    return withCliContext(dbFile, async (ctx) => {
      const dispatch = createDispatch(ctx, handlers);
      const missing = await dispatch('people:missingLeaders', undefined);
      if (!missing.ok) throw new AppError(missing.error.code, missing.error.message);
      const found = missing.data as MissingLeaders;
      if (!add) return found;
      if (found.leaders.length === 0) return { added: [], organisation: found.organisation, organisationAdded: false };
      const added = await dispatch('people:addLeaders', { fullNames: found.leaders.map((l) => l.fullName) });
      if (!added.ok) throw new AppError(added.error.code, added.error.message);
      return added.data as AddedLeaders;
    });
  },
};
