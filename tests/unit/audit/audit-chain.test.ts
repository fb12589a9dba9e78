import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/run-cli-captured';
import { appendAudit, auditEntryHash, importAuditEntries } from '../../../main/services/audit';
import { openTestApi } from '../../helpers/open-test-api';
import { apiCalls, type TestApi } from '../reviews/review-api-helpers';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const { call, setup } = apiCalls(() => api);
const db = () => api.runtime.db();

const actor = { name: '李组长', unit: '市司法局', role: '组长' };

/** Scores one item twice on a fresh review, so the log has a few real entries. */
async function someReviewChanges() {
  const { caseId, versionId } = await setup();
  const view = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
  const item = view.standard.sections[1]!.items[0]!;
  const itemCode = item.code;
  await call('reviews.setItem', { id: view.review.id, itemCode, finding: { status: 'ok' } });
  await call('reviews.setItem', {
    id: view.review.id,
    itemCode,
    finding: { status: 'deduct', optionIds: [item.options[0]!.id], note: '缺少送达回证' },
  });
  return { reviewId: view.review.id, itemCode };
}

const cli = async (...args: string[]) => {
  await api.close();
  return runCliCaptured(api.dataDir, args);
};

describe('audit trail', () => {
  it('records every review change with who, what and old → new, chained by hash', async () => {
    const { reviewId, itemCode } = await someReviewChanges();
    const item = await call('audit.list', { entityType: 'review_item', entityId: `${reviewId}:${itemCode}` });
    expect(item.map((e) => e.action)).toEqual(['review.set', 'review.set']);
    expect(item[1]!.oldValue).toMatchObject({ status: 'ok' });
    expect(item[1]!.newValue).toMatchObject({ status: 'deduct', note: '缺少送达回证' });
    expect(item[1]!.actor).toEqual({ name: '王评查', unit: '市司法局', role: '评查员' });
    expect(item.every((e) => e.local)).toBe(true);
    const review = await call('audit.list', { entityType: 'review', entityId: reviewId });
    expect(review.map((e) => e.action)).toEqual(['review.created']);

    const report = await call('audit.verify', {});
    expect(report).toMatchObject({ ok: true, broken: null, checked: 3 });
    expect(report.chains).toEqual([
      expect.objectContaining({ origin: report.workstationId, entries: 3, lastSeq: 3 }),
    ]);
    const rows = await db().selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(auditEntryHash(rows[2]!)).toBe(rows[2]!.hash);
  });

  it('audits standard versions: created, then locked by the first submitted review', async () => {
    await call('reviewer.set', { identity: actor });
    const list = await call('standards.list', {});
    const base = list.find((s) => s.code === 'PC-XZCF-YB')!;
    const copy = await call('standards.clone', { id: base.id, version: 'local-1' });
    const entries = await call('audit.list', { entityType: 'standard_version', entityId: copy.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'standard_version.created',
      actor,
      newValue: { key: 'PC-XZCF-YB@local-1', contentHash: copy.contentHash },
    });
    const { record } = await call('cases.create', {
      record: { name: '某公司无证经营案', actType: '行政处罚', procedure: '普通' },
    });
    const view = await call('reviews.openOrCreate', { caseId: record.id, standardVersionId: copy.id });
    for (const item of view.report.items)
      if (item.applicability !== false)
        await call('reviews.setItem', {
          id: view.review.id,
          itemCode: item.itemCode,
          finding: { status: 'ok' },
        });
    await call('reviews.submit', { id: view.review.id });
    const after = await call('audit.list', { entityType: 'standard_version', entityId: copy.id });
    expect(after.map((e) => e.action)).toEqual(['standard_version.created', 'standard_version.locked']);
    expect(after[1]).toMatchObject({ actor, oldValue: { locked: false }, newValue: { locked: true } });
    expect((await call('audit.verify', {})).ok).toBe(true);
  });

  it('refuses UPDATE and DELETE on the log (append-only triggers)', async () => {
    await someReviewChanges();
    await expect(sql`update audit_log set actor_name = '某人' where seq = 1`.execute(db())).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 2`.execute(db())).rejects.toThrow(/append-only/);
    expect((await call('audit.verify', {})).ok).toBe(true);
  });

  it('detects a row edited directly in SQLite and names the entry (API and CLI exit 1)', async () => {
    const { reviewId, itemCode } = await someReviewChanges();
    // Someone with the database file drops the guard and rewrites the first score.
    await sql`drop trigger audit_log_no_update`.execute(db());
    await sql`update audit_log set new_value = ${'{"status":"veto"}'} where seq = 2`.execute(db());
    const report = await call('audit.verify', {});
    expect(report.ok).toBe(false);
    expect(report.broken).toMatchObject({ seq: 2, origin: report.workstationId });
    expect(report.broken!.message).toContain('第 2 条');
    expect(report.broken!.message).toContain('被改动');
    expect(report.broken!.message).toContain(`${reviewId}:${itemCode}`);

    const run = await cli('audit', 'verify');
    expect(run.code).toBe(1);
    expect(run.err).toContain('第 2 条审计记录');
  });

  it('detects a re-hashed edit (next entry no longer links) and a deleted entry (gap)', async () => {
    await someReviewChanges();
    await sql`drop trigger audit_log_no_update`.execute(db());
    await sql`drop trigger audit_log_no_delete`.execute(db());
    // A careful forger recomputes the edited row's own hash: the next row's prev_hash still betrays it.
    const row = await db().selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const forged = { ...row, reason: '补记' };
    await sql`update audit_log set reason = '补记', hash = ${auditEntryHash(forged)} where seq = 2`.execute(
      db(),
    );
    let report = await call('audit.verify', {});
    expect(report.broken).toMatchObject({ seq: 3 });
    expect(report.broken!.message).toContain('不衔接');

    await appendAudit(db(), { actor, action: 'test.after', entityType: 't', entityId: 'x' });
    await sql`delete from audit_log where seq in (2, 3)`.execute(db());
    report = await call('audit.verify', {});
    expect(report.broken).toMatchObject({ seq: 4 });
    expect(report.broken!.message).toContain('缺少第 2–3 条');
  });

  it('imports another workstation’s chain keeping its origin; idempotent; refuses tampered or gapped entries', async () => {
    const other = await openTestApi();
    try {
      await other.services.reviewer.set(actor);
      for (const n of [1, 2, 3])
        await other.runtime
          .db()
          .transaction()
          .execute((trx) =>
            appendAudit(trx, {
              actor,
              action: 'campaign.updated',
              entityType: 'campaign',
              entityId: 'C1',
              newValue: { n },
            }),
          );
      const chain = await other.services.audit.chainOf();
      const origin = chain[0]!.origin;

      const first = await db()
        .transaction()
        .execute((trx) => importAuditEntries(trx, chain));
      expect(first).toEqual({ added: 3, unchanged: 0 });
      const again = await db()
        .transaction()
        .execute((trx) => importAuditEntries(trx, chain));
      expect(again).toEqual({ added: 0, unchanged: 3 });
      const report = await call('audit.verify', {});
      expect(report.ok).toBe(true);
      expect(report.chains.find((c) => c.origin === origin)).toMatchObject({ entries: 3, lastSeq: 3 });
      const listed = await call('audit.list', { entityType: 'campaign', entityId: 'C1' });
      expect(listed.map((e) => [e.local, (e.newValue as { n: number }).n])).toEqual([
        [false, 1],
        [false, 2],
        [false, 3],
      ]);

      const tampered = chain.map((e) => (e.seq === 2 ? { ...e, new_value: '{"n":20}' } : e));
      await expect(
        db()
          .transaction()
          .execute((trx) => importAuditEntries(trx, tampered)),
      ).rejects.toThrow(/第 2 条）的内容与其摘要不符/);
      const fresh = await openTestApi();
      try {
        const gapped = chain.filter((e) => e.seq !== 2);
        await expect(
          fresh.runtime
            .db()
            .transaction()
            .execute((trx) => importAuditEntries(trx, gapped)),
        ).rejects.toThrow(/第 3 条）不接续本机已有的第 1 条/);
        // All or nothing: the first entry of the refused batch was rolled back.
        expect(await fresh.runtime.db().selectFrom('audit_log').selectAll().execute()).toHaveLength(0);
      } finally {
        await fresh.dispose();
      }
    } finally {
      await other.dispose();
    }
  });
});
