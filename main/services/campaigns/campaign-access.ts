import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import { reviewerIdentitySchema, type ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import type { ReviewerIdentityStore } from '../reviews/reviewer-identity';

export type MemberRow = Selectable<DB['campaign_members']>;
export type CampaignRow = Selectable<DB['campaigns']>;

/**
 * Who may do what in a campaign. The acting person is this workstation's
 * reviewer (设置 → 评查人员), matched to a panel member by name and unit.
 * Enforced here, in the API, not only in the UI.
 */
export function createCampaignAccess(db: () => Kysely<DB>, reviewer: ReviewerIdentityStore) {
  const campaignRow = async (id: string, trx: Kysely<DB> = db()): Promise<CampaignRow> => {
    const row = await trx.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('E_NOT_FOUND', `评查活动不存在：${id}`, { id });
    return row;
  };

  const memberOf = (campaignId: string, actor: ReviewerIdentity, trx: Kysely<DB> = db()) =>
    trx
      .selectFrom('campaign_members')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .where('name', '=', actor.name)
      .where('unit', '=', actor.unit)
      .executeTakeFirst();

  const leaders = (campaignId: string, trx: Kysely<DB> = db()) =>
    trx
      .selectFrom('campaign_members')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .where('role', '=', 'leader')
      .execute();

  /**
   * The workstation's reviewer read through `trx`: inside a transaction the
   * store's own db() would wait for the connection the transaction holds.
   */
  const actorIn = async (trx: Kysely<DB>): Promise<ReviewerIdentity> => {
    const row = await trx
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'reviewer.identity')
      .executeTakeFirst();
    const parsed = row ? reviewerIdentitySchema.safeParse(JSON.parse(row.value)) : null;
    if (parsed?.success) return parsed.data;
    throw new AppError('E_CONFLICT', '尚未设置评查人员：请先在“设置 → 评查人员”中填写姓名、单位和角色');
  };

  return {
    campaignRow,
    memberOf,
    leaders,
    actor: () => reviewer.require(),

    /**
     * Settings, sampling, panel and assignment: the leader once the panel has
     * one; before that (setting up) whoever is at the workstation.
     */
    async requireManager(campaignId: string, trx: Kysely<DB> = db()): Promise<ReviewerIdentity> {
      const actor = await actorIn(trx);
      const all = await leaders(campaignId, trx);
      if (all.length > 0 && !all.some((l) => l.name === actor.name && l.unit === actor.unit)) {
        throw new AppError(
          'E_UNAUTHORIZED',
          `只有评查组组长（${all.map((l) => l.name).join('、')}）可以修改评查活动；当前评查人员是 ${actor.name}`,
        );
      }
      return actor;
    },

    /** Consolidation, lock and reopen: strictly a leader of this campaign. */
    async requireLeader(campaignId: string, trx: Kysely<DB> = db()) {
      const actor = await actorIn(trx);
      const member = await memberOf(campaignId, actor, trx);
      if (!member || member.role !== 'leader') {
        throw new AppError(
          'E_UNAUTHORIZED',
          `只有评查组组长可以合议、锁定或重新打开结果；当前评查人员 ${actor.name}（${actor.unit || '未填单位'}）不是本活动的组长`,
        );
      }
      return { actor, member };
    },
  };
}

export type CampaignAccess = ReturnType<typeof createCampaignAccess>;
