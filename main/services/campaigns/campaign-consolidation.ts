import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type {
  CampaignResultState,
  Comparison,
  PanelDecision,
} from '../../../preload/contract/methods/campaigns';
import type { ItemFinding, ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { log } from '../reviews/review-history-log';
import type { ReviewsService } from '../reviews/reviews-service';
import { validateItemResults } from '../standards/scoring/validate-item-results';
import type { StandardsService } from '../standards/standards-service';
import type { CampaignAccess, MemberRow } from './campaign-access';
import { recordCampaignChange } from './campaign-audit';
import { createConsolidatedReview, writeConsolidatedItem } from './consolidated-review';
import { campaignGrade } from './campaign-grade';
import { settingsFromRow, standardFor } from './campaign-rows';
import { statusOf } from './assignment-rows';
import { reviewFlags } from './review-flags';
import { sameFinding, sideBySide } from './side-by-side';
import { resultContentHash } from './result-content-hash';
import { parseDecisions, type StoredDecisions } from './stored-decisions';

/**
 * 复核/合议: side-by-side comparison of the reviewers' submitted reviews, the
 * leader's per-item panel decisions written into a consolidated review (a
 * normal reviews row, so reports print it), lock with a content hash, and
 * reopen with a logged reason.
 */
export function createCampaignConsolidation(deps: {
  db: () => Kysely<DB>;
  access: CampaignAccess;
  reviews: ReviewsService;
  standards: StandardsService;
}) {
  const { db, access, reviews, standards } = deps;

  const load = async (campaignId: string, caseId: string, trx: Kysely<DB> = db()) => {
    const settings = settingsFromRow(await access.campaignRow(campaignId, trx));
    const kase = await trx
      .selectFrom('campaign_cases as cc')
      .innerJoin('cases as c', 'c.id', 'cc.case_id')
      .select(['c.id', 'c.case_number', 'c.name', 'c.agency', 'c.act_type'])
      .where('cc.campaign_id', '=', campaignId)
      .where('cc.case_id', '=', caseId)
      .where('cc.removed_at', 'is', null)
      .executeTakeFirst();
    if (!kase) throw new AppError('E_NOT_FOUND', `案卷不在本评查活动中：${caseId}`);
    const assignments = await trx
      .selectFrom('campaign_assignments as a')
      .innerJoin('campaign_members as m', 'm.id', 'a.member_id')
      .leftJoin('reviews as r', 'r.id', 'a.review_id')
      .select(['a.member_id', 'a.review_id', 'm.name', 'm.unit', 'r.status as review_status'])
      .where('a.campaign_id', '=', campaignId)
      .where('a.case_id', '=', caseId)
      .orderBy('m.created_at')
      .orderBy('m.id')
      .execute();
    const result = await trx
      .selectFrom('campaign_results')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    return { settings, kase, assignments, result };
  };

  const comparison = async (campaignId: string, caseId: string): Promise<Comparison> => {
    // The side-by-side view shows every reviewer's scores: the leader's alone.
    await access.requireLeader(campaignId);
    const { settings, kase, assignments, result } = await load(campaignId, caseId);
    const standardVersionId = standardFor(settings, kase.act_type) ?? '';
    const pending = assignments
      .filter((a) => statusOf(a) !== 'submitted')
      .map((a) => ({ memberName: a.name, status: statusOf(a) }));
    const ready = assignments.length > 0 && pending.length === 0;
    const decisions = parseDecisions(result?.decisions);
    const state: CampaignResultState = {
      reviewId: result?.review_id ?? null,
      locked: result?.locked === 1,
      contentHash: result?.content_hash ?? null,
      hashValid:
        result?.locked === 1
          ? (await resultContentHash(db(), campaignId, caseId)) === result.content_hash
          : null,
      lockedAt: result?.locked_at ?? null,
      lockedBy: result?.locked_by ?? null,
      total: decisions.outcome?.total ?? null,
      grade: decisions.outcome?.grade ?? null,
      reopenHistory: JSON.parse(result?.reopen_history ?? '[]') as CampaignResultState['reopenHistory'],
    };
    const base = {
      caseId,
      caseNumber: kase.case_number ?? '',
      caseName: kase.name ?? '',
      agency: kase.agency ?? '',
      standardVersionId,
      ready,
      pending,
      result: state,
    };
    const none = {
      anyFail: false,
      gradesDiffer: false,
      totalSpread: 0,
      threshold: settings.reviewThreshold,
      needsReview: false,
      reasons: [],
    };
    // Blind until submitted: nothing of a review's content leaves the API before every review is in.
    if (!ready) return { ...base, reviewers: [], items: [], flags: none };
    const views = await Promise.all(assignments.map((a) => reviews.get(a.review_id!)));
    const { reviewers, items } = sideBySide(views, assignments, settings, decisions);
    return { ...base, reviewers, items, flags: reviewFlags(reviewers, settings.reviewThreshold) };
  };

  const requireReady = (current: Comparison) => {
    if (!current.ready) {
      const who = current.pending.map((p) => p.memberName).join('、');
      throw new AppError(
        'E_CONFLICT',
        current.pending.length > 0
          ? `还有 ${current.pending.length} 份评查未提交（${who}），不能合议`
          : '该案卷还没有分配评查人员，不能合议',
      );
    }
  };

  /** Runs a leader's change on an unlocked result whose reviews are all submitted. */
  const onOpenResult = async <T>(
    campaignId: string,
    caseId: string,
    write: (ctx: {
      trx: Kysely<DB>;
      actor: ReviewerIdentity;
      leader: MemberRow;
      reviewId: string;
      decisions: StoredDecisions;
    }) => Promise<T>,
  ) => {
    const current = await comparison(campaignId, caseId);
    requireReady(current);
    const first = await reviews.get(current.reviewers[0]!.reviewId);
    return db()
      .transaction()
      .execute(async (trx) => {
        const { actor, member } = await access.requireLeader(campaignId, trx);
        const { result } = await load(campaignId, caseId, trx);
        if (result?.locked === 1)
          throw new AppError('E_LOCKED', '该案卷的评查结果已锁定；如需修改，请填写理由重新打开');
        let reviewId = result?.review_id ?? null;
        const now = new Date().toISOString();
        if (!reviewId) {
          reviewId = await createConsolidatedReview(trx, {
            caseId,
            standardVersionId: first.review.standardVersionId,
            standardHash: first.review.standardHash,
            actor,
          });
          await trx
            .insertInto('campaign_results')
            .values({
              campaign_id: campaignId,
              case_id: caseId,
              review_id: reviewId,
              created_at: now,
              updated_at: now,
            })
            .onConflict((oc) =>
              oc.columns(['campaign_id', 'case_id']).doUpdateSet({ review_id: reviewId, updated_at: now }),
            )
            .execute();
        }
        return write({ trx, actor, leader: member, reviewId, decisions: parseDecisions(result?.decisions) });
      });
  };

  const saveDecisions = async (
    trx: Kysely<DB>,
    campaignId: string,
    caseId: string,
    decisions: StoredDecisions,
  ) =>
    trx
      .updateTable('campaign_results')
      .set({ decisions: JSON.stringify(decisions), updated_at: new Date().toISOString() })
      .where('campaign_id', '=', campaignId)
      .where('case_id', '=', caseId)
      .execute();

  const resolve = (
    current: Comparison,
    itemCode: string,
    input: { kind: 'adopt'; memberId: string } | { kind: 'consensus'; finding: ItemFinding; reason: string },
  ): PanelDecision => {
    const item = current.items.find((i) => i.itemCode === itemCode);
    if (!item) throw new AppError('E_INVALID_ARGS', `评查标准中没有编号为“${itemCode}”的项目`);
    if (input.kind === 'consensus') return input;
    const index = current.reviewers.findIndex((r) => r.memberId === input.memberId);
    if (index < 0) throw new AppError('E_INVALID_ARGS', `该评查人员没有评查本案卷：${input.memberId}`);
    const finding = item.cells[index]!.finding;
    if (!finding)
      throw new AppError(
        'E_CONFLICT',
        `${current.reviewers[index]!.name} 对项目 ${itemCode} 没有评查结果，请以合议意见填写`,
      );
    return { kind: 'adopt', memberId: input.memberId, finding };
  };

  return {
    comparison,

    async decide(
      campaignId: string,
      caseId: string,
      itemCode: string,
      input:
        { kind: 'adopt'; memberId: string } | { kind: 'consensus'; finding: ItemFinding; reason: string },
    ): Promise<Comparison> {
      const current = await comparison(campaignId, caseId);
      requireReady(current);
      const decision = resolve(current, itemCode, input);
      const standard = await standards.standardByHash(
        (await reviews.get(current.reviewers[0]!.reviewId)).review.standardHash,
      );
      const errors = validateItemResults(standard, [{ ...decision.finding, itemCode }]);
      if (errors.length > 0)
        throw new AppError('E_INVALID_ARGS', `合议结果无效：${errors.map((e) => e.message).join('；')}`, {
          errors,
        });
      await onOpenResult(campaignId, caseId, async ({ trx, actor, reviewId, decisions }) => {
        await writeConsolidatedItem(trx, reviewId, actor, itemCode, decision.finding);
        const old = decisions.items[itemCode] ?? null;
        decisions.items[itemCode] = decision;
        await saveDecisions(trx, campaignId, caseId, decisions);
        await recordCampaignChange(trx, {
          actor,
          action: 'result.decide',
          entityType: 'campaign_result',
          entityId: `${campaignId}/${caseId}:${itemCode}`,
          oldValue: old,
          newValue: decision,
          ...(decision.kind === 'consensus' ? { reason: decision.reason } : {}),
        });
      });
      return comparison(campaignId, caseId);
    },

    async adoptAgreed(campaignId: string, caseId: string): Promise<Comparison> {
      const current = await comparison(campaignId, caseId);
      await onOpenResult(campaignId, caseId, async ({ trx, actor, reviewId, decisions }) => {
        const memberId = current.reviewers[0]!.memberId;
        for (const item of current.items) {
          const first = item.cells[0]!.finding;
          if (item.decision || !first || item.cells.some((c) => !sameFinding(c.finding, first))) continue;
          await writeConsolidatedItem(trx, reviewId, actor, item.itemCode, first);
          decisions.items[item.itemCode] = { kind: 'adopt', memberId, finding: first };
        }
        await saveDecisions(trx, campaignId, caseId, decisions);
        await recordCampaignChange(trx, {
          actor,
          action: 'result.adopt_agreed',
          entityType: 'campaign_result',
          entityId: `${campaignId}/${caseId}`,
        });
      });
      return comparison(campaignId, caseId);
    },

    async lock(campaignId: string, caseId: string): Promise<Comparison> {
      const current = await comparison(campaignId, caseId);
      requireReady(current);
      const undecided = current.items
        .filter((i) => !i.decision && i.cells.some((c) => c.finding !== null))
        .map((i) => i.itemCode);
      if (undecided.length > 0 || !current.result.reviewId) {
        throw new AppError(
          'E_CONFLICT',
          `还有 ${undecided.length} 个项目未合议（${undecided.slice(0, 10).join('、')}${undecided.length > 10 ? '…' : ''}），不能锁定`,
          { undecided },
        );
      }
      const settings = settingsFromRow(await access.campaignRow(campaignId));
      // Scored before the write transaction (the engine reads through db()); the
      // transaction then refuses if the consolidated review changed meanwhile.
      const view = await reviews.get(current.result.reviewId);
      const grade = campaignGrade(view.report, settings.gradeBands);
      await onOpenResult(campaignId, caseId, async ({ trx, actor, reviewId, decisions }) => {
        const row = await trx
          .selectFrom('reviews')
          .select(['standard_version_id', 'updated_at'])
          .where('id', '=', reviewId)
          .executeTakeFirstOrThrow();
        if (reviewId !== view.review.id || row.updated_at !== view.review.updatedAt) {
          throw new AppError('E_CONFLICT', '合议结果刚刚被修改，请刷新后再锁定');
        }
        const now = new Date().toISOString();
        await trx
          .updateTable('reviews')
          .set({ status: 'submitted', submitted_at: now, updated_at: now })
          .where('id', '=', reviewId)
          .execute();
        await standards.lock(row.standard_version_id, trx);
        decisions.outcome = { total: view.report.total, grade: grade.label, pass: grade.pass };
        await saveDecisions(trx, campaignId, caseId, decisions);
        const hash = await resultContentHash(trx, campaignId, caseId);
        await trx
          .updateTable('campaign_results')
          .set({ locked: 1, content_hash: hash, locked_at: now, locked_by: actor.name, updated_at: now })
          .where('campaign_id', '=', campaignId)
          .where('case_id', '=', caseId)
          .execute();
        await log(trx, reviewId, actor, {
          kind: 'submitted',
          reason: `合议结果 ${view.report.total} 分，${grade.label}`,
        });
        await recordCampaignChange(trx, {
          actor,
          action: 'result.lock',
          entityType: 'campaign_result',
          entityId: `${campaignId}/${caseId}`,
          newValue: { contentHash: hash, ...decisions.outcome },
        });
      });
      return comparison(campaignId, caseId);
    },

    async reopen(campaignId: string, caseId: string, reason: string): Promise<Comparison> {
      await db()
        .transaction()
        .execute(async (trx) => {
          const { actor } = await access.requireLeader(campaignId, trx);
          const { result } = await load(campaignId, caseId, trx);
          if (!result || result.locked !== 1)
            throw new AppError('E_CONFLICT', '该案卷的评查结果尚未锁定，无需重新打开');
          const now = new Date().toISOString();
          const history = [
            ...(JSON.parse(result.reopen_history) as unknown[]),
            { at: now, actor: actor.name, reason, contentHash: result.content_hash },
          ];
          const decisions = parseDecisions(result.decisions);
          decisions.outcome = null;
          await trx
            .updateTable('campaign_results')
            .set({
              locked: 0,
              content_hash: null,
              locked_at: null,
              locked_by: null,
              reopen_history: JSON.stringify(history),
              decisions: JSON.stringify(decisions),
              updated_at: now,
            })
            .where('campaign_id', '=', campaignId)
            .where('case_id', '=', caseId)
            .execute();
          if (result.review_id) {
            await trx
              .updateTable('reviews')
              .set({ status: 'draft', reopened_at: now, reopen_reason: reason, updated_at: now })
              .where('id', '=', result.review_id)
              .execute();
            await log(trx, result.review_id, actor, { kind: 'reopened', reason });
          }
          await recordCampaignChange(trx, {
            actor,
            action: 'result.reopen',
            entityType: 'campaign_result',
            entityId: `${campaignId}/${caseId}`,
            oldValue: { contentHash: result.content_hash },
            reason,
          });
        });
      return comparison(campaignId, caseId);
    },
  };
}
