import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type {
  Campaign,
  CampaignMemberInput,
  CampaignSettings,
  CampaignSummary,
} from '../../../preload/contract/methods/campaigns';
import { campaignMemberInputSchema } from '../../../preload/contract/methods/campaigns';
import type { DB } from '../../db/schema';
import type { StandardsService } from '../standards/standards-service';
import type { CampaignAccess } from './campaign-access';
import { recordCampaignChange } from './campaign-audit';
import {
  campaignFromRows,
  memberFromRow,
  requireMember,
  settingsFromRow,
  settingsToRow,
} from './campaign-rows';

/** Refuses settings that zod cannot see are wrong: unknown standard versions, unordered bands. */
async function checkSettings(s: CampaignSettings, standards: StandardsService): Promise<void> {
  for (const [actType, versionId] of Object.entries(s.standards)) {
    try {
      await standards.versionRow(versionId);
    } catch {
      throw new AppError(
        'E_INVALID_ARGS',
        `“${actType === '*' ? '其他行为类型' : actType}”的评查标准版本不存在：${versionId}`,
      );
    }
  }
  const bands = s.gradeBands;
  if (bands) {
    const ordered = bands.every((b, i) => i === 0 || b.min < bands[i - 1]!.min);
    if (!ordered || bands[bands.length - 1]!.min !== 0) {
      throw new AppError('E_INVALID_ARGS', '等次分数线应从高到低排列，最后一档的下限为 0');
    }
  }
  const { closedFrom, closedTo } = s.scope;
  if (closedFrom && closedTo && closedFrom > closedTo) {
    throw new AppError('E_INVALID_ARGS', `结案日期范围无效：${closedFrom} 晚于 ${closedTo}`);
  }
}

const sameIdentity = (a: { name: string; unit: string }, b: { name: string; unit: string }) =>
  a.name === b.name && a.unit === b.unit;

/** Campaign settings and the panel (评查组). */
export function createCampaignSettings(deps: {
  db: () => Kysely<DB>;
  access: CampaignAccess;
  standards: StandardsService;
}) {
  const { db, access, standards } = deps;

  const get = async (id: string): Promise<Campaign> => {
    const row = await access.campaignRow(id);
    const members = await db()
      .selectFrom('campaign_members')
      .selectAll()
      .where('campaign_id', '=', id)
      .orderBy('role')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return campaignFromRows(row, members);
  };

  const insertMember = async (trx: Kysely<DB>, campaignId: string, input: CampaignMemberInput) => {
    const m = campaignMemberInputSchema.parse(input);
    const clash = await trx
      .selectFrom('campaign_members')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('name', '=', m.name)
      .where('unit', '=', m.unit)
      .executeTakeFirst();
    if (clash) throw new AppError('E_CONFLICT', `评查组中已有 ${m.name}（${m.unit || '未填单位'}）`);
    const id = ulid();
    await trx
      .insertInto('campaign_members')
      .values({ id, campaign_id: campaignId, ...m })
      .execute();
    return { id, ...m };
  };

  return {
    get,

    async list(): Promise<CampaignSummary[]> {
      const rows = await db()
        .selectFrom('campaigns as c')
        .select((eb) => [
          'c.id',
          'c.name',
          'c.year',
          'c.batch',
          'c.status',
          'c.created_at',
          'c.updated_at',
          eb
            .selectFrom('campaign_cases')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('campaign_id', '=', 'c.id')
            .where('removed_at', 'is', null)
            .as('case_count'),
          eb
            .selectFrom('campaign_members')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('campaign_id', '=', 'c.id')
            .as('member_count'),
          eb
            .selectFrom('campaign_results')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('campaign_id', '=', 'c.id')
            .where('locked', '=', 1)
            .as('locked_count'),
        ])
        .orderBy('c.created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        year: r.year,
        batch: r.batch,
        status: r.status,
        caseCount: Number(r.case_count ?? 0),
        memberCount: Number(r.member_count ?? 0),
        lockedCount: Number(r.locked_count ?? 0),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
    },

    async create(settings: CampaignSettings, members: readonly CampaignMemberInput[]): Promise<Campaign> {
      const actor = await access.actor();
      await checkSettings(settings, standards);
      const id = ulid();
      const now = new Date().toISOString();
      await db()
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('campaigns')
            .values({ id, ...settingsToRow(settings), created_at: now, updated_at: now })
            .execute();
          await recordCampaignChange(trx, {
            actor,
            action: 'campaign.create',
            entityType: 'campaign',
            entityId: id,
            newValue: settings,
          });
          for (const input of members) {
            const m = await insertMember(trx, id, input);
            await recordCampaignChange(trx, {
              actor,
              action: 'member.add',
              entityType: 'campaign_member',
              entityId: m.id,
              newValue: m,
            });
          }
        });
      return get(id);
    },

    async update(id: string, settings: CampaignSettings): Promise<Campaign> {
      await checkSettings(settings, standards);
      await db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(id, trx);
          const old = settingsFromRow(await access.campaignRow(id, trx));
          const lockedResults = await trx
            .selectFrom('campaign_results')
            .select('case_id')
            .where('campaign_id', '=', id)
            .where('locked', '=', 1)
            .executeTakeFirst();
          if (lockedResults && JSON.stringify(old.standards) !== JSON.stringify(settings.standards)) {
            throw new AppError(
              'E_LOCKED',
              '已有锁定的评查结果，不能再更换评查标准；如确需更换，请先重新打开这些结果',
            );
          }
          await trx
            .updateTable('campaigns')
            .set({ ...settingsToRow(settings), updated_at: new Date().toISOString() })
            .where('id', '=', id)
            .execute();
          await recordCampaignChange(trx, {
            actor,
            action: 'campaign.update',
            entityType: 'campaign',
            entityId: id,
            oldValue: old,
            newValue: settings,
          });
        });
      return get(id);
    },

    async addMember(campaignId: string, input: CampaignMemberInput): Promise<Campaign> {
      await db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          await access.campaignRow(campaignId, trx);
          const m = await insertMember(trx, campaignId, input);
          await recordCampaignChange(trx, {
            actor,
            action: 'member.add',
            entityType: 'campaign_member',
            entityId: m.id,
            newValue: m,
          });
        });
      return get(campaignId);
    },

    async removeMember(campaignId: string, memberId: string, reason: string): Promise<Campaign> {
      await db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          const member = await requireMember(trx, campaignId, memberId);
          const started = await trx
            .selectFrom('campaign_assignments')
            .select('id')
            .where('member_id', '=', memberId)
            .where('review_id', 'is not', null)
            .executeTakeFirst();
          if (started) {
            throw new AppError(
              'E_CONFLICT',
              `${member.name} 已开始评查分配的案卷，不能移出评查组；请先改派这些案卷`,
            );
          }
          if (sameIdentity(member, actor) && member.role === 'leader') {
            const leaders = await access.leaders(campaignId, trx);
            if (leaders.length === 1)
              throw new AppError('E_CONFLICT', '不能移除唯一的组长；请先添加另一位组长');
          }
          await trx.deleteFrom('campaign_assignments').where('member_id', '=', memberId).execute();
          await trx.deleteFrom('campaign_members').where('id', '=', memberId).execute();
          await recordCampaignChange(trx, {
            actor,
            action: 'member.remove',
            entityType: 'campaign_member',
            entityId: memberId,
            oldValue: memberFromRow(member),
            reason,
          });
        });
      return get(campaignId);
    },
  };
}
