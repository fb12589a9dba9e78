import { sql, type Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type {
  CaseFacets,
  CaseFields,
  CaseListResult,
  CaseRecord,
  CaseSaveResult,
  CASE_SORT_FIELDS,
} from '../../../preload/contract/methods/cases';
import type { DB } from '../../db/schema';
import { caseFieldsToColumns, rowToRecord, rowToSummary } from './case-row';

export interface CaseListQuery {
  filter: {
    agency?: string | undefined;
    actType?: CaseFields['actType'] | undefined;
    status?: CaseFields['status'] | undefined;
    tag?: string | undefined;
    text?: string | undefined;
    decidedFrom?: string | undefined;
    decidedTo?: string | undefined;
  };
  sort: { field: (typeof CASE_SORT_FIELDS)[number]; direction: 'asc' | 'desc' };
  page: number;
  pageSize: number;
  unmask: boolean;
}

const SORT_COLUMNS = {
  caseNumber: 'case_number',
  name: 'name',
  agency: 'agency',
  actType: 'act_type',
  decidedDate: 'decided_date',
  updatedAt: 'updated_at',
} as const;

/** LIKE pattern for a user's text, with %, _ and the escape character itself taken literally. */
const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const notFound = (id: string) => new AppError('E_NOT_FOUND', `案卷不存在或已删除：${id}`, { id });

/** Case records (案卷): CRUD, the filtered list, soft delete with restore. */
export function createCasesService(db: () => Kysely<DB>) {
  const documentCounts = async (ids: string[]): Promise<Map<string, number>> => {
    if (ids.length === 0) return new Map();
    const rows = await db()
      .selectFrom('documents')
      .select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('case_id', 'in', ids)
      .groupBy('case_id')
      .execute();
    return new Map(rows.map((r) => [r.case_id, Number(r.n)]));
  };

  const duplicatesOf = async (caseNumber: string, exceptId?: string) => {
    if (!caseNumber) return [];
    let query = db()
      .selectFrom('cases')
      .select(['id', 'name'])
      .where('case_number', '=', caseNumber)
      .where('deleted_at', 'is', null);
    if (exceptId) query = query.where('id', '!=', exceptId);
    return (await query.limit(20).execute()).map((r) => ({ id: r.id, name: r.name ?? '' }));
  };

  const get = async (id: string, includeDeleted = false): Promise<CaseRecord> => {
    let query = db().selectFrom('cases').selectAll().where('id', '=', id);
    if (!includeDeleted) query = query.where('deleted_at', 'is', null);
    const row = await query.executeTakeFirst();
    if (!row) throw notFound(id);
    return rowToRecord(row, (await documentCounts([id])).get(id) ?? 0);
  };

  return {
    get: (id: string) => get(id),

    async list(q: CaseListQuery): Promise<CaseListResult> {
      const f = q.filter;
      let query = db().selectFrom('cases').where('deleted_at', 'is', null);
      if (f.agency) query = query.where('agency', '=', f.agency);
      if (f.actType) query = query.where('act_type', '=', f.actType);
      if (f.status) query = query.where('status', '=', f.status);
      if (f.decidedFrom) query = query.where('decided_date', '>=', f.decidedFrom);
      if (f.decidedTo) query = query.where('decided_date', '<=', f.decidedTo);
      if (f.tag)
        query = query.where(
          sql<boolean>`exists (select 1 from json_each(cases.tags) where value = ${f.tag})`,
        );
      if (f.text) {
        const pattern = likeContains(f.text);
        query = query.where((eb) =>
          eb.or(
            ['name', 'case_number', 'party_name', 'agency', 'notes'].map((column) =>
              eb(sql.ref(column), 'like', sql`${pattern} escape '\\'`),
            ),
          ),
        );
      }
      const total = Number(
        (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0,
      );
      const rows = await query
        .selectAll()
        .orderBy(SORT_COLUMNS[q.sort.field], q.sort.direction)
        .orderBy('id', q.sort.direction)
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      const counts = await documentCounts(rows.map((r) => r.id));
      return {
        rows: rows.map((r) => rowToSummary(r, counts.get(r.id) ?? 0, q.unmask)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async create(fields: CaseFields): Promise<CaseSaveResult> {
      const id = ulid();
      const now = new Date().toISOString();
      await db()
        .insertInto('cases')
        .values({ id, ...caseFieldsToColumns(fields), created_at: now, updated_at: now })
        .execute();
      return { record: await get(id), duplicateNumberOf: await duplicatesOf(fields.caseNumber, id) };
    },

    async update(id: string, fields: CaseFields): Promise<CaseSaveResult> {
      const result = await db()
        .updateTable('cases')
        .set({ ...caseFieldsToColumns(fields), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound(id);
      return { record: await get(id), duplicateNumberOf: await duplicatesOf(fields.caseNumber, id) };
    },

    /** Soft delete: documents, reviews and annotations stay until the case is purged. */
    async remove(id: string): Promise<{ id: string }> {
      const result = await db()
        .updateTable('cases')
        .set({ deleted_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound(id);
      return { id };
    },

    async restore(id: string): Promise<CaseRecord> {
      const result = await db()
        .updateTable('cases')
        .set({ deleted_at: null, updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('deleted_at', 'is not', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n)
        throw new AppError('E_NOT_FOUND', `回收站中没有这个案卷：${id}`, { id });
      return get(id);
    },

    async next(id: string): Promise<{ id: string | null }> {
      const current = await get(id);
      const row = await db()
        .selectFrom('cases')
        .select('id')
        .where('deleted_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('case_number', '>', current.caseNumber),
            eb.and([eb('case_number', '=', current.caseNumber), eb('id', '>', id)]),
          ]),
        )
        .orderBy('case_number')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      return { id: row?.id ?? null };
    },

    async facets(): Promise<CaseFacets> {
      const agencies = await db()
        .selectFrom('cases')
        .select('agency')
        .distinct()
        .where('deleted_at', 'is', null)
        .where('agency', '!=', '')
        .orderBy('agency')
        .execute();
      const tags = await sql<{
        tag: string;
      }>`select distinct j.value as tag from cases, json_each(cases.tags) j
        where cases.deleted_at is null order by tag`.execute(db());
      return { agencies: agencies.map((r) => r.agency ?? ''), tags: tags.rows.map((r) => r.tag) };
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
