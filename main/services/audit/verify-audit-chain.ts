import type { Kysely } from 'kysely';
import type { AuditChainSummary, AuditVerifyReport } from '../../../preload/contract/methods/audit';
import type { DB } from '../../db/schema';
import { auditEntryHash, GENESIS_HASH } from './audit-hash';
import { peekWorkstationId } from './workstation-id';

const PAGE = 2000;

type Row = Awaited<ReturnType<typeof page>>[number];

/** Keyset paging over (origin, seq): constant memory however long the log is. */
const page = (db: Kysely<DB>, after: { origin: string; seq: number } | null) => {
  let q = db.selectFrom('audit_log').selectAll();
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('origin', '>', after.origin),
        eb.and([eb('origin', '=', after.origin), eb('seq', '>', after.seq)]),
      ]),
    );
  return q.orderBy('origin').orderBy('seq').limit(PAGE).execute();
};

const describe = (r: Row) => `${r.at} ${r.actor_name} ${r.action} ${r.entity_type} ${r.entity_id}`;

/** The first problem with `row` given the previous entry of its chain, or null. */
function problem(row: Row, prev: { seq: number; hash: string } | null): string | null {
  const expectedSeq = (prev?.seq ?? 0) + 1;
  if (row.seq !== expectedSeq)
    return `来源 ${row.origin} 的审计日志缺少第 ${expectedSeq}${row.seq > expectedSeq + 1 ? `–${row.seq - 1}` : ''} 条（记录被删除），链在第 ${row.seq} 条处断开`;
  if (row.prev_hash !== (prev?.hash ?? GENESIS_HASH))
    return `来源 ${row.origin} 第 ${row.seq} 条审计记录（${describe(row)}）与前一条不衔接：前一条记录被改动或替换`;
  if (auditEntryHash(row) !== row.hash)
    return `来源 ${row.origin} 第 ${row.seq} 条审计记录（${describe(row)}）的内容与其摘要不符：该记录被改动`;
  return null;
}

/**
 * Recomputes every chain (one per origin) from its first entry: sequence
 * numbers without gaps, each prev_hash equal to the previous hash, each hash
 * equal to SHA-256 of the entry. Stops at the first broken entry and names it.
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<AuditVerifyReport> {
  const chains: AuditChainSummary[] = [];
  let checked = 0;
  let prev: { origin: string; seq: number; hash: string } | null = null;
  let after: { origin: string; seq: number } | null = null;
  for (;;) {
    const rows = await page(db, after);
    for (const row of rows) {
      const samePrev = prev?.origin === row.origin ? prev : null;
      const message = problem(row, samePrev);
      if (message) {
        return {
          ok: false,
          workstationId: await peekWorkstationId(db),
          checked,
          chains,
          broken: { origin: row.origin, seq: row.seq, message },
        };
      }
      checked++;
      const chain = chains.at(-1);
      if (chain?.origin === row.origin) {
        chain.entries++;
        chain.lastSeq = row.seq;
        chain.lastHash = row.hash;
      } else chains.push({ origin: row.origin, entries: 1, lastSeq: row.seq, lastHash: row.hash });
      prev = { origin: row.origin, seq: row.seq, hash: row.hash };
    }
    if (rows.length < PAGE) break;
    const last = rows.at(-1)!;
    after = { origin: last.origin, seq: last.seq };
  }
  return { ok: true, workstationId: await peekWorkstationId(db), checked, chains, broken: null };
}
