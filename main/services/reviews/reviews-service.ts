import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { CaseRecord } from '../../../preload/contract/methods/cases';
import type {
  HistoryEntry,
  ItemFinding,
  ReviewerIdentity,
  ReviewSummary,
  ReviewView,
  SavedItemResult,
} from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import type { CaseFacts } from '../../../preload/contract/model/standard/case-facts';
import type { Standard } from '../../../preload/contract/model/standard/standard';
import { listItems } from '../../../preload/contract/model/standard/walk';
import type { ItemResult } from '../standards/scoring/item-result';
import type { ScoreReport } from '../../../preload/contract/model/score-report';
import { scoreReview } from '../standards/scoring/score-review';
import { validateItemResults } from '../standards/scoring/validate-item-results';
import type { StandardsService } from '../standards/standards-service';
import { caseFactsFromRecord } from './case-facts-from-record';
import { latestDecisions, log } from './review-history-log';
import { historyRowToEntry, itemRowToResult, rowToSummary, type ReviewRow } from './review-rows';
import type { ReviewerIdentityStore } from './reviewer-identity';

export interface ReviewsDeps {
  db: () => Kysely<DB>;
  standards: StandardsService;
  reviewer: ReviewerIdentityStore;
  getCase: (id: string) => Promise<CaseRecord>;
  /** Last check before a submit locks anything (扣分须附证据, main/services/annotations/evidence-gate.ts). */
  beforeSubmit?: (view: ReviewView) => Promise<void>;
}

const locked = (row: ReviewRow) =>
  new AppError(
    'E_LOCKED',
    `该评查已于 ${row.submitted_at ?? ''} 提交并锁定；如需修改，请先填写理由重新打开`,
    { id: row.id },
  );

/** Findings are stored without volatile fields, in a stable key order, so "unchanged" is a string compare. */
const findingJson = (f: ItemFinding): string =>
  JSON.stringify({
    status: f.status,
    optionIds: f.optionIds,
    occurrences: f.occurrences,
    rangeValue: f.rangeValue,
    reason: f.reason,
    note: f.note,
  });

/**
 * Reviews (评查) of a case by this workstation's reviewer: autosave per item,
 * submit (locks the review and the standard version), reopen with a logged
 * reason, append-only history. Scores always come from the pure engine.
 */
export function createReviewsService(deps: ReviewsDeps) {
  const { db, standards, reviewer } = deps;

  const reviewRow = async (id: string, trx: Kysely<DB> = db()): Promise<ReviewRow> => {
    const row = await trx.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('E_NOT_FOUND', `评查记录不存在：${id}`, { id });
    return row;
  };

  const itemResults = async (reviewId: string): Promise<SavedItemResult[]> =>
    (await db().selectFrom('review_items').selectAll().where('review_id', '=', reviewId).execute()).map(
      itemRowToResult,
    );

  const toEngine = (results: readonly SavedItemResult[]): ItemResult[] =>
    results.map(({ createdAt: _c, updatedAt: _u, ...r }) => r);

  const score = (standard: Standard, facts: CaseFacts, results: readonly SavedItemResult[]): ScoreReport =>
    scoreReview(standard, facts, toEngine(results));

  const factsOf = async (row: ReviewRow) => caseFactsFromRecord(await deps.getCase(row.case_id));

  const view = async (id: string): Promise<ReviewView> => {
    const row = await reviewRow(id);
    const [version, standard, facts, results] = await Promise.all([
      standards.versionRow(row.standard_version_id),
      standards.standardByHash(row.standard_hash),
      factsOf(row),
      itemResults(id),
    ]);
    const report = score(standard, facts, results);
    return {
      review: rowToSummary(row, version, report),
      standard,
      facts,
      results,
      report,
      suggestionDecisions: await latestDecisions(db(), id),
    };
  };

  /** Runs `write` in one transaction on a draft review, attributed to the current reviewer. */
  const onDraft = async <T>(
    id: string,
    write: (trx: Kysely<DB>, row: ReviewRow, actor: ReviewerIdentity) => Promise<T>,
  ) => {
    const actor = await reviewer.require();
    return db()
      .transaction()
      .execute(async (trx) => {
        const row = await reviewRow(id, trx);
        if (row.status === 'submitted') throw locked(row);
        return write(trx, row, actor);
      });
  };

  return {
    get: view,

    async listForCase(caseId: string): Promise<ReviewSummary[]> {
      const rows = await db()
        .selectFrom('reviews')
        .select('id')
        .where('case_id', '=', caseId)
        .orderBy('created_at')
        .execute();
      return Promise.all(rows.map(async (r) => (await view(r.id)).review));
    },

    async openOrCreate(caseId: string, standardVersionId: string): Promise<ReviewView> {
      await deps.getCase(caseId);
      const actor = await reviewer.require();
      const version = await standards.versionRow(standardVersionId);
      const existing = await db()
        .selectFrom('reviews')
        .select('id')
        .where('case_id', '=', caseId)
        .where('standard_version_id', '=', standardVersionId)
        .where('reviewer_name', '=', actor.name)
        .where('reviewer_unit', '=', actor.unit)
        .executeTakeFirst();
      if (existing) return view(existing.id);
      const id = ulid();
      const now = new Date().toISOString();
      await db()
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('reviews')
            .values({
              id,
              case_id: caseId,
              standard_version_id: standardVersionId,
              standard_hash: version.content_hash,
              reviewer_name: actor.name,
              reviewer_unit: actor.unit,
              reviewer_role: actor.role,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await log(trx, id, actor, { kind: 'created' });
        });
      return view(id);
    },

    async setItem(id: string, itemCode: string, finding: ItemFinding | null) {
      const row = await reviewRow(id);
      const standard = await standards.standardByHash(row.standard_hash);
      if (finding) {
        const errors = validateItemResults(standard, [{ ...finding, itemCode }]);
        if (errors.length > 0) {
          throw new AppError('E_INVALID_ARGS', `评查结果无效：${errors.map((e) => e.message).join('；')}`, {
            errors,
          });
        }
      } else if (!listItems(standard).some((l) => l.item.code === itemCode)) {
        throw new AppError('E_INVALID_ARGS', `评查标准中没有编号为“${itemCode}”的项目`, {
          errors: [{ index: 0, itemCode, field: 'itemCode', message: '未知项目编号' }],
        });
      }
      const now = new Date().toISOString();
      const item = await onDraft(id, async (trx, _row, actor) => {
        const old = await trx
          .selectFrom('review_items')
          .selectAll()
          .where('review_id', '=', id)
          .where('item_code', '=', itemCode)
          .executeTakeFirst();
        const next = finding ? findingJson(finding) : null;
        if ((old?.result ?? null) === next) return old ? itemRowToResult(old) : null;
        if (next === null) {
          await trx
            .deleteFrom('review_items')
            .where('review_id', '=', id)
            .where('item_code', '=', itemCode)
            .execute();
        } else {
          await trx
            .insertInto('review_items')
            .values({ review_id: id, item_code: itemCode, result: next, created_at: now, updated_at: now })
            .onConflict((oc) =>
              oc.columns(['review_id', 'item_code']).doUpdateSet({ result: next, updated_at: now }),
            )
            .execute();
        }
        await trx.updateTable('reviews').set({ updated_at: now }).where('id', '=', id).execute();
        await log(trx, id, actor, {
          kind: next === null ? 'cleared' : 'set',
          itemCode,
          old: old?.result ?? null,
          new: next,
        });
        return next === null
          ? null
          : {
              ...(JSON.parse(next) as ItemFinding),
              itemCode,
              createdAt: old?.created_at ?? now,
              updatedAt: now,
            };
      });
      const report = score(standard, await factsOf(row), await itemResults(id));
      return { report, item, updatedAt: now };
    },

    async submit(id: string): Promise<ReviewView> {
      const current = await view(id);
      if (current.review.status === 'submitted') throw locked(await reviewRow(id));
      if (!current.report.complete) {
        const codes = current.report.unscoredItemCodes;
        throw new AppError(
          'E_CONFLICT',
          `还有 ${codes.length} 个项目未评（${codes.slice(0, 10).join('、')}${codes.length > 10 ? '…' : ''}），不能提交`,
          { unscoredItemCodes: codes },
        );
      }
      await deps.beforeSubmit?.(current);
      await onDraft(id, async (trx, row, actor) => {
        const now = new Date().toISOString();
        await trx
          .updateTable('reviews')
          .set({ status: 'submitted', submitted_at: now, updated_at: now })
          .where('id', '=', id)
          .execute();
        await standards.lock(row.standard_version_id, trx, actor);
        await log(trx, id, actor, {
          kind: 'submitted',
          new: null,
          reason: `${current.report.total} 分，${current.report.grade.label}`,
        });
      });
      return view(id);
    },

    async reopen(id: string, reason: string): Promise<ReviewView> {
      const actor = await reviewer.require();
      await db()
        .transaction()
        .execute(async (trx) => {
          const row = await reviewRow(id, trx);
          if (row.status !== 'submitted')
            throw new AppError('E_CONFLICT', '该评查尚未提交，无需重新打开', { id });
          const now = new Date().toISOString();
          await trx
            .updateTable('reviews')
            .set({ status: 'draft', reopened_at: now, reopen_reason: reason, updated_at: now })
            .where('id', '=', id)
            .execute();
          await log(trx, id, actor, { kind: 'reopened', reason });
        });
      return view(id);
    },

    async history(id: string, itemCode?: string): Promise<HistoryEntry[]> {
      await reviewRow(id);
      let query = db().selectFrom('review_history').selectAll().where('review_id', '=', id);
      if (itemCode !== undefined) query = query.where('item_code', '=', itemCode);
      return (await query.orderBy('id').execute()).map(historyRowToEntry);
    },

    async decideSuggestion(
      id: string,
      d: { itemCode: string; ruleId: string; decision: 'accepted' | 'rejected'; note?: string | undefined },
    ) {
      const row = await reviewRow(id);
      const standard = await standards.standardByHash(row.standard_hash);
      const item = listItems(standard).find((l) => l.item.code === d.itemCode)?.item;
      if (!item) throw new AppError('E_INVALID_ARGS', `评查标准中没有编号为“${d.itemCode}”的项目`);
      if (!item.ruleIds.includes(d.ruleId)) {
        throw new AppError('E_INVALID_ARGS', `项目 ${d.itemCode} 未关联预检规则 ${d.ruleId}`);
      }
      const at = new Date().toISOString();
      await onDraft(id, (trx, _row, actor) =>
        log(trx, id, actor, {
          kind: d.decision === 'accepted' ? 'suggestion_accepted' : 'suggestion_rejected',
          itemCode: d.itemCode,
          ruleId: d.ruleId,
          ...(d.note ? { reason: d.note } : {}),
        }),
      );
      return { itemCode: d.itemCode, ruleId: d.ruleId, decision: d.decision, at };
    },
  };
}

export type ReviewsService = ReturnType<typeof createReviewsService>;
