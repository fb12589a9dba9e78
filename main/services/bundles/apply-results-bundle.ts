import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';
import { auditWireEntrySchema, importAuditEntries } from '../audit';
import type { BundleManifest } from './bundle-format';
import { insertMissing, pickRows, str, type Row } from './bundle-rows';
import { mapStandardVersions } from './standard-version-map';

export interface ResultsImportCounts {
  reviews: number;
  reviewsUpdated: number;
  items: number;
  history: number;
  annotations: number;
  audit: number;
  /** Reviews in the bundle already here, identical or older than ours. */
  unchanged: number;
}

const refused = (message: string, code: 'E_CORRUPT_FILE' | 'E_CONFLICT' | 'E_LOCKED' = 'E_CONFLICT') =>
  new AppError(code, `结果包被拒绝：${message}。未导入任何内容。`);

const linkSchema = z.array(
  z
    .object({
      assignment_id: z.string().max(64),
      case_id: z.string().max(64),
      review_id: z.string().max(64).nullable(),
    })
    .strict(),
);

/**
 * Union merge of one reviewer's own records into the leader's database. Every
 * row must be the bundle reviewer's own (their reviews of dossiers assigned to
 * them, their annotations); a review already here is replaced only by a newer
 * state of the same reviewer's review, never one of a dossier whose panel
 * result is locked. Audit entries keep their origin chain. Idempotent: the
 * same bundle again adds and changes nothing. Runs inside one transaction.
 */
export async function applyResultsBundle(
  trx: Kysely<DB>,
  manifest: BundleManifest,
  data: Map<string, unknown>,
): Promise<ResultsImportCounts> {
  const campaignId = manifest.campaignId;
  const member = await trx
    .selectFrom('campaign_members')
    .selectAll()
    .where('id', '=', manifest.reviewer.memberId)
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  if (!member) throw refused(`评查组中没有该包的评查人员（${manifest.reviewer.name}）`);
  if (member.name !== manifest.reviewer.name || member.unit !== manifest.reviewer.unit)
    throw refused(`包中的评查人员（${manifest.reviewer.name}）与本活动的成员记录不一致`);
  const assigned = await trx
    .selectFrom('campaign_assignments')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('member_id', '=', member.id)
    .execute();
  const assignedCases = new Set(assigned.map((a) => a.case_id));
  const locked = new Set(
    (
      await trx
        .selectFrom('campaign_results')
        .select('case_id')
        .where('campaign_id', '=', campaignId)
        .where('locked', '=', 1)
        .execute()
    ).map((r) => r.case_id),
  );

  const { map } = await mapStandardVersions(
    trx,
    pickRows('standard_versions', data.get('standard-versions')),
    [],
    {
      insert: false,
    },
  );
  const counts: ResultsImportCounts = {
    reviews: 0,
    reviewsUpdated: 0,
    items: 0,
    history: 0,
    annotations: 0,
    audit: 0,
    unchanged: 0,
  };
  const items = pickRows('review_items', data.get('review-items'));
  const history = pickRows('review_history', data.get('review-history'));

  for (const r of pickRows('reviews', data.get('reviews'))) {
    const id = str(r, 'id');
    if (r.reviewer_name !== member.name || r.reviewer_unit !== member.unit)
      throw refused(`包中含其他评查人员的评查记录（${str(r, 'reviewer_name')}）`, 'E_CORRUPT_FILE');
    if (!assignedCases.has(str(r, 'case_id')))
      throw refused(`包中含未分配给 ${member.name} 的案卷的评查记录（${str(r, 'case_id')}）`);
    const review: Row = { ...r, standard_version_id: map.get(str(r, 'standard_version_id')) ?? '' };
    if (!review.standard_version_id)
      throw refused(`评查记录 ${id} 使用的评查标准版本不在包中`, 'E_CORRUPT_FILE');
    const mine = items.filter((i) => i.review_id === id);
    const existing = await trx.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();
    if (existing && (existing.reviewer_name !== member.name || existing.reviewer_unit !== member.unit))
      throw refused(`评查记录 ${id} 在本机属于另一位评查人员（${existing.reviewer_name}），不能覆盖`);
    if (existing && existing.updated_at >= str(r, 'updated_at')) {
      counts.unchanged++;
    } else {
      if (locked.has(str(r, 'case_id')))
        throw refused(
          `案卷 ${str(r, 'case_id')} 的合议结果已锁定，不能再改动其评查记录（请组长先填写理由重新打开）`,
          'E_LOCKED',
        );
      if (existing) {
        const { id: _id, ...rest } = review;
        await trx
          .updateTable('reviews')
          .set(rest as never)
          .where('id', '=', id)
          .execute();
        await trx.deleteFrom('review_items').where('review_id', '=', id).execute();
        counts.reviewsUpdated++;
      } else {
        await trx
          .insertInto('reviews')
          .values(review as never)
          .execute();
        counts.reviews++;
      }
      counts.items += await insertMissing(trx, 'review_items', mine);
    }
    // History is append-only: add the entries we do not have yet (same time, kind and item).
    const have = await trx
      .selectFrom('review_history')
      .select(['at', 'kind', 'item_code'])
      .where('review_id', '=', id)
      .execute();
    const key = (h: Record<string, unknown>) => `${String(h.at)}|${String(h.kind)}|${String(h.item_code)}`;
    const known = new Set(have.map(key));
    for (const h of history.filter((x) => x.review_id === id && !known.has(key(x)))) {
      await trx
        .insertInto('review_history')
        .values(h as never)
        .execute();
      counts.history++;
    }
  }

  for (const link of linkSchema.parse(data.get('links') ?? [])) {
    const a = assigned.find((x) => x.id === link.assignment_id);
    if (!a) throw refused(`包中含未分配给 ${member.name} 的任务（${link.assignment_id}）`);
    if (!link.review_id || a.review_id === link.review_id) continue;
    if (a.review_id) throw refused(`任务 ${a.id} 在本机已关联另一份评查记录`);
    await trx
      .updateTable('campaign_assignments')
      .set({ review_id: link.review_id })
      .where('id', '=', a.id)
      .execute();
  }

  for (const n of pickRows('annotations', data.get('annotations'))) {
    if (
      n.author_name !== member.name ||
      n.author_unit !== member.unit ||
      !assignedCases.has(str(n, 'case_id'))
    )
      throw refused('包中含其他评查人员或未分配案卷的批注', 'E_CORRUPT_FILE');
    const existing = await trx
      .selectFrom('annotations')
      .select(['author_name', 'author_unit', 'updated_at'])
      .where('id', '=', str(n, 'id'))
      .executeTakeFirst();
    if (!existing) counts.annotations += await insertMissing(trx, 'annotations', [n]);
    else if (existing.author_name !== member.name || existing.author_unit !== member.unit)
      throw refused(`批注 ${str(n, 'id')} 在本机属于另一位评查人员，不能覆盖`);
    else if (existing.updated_at < str(n, 'updated_at')) {
      const { id: _id, ...rest } = n as Row;
      await trx
        .updateTable('annotations')
        .set(rest as never)
        .where('id', '=', str(n, 'id'))
        .execute();
      counts.annotations++;
    }
  }

  const audit = z.array(auditWireEntrySchema).safeParse(data.get('audit') ?? []);
  if (!audit.success) throw refused('审计记录格式有误', 'E_CORRUPT_FILE');
  counts.audit = (await importAuditEntries(trx, audit.data)).added;
  return counts;
}
