import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';
import { auditEntryHash, GENESIS_HASH } from './audit-hash';
import type { AuditWireEntry } from './audit-wire';

export interface AuditImportCount {
  added: number;
  unchanged: number;
}

const refuse = (e: AuditWireEntry, why: string) =>
  new AppError('E_CORRUPT_FILE', `审计记录（来源 ${e.origin} 第 ${e.seq} 条）${why}，未导入`, {
    origin: e.origin,
    seq: e.seq,
  });

/**
 * Adds entries written on other workstations, keeping their origin chain as
 * is. Idempotent: an entry already present with the same hash is skipped; one
 * present with a different hash, or one that does not extend its chain
 * (gap, wrong prev_hash, hash mismatch) is refused — the caller's transaction
 * then rolls everything back. With `dryRun`, only counts.
 */
export async function importAuditEntries(
  trx: Kysely<DB>,
  entries: readonly AuditWireEntry[],
  options: { dryRun?: boolean } = {},
): Promise<AuditImportCount> {
  const sorted = [...entries].sort((a, b) =>
    a.origin === b.origin ? a.seq - b.seq : a.origin < b.origin ? -1 : 1,
  );
  let added = 0;
  let unchanged = 0;
  /** Per origin: the hashes already here by seq, and the chain tail after the entries accepted so far. */
  const chains = new Map<string, { have: Map<number, string>; tail: { seq: number; hash: string } }>();
  const chainOf = async (origin: string) => {
    let chain = chains.get(origin);
    if (!chain) {
      const rows = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('origin', '=', origin)
        .orderBy('seq')
        .execute();
      const last = rows.at(-1);
      chain = {
        have: new Map(rows.map((r) => [r.seq, r.hash])),
        tail: last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH },
      };
      chains.set(origin, chain);
    }
    return chain;
  };
  const pending: AuditWireEntry[] = [];
  for (const e of sorted) {
    if (auditEntryHash(e) !== e.hash) throw refuse(e, '的内容与其摘要不符（被改动）');
    const chain = await chainOf(e.origin);
    const existing = chain.have.get(e.seq);
    if (existing !== undefined) {
      if (existing !== e.hash) throw refuse(e, '与本机已有的同号记录不一致');
      unchanged++;
      continue;
    }
    const { tail } = chain;
    if (e.seq !== tail.seq + 1) throw refuse(e, `不接续本机已有的第 ${tail.seq} 条（缺少中间记录）`);
    if (e.prev_hash !== tail.hash) throw refuse(e, '与前一条记录不衔接');
    pending.push(e);
    chain.tail = { seq: e.seq, hash: e.hash };
    added++;
  }
  if (!options.dryRun)
    for (let i = 0; i < pending.length; i += 200)
      await trx
        .insertInto('audit_log')
        .values(pending.slice(i, i + 200))
        .execute();
  return { added, unchanged };
}
