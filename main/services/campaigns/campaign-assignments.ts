import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type {
  AutoAssignOutcome,
  CampaignAssignment,
  QueueEntry,
} from '../../../preload/contract/methods/campaigns';
import type { DB } from '../../db/schema';
import type { ReviewsService } from '../reviews/reviews-service';
import type { CampaignAccess } from './campaign-access';
import { recordCampaignChange } from './campaign-audit';
import { requireMember, settingsFromRow, standardFor } from './campaign-rows';
import { assignmentQuery, linkReview, statusOf, toAssignment } from './assignment-rows';
import { conflictsWith } from './avoidance';
import { planAssignments } from './balanced-assignment';

/** Dossier × reviewer assignments with 回避, balanced load and the reviewer's queue. */
export function createCampaignAssignments(deps: {
  db: () => Kysely<DB>;
  access: CampaignAccess;
  reviews: ReviewsService;
}) {
  const { db, access, reviews } = deps;

  const list = async (campaignId: string): Promise<CampaignAssignment[]> => {
    await access.campaignRow(campaignId);
    const rows = await assignmentQuery(db())
      .where('a.campaign_id', '=', campaignId)
      .orderBy('c.case_number')
      .orderBy('a.case_id')
      .orderBy('m.name')
      .execute();
    return rows.map(toAssignment);
  };

  return {
    list,

    async autoAssign(campaignId: string): Promise<AutoAssignOutcome> {
      return db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          const settings = settingsFromRow(await access.campaignRow(campaignId, trx));
          const members = await trx
            .selectFrom('campaign_members')
            .selectAll()
            .where('campaign_id', '=', campaignId)
            .orderBy('created_at')
            .orderBy('id')
            .execute();
          if (members.length === 0) throw new AppError('E_CONFLICT', '评查组还没有成员，请先添加评查人员');
          const cases = await trx
            .selectFrom('campaign_cases as cc')
            .innerJoin('cases as c', 'c.id', 'cc.case_id')
            .select(['cc.case_id', 'c.agency', 'c.name'])
            .where('cc.campaign_id', '=', campaignId)
            .where('cc.removed_at', 'is', null)
            .orderBy('cc.added_at')
            .orderBy('cc.case_id')
            .execute();
          const existing = await trx
            .selectFrom('campaign_assignments')
            .select(['case_id', 'member_id'])
            .where('campaign_id', '=', campaignId)
            .execute();
          const assignedTo = new Map<string, string[]>();
          const load = new Map<string, number>();
          for (const e of existing) {
            assignedTo.set(e.case_id, [...(assignedTo.get(e.case_id) ?? []), e.member_id]);
            load.set(e.member_id, (load.get(e.member_id) ?? 0) + 1);
          }
          const { planned, shortfalls } = planAssignments(
            cases.map((c) => ({
              caseId: c.case_id,
              agency: c.agency ?? '',
              assigned: assignedTo.get(c.case_id) ?? [],
            })),
            members.map((m) => ({ id: m.id, unit: m.unit, load: load.get(m.id) ?? 0 })),
            settings.reviewersPerCase,
          );
          const now = new Date().toISOString();
          const rows = planned.map((p) => ({
            id: ulid(),
            campaign_id: campaignId,
            case_id: p.caseId,
            member_id: p.memberId,
            created_at: now,
          }));
          for (let i = 0; i < rows.length; i += 200)
            await trx
              .insertInto('campaign_assignments')
              .values(rows.slice(i, i + 200))
              .execute();
          await recordCampaignChange(trx, {
            actor,
            action: 'assignment.auto',
            entityType: 'campaign',
            entityId: campaignId,
            newValue: planned,
          });
          for (const p of planned) load.set(p.memberId, (load.get(p.memberId) ?? 0) + 1);
          const nameOf = new Map(cases.map((c) => [c.case_id, c.name ?? '']));
          return {
            created: planned.length,
            shortfalls: shortfalls.map((s) => ({ ...s, caseName: nameOf.get(s.caseId) ?? '' })),
            loads: members.map((m) => ({ memberId: m.id, name: m.name, count: load.get(m.id) ?? 0 })),
          };
        });
    },

    async assign(
      campaignId: string,
      caseId: string,
      memberId: string,
      overrideReason?: string,
    ): Promise<CampaignAssignment> {
      const id = await db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          const member = await requireMember(trx, campaignId, memberId);
          const kase = await trx
            .selectFrom('campaign_cases as cc')
            .innerJoin('cases as c', 'c.id', 'cc.case_id')
            .select(['c.agency', 'c.name'])
            .where('cc.campaign_id', '=', campaignId)
            .where('cc.case_id', '=', caseId)
            .where('cc.removed_at', 'is', null)
            .executeTakeFirst();
          if (!kase) throw new AppError('E_NOT_FOUND', `案卷不在本评查活动中：${caseId}`);
          const conflict = conflictsWith(member.unit, kase.agency ?? '');
          if (conflict && !overrideReason) {
            throw new AppError(
              'E_CONFLICT',
              `回避：${member.name} 来自被评查单位“${kase.agency ?? ''}”，不应评查本单位案卷。确需指派，请填写理由（将记录在案）`,
              { conflict: true },
            );
          }
          const dup = await trx
            .selectFrom('campaign_assignments')
            .select('id')
            .where('campaign_id', '=', campaignId)
            .where('case_id', '=', caseId)
            .where('member_id', '=', memberId)
            .executeTakeFirst();
          if (dup) throw new AppError('E_CONFLICT', `${member.name} 已被分配评查该案卷`);
          const newId = ulid();
          await trx
            .insertInto('campaign_assignments')
            .values({
              id: newId,
              campaign_id: campaignId,
              case_id: caseId,
              member_id: memberId,
              override: conflict ? 1 : 0,
              override_reason: conflict ? (overrideReason ?? null) : null,
            })
            .execute();
          await recordCampaignChange(trx, {
            actor,
            action: conflict ? 'assignment.override' : 'assignment.add',
            entityType: 'campaign_assignment',
            entityId: newId,
            newValue: { caseId, memberId },
            ...(conflict && overrideReason ? { reason: overrideReason } : {}),
          });
          return newId;
        });
      return (await list(campaignId)).find((a) => a.id === id)!;
    },

    async unassign(campaignId: string, assignmentId: string, reason: string): Promise<{ removed: true }> {
      await db()
        .transaction()
        .execute(async (trx) => {
          const actor = await access.requireManager(campaignId, trx);
          const row = await trx
            .selectFrom('campaign_assignments')
            .selectAll()
            .where('id', '=', assignmentId)
            .where('campaign_id', '=', campaignId)
            .executeTakeFirst();
          if (!row) throw new AppError('E_NOT_FOUND', `分配记录不存在：${assignmentId}`);
          if (row.review_id !== null)
            throw new AppError('E_CONFLICT', '该评查人员已开始评查此案卷，不能取消分配');
          await trx.deleteFrom('campaign_assignments').where('id', '=', assignmentId).execute();
          await recordCampaignChange(trx, {
            actor,
            action: 'assignment.remove',
            entityType: 'campaign_assignment',
            entityId: assignmentId,
            oldValue: row,
            reason,
          });
        });
      return { removed: true };
    },

    async myQueue(campaignId: string): Promise<QueueEntry[]> {
      const actor = await access.actor();
      const settings = settingsFromRow(await access.campaignRow(campaignId));
      const rows = await assignmentQuery(db())
        .where('a.campaign_id', '=', campaignId)
        .where('m.name', '=', actor.name)
        .where('m.unit', '=', actor.unit)
        .orderBy('c.case_number')
        .orderBy('a.case_id')
        .execute();
      return rows.map((r) => ({
        assignmentId: r.id,
        caseId: r.case_id,
        caseNumber: r.case_number ?? '',
        caseName: r.case_name ?? '',
        agency: r.agency ?? '',
        actType: r.act_type ?? '',
        standardVersionId: standardFor(settings, r.act_type),
        reviewId: r.review_id,
        reviewStatus: statusOf(r),
      }));
    },

    async open(assignmentId: string) {
      const actor = await access.actor();
      const row = await assignmentQuery(db()).where('a.id', '=', assignmentId).executeTakeFirst();
      if (!row) throw new AppError('E_NOT_FOUND', `分配记录不存在：${assignmentId}`);
      if (row.member_name !== actor.name || row.member_unit !== actor.unit) {
        throw new AppError(
          'E_UNAUTHORIZED',
          `该案卷分配给 ${row.member_name}，当前评查人员 ${actor.name} 不能打开其评查表`,
        );
      }
      const settings = settingsFromRow(await access.campaignRow(row.campaign_id));
      const standardVersionId = standardFor(settings, row.act_type);
      if (!standardVersionId) {
        throw new AppError(
          'E_CONFLICT',
          `评查活动未为“${row.act_type ?? '其他'}”指定评查标准，请组长在活动设置中选择`,
        );
      }
      const view = await reviews.openOrCreate(row.case_id, standardVersionId);
      await db()
        .transaction()
        .execute((trx) =>
          linkReview(
            trx,
            { id: view.review.id, case_id: row.case_id, standard_version_id: standardVersionId },
            actor,
          ),
        );
      return { reviewId: view.review.id, caseId: row.case_id, standardVersionId };
    },
  };
}
