import { join } from 'node:path';
import type { Kysely, Selectable } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type {
  StandardImportOutcome,
  StandardValidationResult,
  StandardVersionDetail,
  StandardVersionSummary,
} from '../../../preload/contract/methods/standards';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit/append-audit';
import { loadBuiltinStandards } from './builtin';
import { exportStandardJson, importStandardJson } from './io/json-io';
import { importStandardFromXlsx } from './io/xlsx-import';
import { exportStandardToXlsx } from './io/xlsx-export';
import { canonicalJson } from './model/canonical-json';
import { standardContentHash } from './model/content-hash';
import type { Standard } from '../../../preload/contract/model/standard/standard';
import { validateStandard } from './model/validate-standard';
import { listItems } from '../../../preload/contract/model/standard/walk';

type VersionRow = Selectable<DB['standard_versions']>;

const invalidStandard = (errors: unknown[], message = '评查标准校验未通过，未保存') =>
  new AppError('E_INVALID_ARGS', `${message}（${errors.length} 处问题）`, { errors });

/** File names: the standard's code and version, with characters Windows refuses replaced. */
const fileBase = (s: { code: string; version: string }) =>
  `${s.code}@${s.version}`.replace(/[\\/:*?"<>|\s]+/g, '_');

/**
 * The database side of scoring standards: versions, content-addressed
 * canonical JSON, seeding of the built-ins, locking. Validated standards are
 * cached by content hash: a version's content never changes under its hash.
 */
export function createStandardsService(
  db: () => Kysely<DB>,
  resourcesDir: string,
  /** Who is changing versions, for the audit log (standards can be edited before a reviewer is set). */
  actor: () => Promise<ReviewerIdentity | null> = async () => null,
) {
  const auditActor = async (): Promise<ReviewerIdentity> =>
    (await actor()) ?? { name: '（未设置评查人员）', unit: '', role: '' };
  const cache = new Map<string, Standard>();
  let seeding: Promise<void> | undefined;

  const putContent = async (standard: Standard): Promise<string> => {
    const hash = standardContentHash(standard);
    await db()
      .insertInto('standard_contents')
      .values({ hash, json: canonicalJson(standard) })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute();
    cache.set(hash, standard);
    return hash;
  };

  const seed = async () => {
    const { standards, failures } = await loadBuiltinStandards(join(resourcesDir, 'standards'));
    for (const f of failures) console.warn(`内置评查标准 ${f.file} 无法加载：${f.errors[0]?.message ?? ''}`);
    for (const { standard } of standards) {
      const exists = await db()
        .selectFrom('standard_versions')
        .select('id')
        .where('code', '=', standard.code)
        .where('version', '=', standard.version)
        .executeTakeFirst();
      if (exists) continue;
      const hash = await putContent(standard);
      await db()
        .insertInto('standard_versions')
        .values({
          id: ulid(),
          code: standard.code,
          version: standard.version,
          name: standard.name,
          content_hash: hash,
          builtin: 1,
          locked: 1,
        })
        .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
        .execute();
    }
  };

  /** Built-ins are inserted once per data directory, on first use. */
  const ensureSeeded = () => {
    seeding ??= seed().catch((error: unknown) => {
      seeding = undefined;
      throw error;
    });
    return seeding;
  };

  const standardByHash = async (hash: string): Promise<Standard> => {
    const hit = cache.get(hash);
    if (hit) return hit;
    const row = await db()
      .selectFrom('standard_contents')
      .select('json')
      .where('hash', '=', hash)
      .executeTakeFirst();
    if (!row) throw new AppError('E_NOT_FOUND', `评查标准内容不存在：${hash}`);
    const result = validateStandard(JSON.parse(row.json));
    if (!result.ok)
      throw new AppError('E_INTERNAL', `已保存的评查标准无法读取：${result.errors[0]?.message ?? ''}`);
    cache.set(hash, result.value);
    return result.value;
  };

  const versionRow = async (id: string) => {
    await ensureSeeded();
    const row = await db()
      .selectFrom('standard_versions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('E_NOT_FOUND', `评查标准版本不存在：${id}`, { id });
    return row;
  };

  const submittedCounts = async (): Promise<Map<string, number>> => {
    const rows = await db()
      .selectFrom('reviews')
      .select(['standard_version_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'submitted')
      .groupBy('standard_version_id')
      .execute();
    return new Map(rows.map((r) => [r.standard_version_id, Number(r.n)]));
  };

  const summarize = async (row: VersionRow, submitted: number): Promise<StandardVersionSummary> => {
    const s = await standardByHash(row.content_hash);
    return {
      id: row.id,
      code: row.code,
      version: row.version,
      name: row.name,
      issuer: s.issuer,
      actTypes: [...s.actTypes],
      formulaKind: s.formula.kind,
      itemCount: listItems(s).length,
      contentHash: row.content_hash,
      builtin: row.builtin === 1,
      locked: row.locked === 1,
      submittedReviews: submitted,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  };

  const summaryOf = async (id: string) => {
    const row = await versionRow(id);
    return summarize(row, (await submittedCounts()).get(id) ?? 0);
  };

  /** Creates code@version, or replaces the content of an unlocked one. */
  const save = async (standard: Standard): Promise<StandardVersionSummary> => {
    await ensureSeeded();
    const existing = await db()
      .selectFrom('standard_versions')
      .selectAll()
      .where('code', '=', standard.code)
      .where('version', '=', standard.version)
      .executeTakeFirst();
    if (existing?.locked === 1) {
      throw new AppError(
        'E_LOCKED',
        `评查标准 ${standard.code}@${standard.version} 已${existing.builtin === 1 ? '是内置标准' : '被已提交的评查使用'}，不能修改；请改用新的版本号另存为新版本`,
        { id: existing.id },
      );
    }
    const hash = await putContent(standard);
    const now = new Date().toISOString();
    const who = await auditActor();
    const key = `${standard.code}@${standard.version}`;
    if (existing) {
      await db()
        .transaction()
        .execute(async (trx) => {
          await trx
            .updateTable('standard_versions')
            .set({ content_hash: hash, name: standard.name, updated_at: now })
            .where('id', '=', existing.id)
            .where('locked', '=', 0)
            .execute();
          await appendAudit(trx, {
            actor: who,
            action: 'standard_version.updated',
            entityType: 'standard_version',
            entityId: existing.id,
            oldValue: { key, name: existing.name, contentHash: existing.content_hash },
            newValue: { key, name: standard.name, contentHash: hash },
          });
        });
      return summaryOf(existing.id);
    }
    const id = ulid();
    await db()
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('standard_versions')
          .values({
            id,
            code: standard.code,
            version: standard.version,
            name: standard.name,
            content_hash: hash,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await appendAudit(trx, {
          actor: who,
          action: 'standard_version.created',
          entityType: 'standard_version',
          entityId: id,
          newValue: { key, name: standard.name, contentHash: hash },
        });
      });
    return summaryOf(id);
  };

  const detail = async (id: string): Promise<StandardVersionDetail> => {
    const summary = await summaryOf(id);
    return { summary, standard: await standardByHash(summary.contentHash) };
  };

  return {
    ensureSeeded,
    standardByHash,
    versionRow,
    get: detail,

    async list(): Promise<StandardVersionSummary[]> {
      await ensureSeeded();
      const rows = await db()
        .selectFrom('standard_versions')
        .selectAll()
        .orderBy('builtin', 'desc')
        .orderBy('code')
        .orderBy('version')
        .execute();
      const counts = await submittedCounts();
      return Promise.all(rows.map((r) => summarize(r, counts.get(r.id) ?? 0)));
    },

    validate(json: unknown): StandardValidationResult {
      const result = validateStandard(json);
      if (!result.ok) return { ok: false, errors: result.errors };
      return {
        ok: true,
        contentHash: standardContentHash(result.value),
        itemCount: listItems(result.value).length,
      };
    },

    async saveVersion(json: unknown): Promise<StandardVersionSummary> {
      const result = validateStandard(json);
      if (!result.ok) throw invalidStandard(result.errors);
      return save(result.value);
    },

    async clone(
      id: string,
      target: { version: string; code?: string | undefined; name?: string | undefined },
    ) {
      const { standard } = await detail(id);
      const copy = {
        ...standard,
        version: target.version,
        code: target.code ?? standard.code,
        name: target.name ?? standard.name,
      };
      const clash = await db()
        .selectFrom('standard_versions')
        .select('id')
        .where('code', '=', copy.code)
        .where('version', '=', copy.version)
        .executeTakeFirst();
      if (clash)
        throw new AppError('E_CONFLICT', `评查标准 ${copy.code}@${copy.version} 已存在，请换一个版本号`, {
          id: clash.id,
        });
      return save(copy);
    },

    async importJson(text: string): Promise<StandardImportOutcome> {
      const result = importStandardJson(text);
      if (!result.ok) throw invalidStandard(result.errors, '评查标准文件校验未通过，未导入');
      return { summary: await save(result.value.standard), warnings: [] };
    },

    async importXlsx(base64: string): Promise<StandardImportOutcome> {
      const result = await importStandardFromXlsx(Buffer.from(base64, 'base64'));
      if (!result.ok) throw invalidStandard(result.errors, 'Excel 评查标准有误，未导入');
      return { summary: await save(result.value.standard), warnings: [] };
    },

    async exportJson(id: string) {
      const { standard } = await detail(id);
      return { fileName: `${fileBase(standard)}.json`, text: exportStandardJson(standard) };
    },

    async exportXlsx(id: string) {
      const { standard } = await detail(id);
      const { bytes, warnings } = await exportStandardToXlsx(standard);
      return {
        fileName: `${fileBase(standard)}.xlsx`,
        base64: Buffer.from(bytes).toString('base64'),
        warnings,
      };
    },

    /** Called when a review is submitted: the version can never change again. */
    async lock(id: string, trx: Kysely<DB> = db(), by?: ReviewerIdentity) {
      const result = await trx
        .updateTable('standard_versions')
        .set({ locked: 1 })
        .where('id', '=', id)
        .where('locked', '=', 0)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0)
        await appendAudit(trx, {
          actor: by ?? (await auditActor()),
          action: 'standard_version.locked',
          entityType: 'standard_version',
          entityId: id,
          oldValue: { locked: false },
          newValue: { locked: true },
          reason: '已有评查使用该版本提交',
        });
    },

    /** Looks a version up by `code@version` (CLI). */
    async findByKey(key: string) {
      await ensureSeeded();
      const at = key.lastIndexOf('@');
      const code = at > 0 ? key.slice(0, at) : key;
      let query = db().selectFrom('standard_versions').selectAll().where('code', '=', code);
      if (at > 0) query = query.where('version', '=', key.slice(at + 1));
      const rows = await query.orderBy('created_at', 'desc').execute();
      if (rows.length === 0) throw new AppError('E_NOT_FOUND', `评查标准不存在：${key}`);
      return rows[0]!;
    },
  };
}

export type StandardsService = ReturnType<typeof createStandardsService>;
