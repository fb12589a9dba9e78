import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';
import { insertMissing, str, type Row } from './bundle-rows';

/**
 * Standard versions are matched across workstations by code@version and
 * content hash, not by id: built-in standards are seeded with a local id on
 * every data directory. Returns bundle id → local id. A version missing here
 * is added (locked: a campaign's standard never changes); one that exists
 * with different content is refused — scoring against it would not be the
 * same standard.
 */
export async function mapStandardVersions(
  trx: Kysely<DB>,
  versions: readonly Row[],
  contents: readonly Row[],
  options: { insert: boolean },
): Promise<{ map: Map<string, string>; added: number }> {
  if (options.insert) await insertMissing(trx, 'standard_contents', contents);
  const map = new Map<string, string>();
  let added = 0;
  for (const v of versions) {
    const local = await trx
      .selectFrom('standard_versions')
      .select(['id', 'content_hash'])
      .where('code', '=', str(v, 'code'))
      .where('version', '=', str(v, 'version'))
      .executeTakeFirst();
    if (local) {
      if (local.content_hash !== str(v, 'content_hash'))
        throw new AppError(
          'E_CONFLICT',
          `评查包被拒绝：本机已有评查标准 ${str(v, 'code')}@${str(v, 'version')}，但内容与包中的不同（请核对标准版本）。未导入任何内容。`,
        );
      map.set(str(v, 'id'), local.id);
      continue;
    }
    if (!options.insert)
      throw new AppError(
        'E_CONFLICT',
        `结果包被拒绝：本机没有评查标准 ${str(v, 'code')}@${str(v, 'version')}。未导入任何内容。`,
      );
    if (!contents.some((c) => c.hash === v.content_hash))
      throw new AppError(
        'E_CORRUPT_FILE',
        `评查包被拒绝：缺少评查标准 ${str(v, 'code')} 的内容。未导入任何内容。`,
      );
    added += await insertMissing(trx, 'standard_versions', [{ ...v, builtin: 0, locked: 1 }]);
    map.set(str(v, 'id'), str(v, 'id'));
  }
  return { map, added };
}
