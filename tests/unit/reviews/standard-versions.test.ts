import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveResourcesDir } from '../../../main/runtime/resources-dir';
import { openTestApi } from '../../helpers/open-test-api';
import { apiCalls, type TestApi } from './review-api-helpers';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const { call, callError, setup } = apiCalls(() => api);

describe('standard versions', () => {
  it('seeds every built-in once, locked', async () => {
    const files = readdirSync(join(resolveResourcesDir(), 'standards')).filter((f) => f.endsWith('.json'));
    const first = await call('standards.list', {});
    expect(first.filter((s) => s.builtin)).toHaveLength(files.length);
    expect(first.every((s) => s.locked && s.contentHash.length === 64)).toBe(true);
    const again = await call('standards.list', {});
    expect(again.map((s) => s.id)).toEqual(first.map((s) => s.id));
    const eco = first.find((s) => s.code === 'ECO24-YBCF');
    expect(eco?.formulaKind).toBe('legality_gate_plus_normativity');
  });

  it('refuses to edit a built-in; a clone is a new, editable version', async () => {
    const { versionId } = await setup();
    const { standard } = await call('standards.get', { id: versionId });
    const locked = await callError('standards.saveVersion', { standard: { ...standard, name: '改名' } });
    expect(locked.code).toBe('E_LOCKED');

    const clone = await call('standards.clone', { id: versionId, version: '2024.1-本地' });
    expect(clone.locked).toBe(false);
    expect(clone.contentHash).not.toBe((await call('standards.get', { id: versionId })).summary.contentHash);
    const edited = await call('standards.saveVersion', {
      standard: { ...standard, version: '2024.1-本地', name: '本地处罚标准' },
    });
    expect(edited.id).toBe(clone.id);
    expect(edited.name).toBe('本地处罚标准');
    expect((await callError('standards.clone', { id: versionId, version: '2024.1-本地' })).code).toBe(
      'E_CONFLICT',
    );
  });

  it('locks a version once a review using it is submitted; the review keeps its exact content', async () => {
    const { caseId, versionId } = await setup();
    const clone = await call('standards.clone', { id: versionId, version: 'v-lock' });
    const { standard } = await call('standards.get', { id: clone.id });
    const { review, report } = await call('reviews.openOrCreate', { caseId, standardVersionId: clone.id });
    expect(review.standardHash).toBe(clone.contentHash);
    for (const code of report.unscoredItemCodes) {
      await call('reviews.setItem', { id: review.id, itemCode: code, finding: { status: 'ok' } });
    }
    await call('reviews.submit', { id: review.id });
    const after = (await call('standards.list', {})).find((s) => s.id === clone.id);
    expect(after).toMatchObject({ locked: true, submittedReviews: 1 });
    const error = await callError('standards.saveVersion', { standard: { ...standard, name: '再改' } });
    expect(error.code).toBe('E_LOCKED');
    expect((await call('reviews.get', { id: review.id })).review.standardHash).toBe(clone.contentHash);
  });

  it('rejects malformed standards with precise errors and saves nothing', async () => {
    const before = (await call('standards.list', {})).length;
    const bad = {
      code: 'X',
      name: 'X',
      version: '1',
      sections: [{ code: 'A', title: 'A', items: [{ code: '1', title: 't', points: -1 }] }],
    };
    const validation = await call('standards.validate', { standard: bad });
    expect(validation.ok).toBe(false);
    const error = await callError('standards.saveVersion', { standard: bad });
    expect(error.code).toBe('E_INVALID_ARGS');
    expect(JSON.stringify(error.details)).toContain('points');
    expect((await callError('standards.importJson', { text: '{"code":' })).code).toBe('E_INVALID_ARGS');
    expect((await call('standards.list', {})).length).toBe(before);
  });

  it('exports JSON and Excel that import back as the same content', async () => {
    const { versionId } = await setup();
    const json = await call('standards.exportJson', { id: versionId });
    expect(json.fileName).toBe('PC-XZCF-YB@2024.1.json');
    const original = await call('standards.get', { id: versionId });
    const changed = json.text.replace('"version": "2024.1"', '"version": "2024.2"');
    const imported = await call('standards.importJson', { text: changed });
    expect(imported.summary.version).toBe('2024.2');
    const xlsx = await call('standards.exportXlsx', { id: versionId });
    expect(xlsx.base64.length).toBeGreaterThan(100);
    const fromXlsx = await callError('standards.importXlsx', { base64: xlsx.base64 });
    // Same code@version as the locked built-in: importing over it is refused.
    expect(fromXlsx.code).toBe('E_LOCKED');
    expect(original.summary.itemCount).toBe(imported.summary.itemCount);
  });
});

describe('invalid scoring input', () => {
  it('rejects unknown items and out-of-range values with E_INVALID_ARGS', async () => {
    const { caseId, versionId } = await setup();
    const { review, standard } = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    const unknown = await callError('reviews.setItem', {
      id: review.id,
      itemCode: '99.9',
      finding: { status: 'ok' },
    });
    expect(unknown.code).toBe('E_INVALID_ARGS');
    const range = standard.sections.flatMap((s) => s.items).find((i) => i.mode === 'range')!;
    const tooMuch = await callError('reviews.setItem', {
      id: review.id,
      itemCode: range.code,
      finding: { status: 'deduct', rangeValue: (range.range?.max ?? 0) + 1, reason: '证据不足' },
    });
    expect(tooMuch.code).toBe('E_INVALID_ARGS');
    const noReason = await callError('reviews.setItem', {
      id: review.id,
      itemCode: range.code,
      finding: { status: 'deduct', rangeValue: range.range?.min ?? 0 },
    });
    expect(noReason.code).toBe('E_INVALID_ARGS');
    const vetoOnPlain = await callError('reviews.setItem', {
      id: review.id,
      itemCode: '1.1',
      finding: { status: 'veto' },
    });
    expect(vetoOnPlain.code).toBe('E_INVALID_ARGS');
    expect(await call('reviews.history', { id: review.id, itemCode: range.code })).toEqual([]);
  });

  it('logs suggestion decisions only for rules linked to the item', async () => {
    const { caseId, versionId } = await setup();
    const { review } = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    const d = await call('reviews.decideSuggestion', {
      id: review.id,
      itemCode: '4.3',
      ruleId: 'GS-3',
      decision: 'accepted',
    });
    expect(d.decision).toBe('accepted');
    await call('reviews.decideSuggestion', {
      id: review.id,
      itemCode: '4.3',
      ruleId: 'GS-3',
      decision: 'rejected',
      note: '已公示',
    });
    const view = await call('reviews.get', { id: review.id });
    expect(view.suggestionDecisions).toEqual([
      expect.objectContaining({ itemCode: '4.3', ruleId: 'GS-3', decision: 'rejected' }),
    ]);
    const history = await call('reviews.history', { id: review.id, itemCode: '4.3' });
    expect(history.map((h) => h.kind)).toEqual(['suggestion_accepted', 'suggestion_rejected']);
    expect(history[1]!.reason).toBe('已公示');
    expect(
      (
        await callError('reviews.decideSuggestion', {
          id: review.id,
          itemCode: '4.3',
          ruleId: 'FZ-1',
          decision: 'accepted',
        })
      ).code,
    ).toBe('E_INVALID_ARGS');
  });
});
