import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { CampaignCase } from '../../../preload/contract/methods/campaigns';
import type { DB } from '../../db/schema';
import type { CampaignAccess } from './campaign-access';
import { recordCampaignChange } from './campaign-audit';

const baseQuery = (trx: Kysely<DB>) =>
  trx
    .selectFrom('campaign_cases as cc')
    .innerJoin('cases as c', 'c.id', 'cc.case_id')
    .select([
      'cc.case_id',
      'c.case_number',
      'c.name',
      'c.agency',
      'c.act_type',
      'c.closed_date',
      'cc.source',
      'cc.stratum',
      'cc.reason',
      'cc.added_at',
      'cc.removed_at',
      'cc.removed_reason',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

const toCase = (r: Row): CampaignCase => ({
  caseId: r.case_id,
  caseNumber: r.case_number ?? '',
  name: r.name ?? '',
  agency: r.agency ?? '',
  actType: r.act_type ?? '',
  closedDate: r.closed_date,
  source: r.source,
  stratum: r.stratum,
  reason: r.reason,
  addedAt: r.added_at,
  removedAt: r.removed_at,
  removedReason: r.removed_reason,
});

/** The campaign's dossiers: list, manual add and soft removal, each with a reason. */
export function createCampaignCases(deps: { db: () => Kysely<DB>; access: CampaignAccess }) {
  const { db, access } = deps;

  const one = async (trx: Kysely<DB>, campaignId: string, caseId: string) => {
    const row = await baseQuery(trx)
      .where('cc.campaign_id', '=', campaignId)
      .where('cc.case_id', '=', caseId)
      .executeTakeFirst();
    if (!row) throw new AppError('E_NOT_FOUND', `案卷不在本评查活动中：${caseId}`);
    return toCase(row);
  };

  return {
    async list(campaignId: string): Promise<CampaignCase[]> {
      await access.campaignRow(campaignId);
      const rows = await baseQuery(db())
        .where('cc.campaign_id', '=', campaignId)
        .orderBy('c.agency')
        .orderBy('c.case_number')
        .orderBy('cc.case_id')
        .execute();
      return rows.map(toCase);
    },

    async add(campaignId: string, caseId: string, reason: string): Promise<CampaignCase> {
      return db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          await access.campaignRow(campaignId, trx);
          const kase = await trx
            .selectFrom('cases')
            .select(['id', 'deleted_at'])
            .where('id', '=', caseId)
            .executeTakeFirst();
          if (!kase || kase.deleted_at !== null)
            throw new AppError('E_NOT_FOUND', `案卷不存在或已删除：${caseId}`);
          const existing = await trx
            .selectFrom('campaign_cases')
            .select('removed_at')
            .where('campaign_id', '=', campaignId)
            .where('case_id', '=', caseId)
            .executeTakeFirst();
          const now = new Date().toISOString();
          if (existing && existing.removed_at === null)
            throw new AppError('E_CONFLICT', '该案卷已在本评查活动中');
          if (existing) {
            await trx
              .updateTable('campaign_cases')
              .set({
                source: 'manual',
                reason,
                removed_at: null,
                removed_reason: null,
                added_at: now,
                sample_id: null,
                stratum: '',
              })
              .where('campaign_id', '=', campaignId)
              .where('case_id', '=', caseId)
              .execute();
          } else {
            await trx
              .insertInto('campaign_cases')
              .values({ campaign_id: campaignId, case_id: caseId, source: 'manual', reason, added_at: now })
              .execute();
          }
          await recordCampaignChange(trx, {
            actor,
            action: 'case.add',
            entityType: 'campaign_case',
            entityId: `${campaignId}/${caseId}`,
            reason,
          });
          return one(trx, campaignId, caseId);
        });
    },

    async remove(campaignId: string, caseId: string, reason: string): Promise<CampaignCase> {
      return db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          const current = await one(trx, campaignId, caseId);
          if (current.removedAt !== null) throw new AppError('E_CONFLICT', '该案卷已移出本评查活动');
          const locked = await trx
            .selectFrom('campaign_results')
            .select('locked')
            .where('campaign_id', '=', campaignId)
            .where('case_id', '=', caseId)
            .where('locked', '=', 1)
            .executeTakeFirst();
          if (locked)
            throw new AppError('E_LOCKED', '该案卷的评查结果已锁定，不能移出；如确需移出，请先重新打开结果');
          // Assignments not yet started go; started reviews stay the reviewers' own records.
          await trx
            .deleteFrom('campaign_assignments')
            .where('campaign_id', '=', campaignId)
            .where('case_id', '=', caseId)
            .where('review_id', 'is', null)
            .execute();
          await trx
            .updateTable('campaign_cases')
            .set({ removed_at: new Date().toISOString(), removed_reason: reason })
            .where('campaign_id', '=', campaignId)
            .where('case_id', '=', caseId)
            .execute();
          await recordCampaignChange(trx, {
            actor,
            action: 'case.remove',
            entityType: 'campaign_case',
            entityId: `${campaignId}/${caseId}`,
            reason,
          });
          return one(trx, campaignId, caseId);
        });
    },
  };
}
