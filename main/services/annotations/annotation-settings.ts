import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  ANNOTATION_LIMITS,
  annotationCategorySchema,
  type AnnotationCategory,
  type AnnotationSettings,
} from '../../../preload/contract/methods/annotations';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';

const KEY = 'annotations.settings';

export const DEFAULT_CATEGORIES: AnnotationCategory[] = [
  { label: '问题', color: '#f5222d' },
  { label: '证据', color: '#52c41a' },
  { label: '疑问', color: '#faad14' },
  { label: '备注', color: '#1677ff' },
];

const stored = z.object({
  categories: z.array(annotationCategorySchema).min(1),
  evidenceRequired: z.boolean(),
});

const DEFAULTS: AnnotationSettings = { categories: DEFAULT_CATEGORIES, evidenceRequired: false };

/** Deployment settings for annotations (categories, 扣分须附证据), one JSON value in `settings`. */
export async function readAnnotationSettings(db: Kysely<DB>): Promise<AnnotationSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULTS;
  const parsed = stored.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : DEFAULTS;
}

export async function saveAnnotationSettings(
  db: Kysely<DB>,
  patch: Partial<AnnotationSettings>,
): Promise<AnnotationSettings> {
  const next = { ...(await readAnnotationSettings(db)), ...patch };
  const labels = next.categories.map((c) => c.label.trim());
  if (new Set(labels).size !== labels.length) throw new AppError('E_INVALID_ARGS', '批注类别名称不能重复');
  if (labels.length > ANNOTATION_LIMITS.categories) {
    throw new AppError('E_INVALID_ARGS', `批注类别最多 ${ANNOTATION_LIMITS.categories} 个`);
  }
  const value = JSON.stringify(next);
  const now = new Date().toISOString();
  await db
    .insertInto('settings')
    .values({ key: KEY, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
  return next;
}
