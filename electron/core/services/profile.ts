import type { Profile, ProfileInput } from '../../../shared/schemas/profile';
import type { profileInput } from '../../../shared/schemas/profile';
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { getProfile, writeProfile } from '../repositories/profile';
import { writeTransaction } from '../db/write/transaction';

export function saveProfile(ctx: CoreContext, input: z.output<typeof profileInput>): Profile {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const accentedFileNames = input.accentedFileNames ?? getProfile(ctx.db)?.accentedFileNames ?? false;
    writeProfile(ctx.db, { ...input, accentedFileNames }, at);
  });
  return getProfile(ctx.db)!;
}

export type { ProfileInput };
