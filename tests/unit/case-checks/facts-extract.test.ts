import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFilesFromPath } from '../../../main/services/imports/source-files';
import type { FactProposal } from '../../../preload/contract/methods/facts';
import { openTestApi } from '../../helpers/open-test-api';
import { makeTempDir } from '../../helpers/temp-dir';
import { call, callError, quietReporter } from './api-helpers';
import { writeDossier } from './dossier-fixture';

let api: Awaited<ReturnType<typeof openTestApi>>;
const temp = makeTempDir('pingcha-dossier-');
let caseId = '';
let proposals: FactProposal[] = [];

beforeAll(async () => {
  api = await openTestApi();
  const { mode, files } = await sourceFilesFromPath(await writeDossier(temp.dir));
  const summary = await api.services.imports.run(mode, files, undefined, quietReporter());
  expect(summary.failed).toBe(0);
  caseId = summary.cases[0]!.caseId;
  const result = await call(api, 'facts.extract', { caseId });
  proposals = result.proposals;
  expect(result.added).toBe(proposals.length);
});
afterAll(async () => {
  await api.dispose();
  temp.cleanup();
});

const find = (target: string, fileName: string) => {
  const p = proposals.find((x) => x.target === target && x.fileName === fileName);
  if (!p)
    throw new Error(
      `no proposal ${target} from ${fileName}: ${JSON.stringify(proposals.map((x) => [x.target, x.fileName]))}`,
    );
  return p;
};

describe('facts.extract on imported Chinese PDFs', () => {
  it('proposes the events each document type implies, with document, page and quote', async () => {
    const docs = await call(api, 'documents.list', { caseId });
    const decision = find('events.decision', '6-行政处罚决定书.pdf');
    expect(decision.value).toMatchObject({
      date: '2024-09-27',
      kind: '处罚',
      number: '随市监罚〔2024〕12号',
      amount: 20000,
    });
    expect(decision.documentId).toBe(docs.find((d) => d.fileName === '6-行政处罚决定书.pdf')!.id);
    expect(decision.page).toBe(1);
    expect(decision.quote).toBe('2024年9月27日');
    expect(find('events.decisionService', '7-送达回证.pdf').value).toEqual({
      date: '2024-09-29',
      manner: '直接送达',
    });
    expect(find('events.notices[0]', '4-送达回证.pdf').value).toEqual({ servedDate: '2024-09-03' });
    expect(find('events.notices[0]', '3-行政处罚事先告知书.pdf').value).toMatchObject({
      issuedDate: '2024-09-02',
      periodWorkingDays: 5,
      hearingRightNotified: true,
      proposedAmount: 20000,
    });
    expect(find('events.legalReviews[]', '5-法制审核意见书.pdf').value).toEqual({
      date: '2024-09-20',
      outcome: '同意',
      reviewer: '王五',
    });
    expect(find('events.publication', '8-公示记录.pdf').value).toEqual({ date: '2024-10-14' });
    expect(find('events.filing', '1-立案审批表.pdf').value).toEqual({ date: '2024-08-01' });
    expect(find('legalReviewers[]', '5-法制审核意见书.pdf').value).toEqual({ name: '王五' });
    const inspection = find('events.investigations[]', '2-现场检查笔录.pdf');
    expect(inspection.value).toEqual({
      kind: '现场检查',
      date: '2024-08-02',
      officers: ['张三', '李四'],
      certificateShown: true,
    });
    const officer = proposals.find((p) => p.target === 'officers[]' && p.value.name === '李四')!;
    expect(officer).toMatchObject({
      fileName: '2-现场检查笔录.pdf',
      page: 1,
      value: { certificateNumber: '42010012346' },
    });
    expect(officer.quote).toContain('42010012346');
  });

  it('does not propose the same values again', async () => {
    const again = await call(api, 'facts.extract', { caseId });
    expect(again.added).toBe(0);
    expect(again.proposals).toHaveLength(proposals.length);
  });

  it('confirming proposals builds valid facts with provenance, and checks.run then judges them', async () => {
    for (const p of proposals) await call(api, 'facts.decideProposal', { id: p.id, decision: 'accept' });
    const facts = await call(api, 'facts.get', { caseId });
    const events = facts.facts!.events as Record<string, { date?: string; source?: unknown }>;
    expect(events.decision!.date).toBe('2024-09-27');
    expect(events.publication!.source).toMatchObject({ page: 1, quote: '2024年10月14日' });
    const run = await call(api, 'checks.run', { caseId });
    const gs3 = run.findings.find((f) => f.ruleId === 'GS-3')!;
    expect(gs3.result).toBe('不符合');
    expect(gs3.explanation).toContain('2024-10-12（星期六，国庆节调休上班）');
    expect(gs3.evidence?.some((e) => e.quote === '2024年10月14日')).toBe(true);
  });

  it('refuses to decide twice; a case without documents gets no proposals', async () => {
    expect(
      (await callError(api, 'facts.decideProposal', { id: proposals[0]!.id, decision: 'reject' })).code,
    ).toBe('E_CONFLICT');
    const fresh = await call(api, 'cases.create', { record: { name: '另一个案卷', actType: '行政处罚' } });
    expect((await call(api, 'facts.extract', { caseId: fresh.record.id })).proposals).toEqual([]);
  });
});

describe('correcting and rejecting proposals', () => {
  it('stores the corrected value, leaves rejected ones out, and reports missing required fields', async () => {
    const { mode, files } = await sourceFilesFromPath(await writeDossier(temp.dir, '第二个案卷'));
    const second = (await api.services.imports.run(mode, files, undefined, quietReporter())).cases[0]!.caseId;
    const list = (await call(api, 'facts.extract', { caseId: second })).proposals;
    const publication = list.find((p) => p.target === 'events.publication')!;
    const decision = list.find((p) => p.target === 'events.decision')!;
    const filing = list.find((p) => p.target === 'events.filing')!;
    await call(api, 'facts.decideProposal', { id: decision.id, decision: 'accept' });
    const corrected = await call(api, 'facts.decideProposal', {
      id: publication.id,
      decision: 'accept',
      correctedValue: { date: '2024-10-11' },
    });
    expect(corrected.proposal).toMatchObject({ status: 'confirmed', decidedValue: { date: '2024-10-11' } });
    expect((corrected.facts.facts!.events as { publication: { date: string } }).publication.date).toBe(
      '2024-10-11',
    );
    const rejected = await call(api, 'facts.decideProposal', { id: filing.id, decision: 'reject' });
    expect(rejected.proposal.status).toBe('rejected');
    expect((rejected.facts.facts!.events as { filing?: unknown }).filing).toBeUndefined();
    const gs3 = (await call(api, 'checks.run', { caseId: second })).findings.find(
      (f) => f.ruleId === 'GS-3',
    )!;
    expect(gs3.result).toBe('符合');

    const review = list.find((p) => p.target === 'events.legalReviews[]')!;
    const error = await callError(api, 'facts.decideProposal', {
      id: review.id,
      decision: 'accept',
      correctedValue: { date: '2024-09-20', outcome: '同意', reviewer: '' },
    });
    expect(error.code).toBe('E_INVALID_ARGS');
    expect(JSON.stringify(error.details)).toContain('events.legalReviews.0.reviewer');
    expect(
      (await call(api, 'facts.proposals', { caseId: second })).find((p) => p.id === review.id)!.status,
    ).toBe('proposed');
  });
});
