import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { MissingEvidence } from '../../../preload/contract/methods/annotations';
import type { ReviewView } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { readAnnotationSettings } from './annotation-settings';
import { listEvidenceCitations } from './evidence-citations';

/**
 * Deduct and veto items of a review that no live annotation supports. Orphaned
 * annotations do not count: their document is no longer in the dossier.
 */
export async function missingEvidence(db: Kysely<DB>, review: ReviewView): Promise<MissingEvidence[]> {
  const supported = new Set(
    (await listEvidenceCitations(db, review.review.caseId))
      .filter((c) => !c.orphaned)
      .flatMap((c) => c.itemCodes),
  );
  const titles = new Map(review.report.items.map((i) => [i.itemCode, i.title]));
  return review.results
    .filter(
      (r): r is typeof r & { status: 'deduct' | 'veto' } => r.status === 'deduct' || r.status === 'veto',
    )
    .filter((r) => !supported.has(r.itemCode))
    .map((r) => ({ itemCode: r.itemCode, title: titles.get(r.itemCode) ?? r.itemCode, status: r.status }));
}

/**
 * The "扣分须附证据" rule, called by reviews.submit before it locks anything.
 * Off by default (deployment setting in 设置 → 批注).
 */
export async function requireEvidence(db: Kysely<DB>, review: ReviewView): Promise<void> {
  if (!(await readAnnotationSettings(db)).evidenceRequired) return;
  const missing = await missingEvidence(db, review);
  if (missing.length === 0) return;
  const list = missing.map((m) => `${m.itemCode} ${m.title}`);
  throw new AppError(
    'E_CONFLICT',
    `已开启“扣分须附证据”：以下 ${missing.length} 个扣分或否决项目还没有关联证据批注，不能提交——${list
      .slice(0, 10)
      .join('；')}${list.length > 10 ? '…' : ''}。请在评查清单中点“添加证据”。`,
    { missingEvidence: missing },
  );
}
