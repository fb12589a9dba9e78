import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import { reviewerIdentitySchema, type ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';

const KEY = 'reviewer.identity';

/** The workstation's reviewer (评查人员), kept in `settings` so every transport sees the same one. */
export function createReviewerIdentityStore(db: () => Kysely<DB>) {
  const get = async (): Promise<ReviewerIdentity | null> => {
    const row = await db().selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
    if (!row) return null;
    const parsed = reviewerIdentitySchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  };
  return {
    get,
    async set(identity: ReviewerIdentity): Promise<ReviewerIdentity> {
      const value = JSON.stringify(identity);
      const now = new Date().toISOString();
      await db()
        .insertInto('settings')
        .values({ key: KEY, value, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
        .execute();
      return identity;
    },
    /** Reviews and changes are always attributed: refuse to write without an identity. */
    async require(): Promise<ReviewerIdentity> {
      const identity = await get();
      if (!identity)
        throw new AppError('E_CONFLICT', '尚未设置评查人员：请先在“设置 → 评查人员”中填写姓名、单位和角色');
      return identity;
    },
  };
}

export type ReviewerIdentityStore = ReturnType<typeof createReviewerIdentityStore>;
