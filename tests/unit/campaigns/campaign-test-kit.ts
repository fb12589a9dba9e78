import type { ArgsOf } from '../../../preload/contract';
import type { ItemFinding } from '../../../preload/contract/methods/reviews';
import { openTestApi } from '../../helpers/open-test-api';
import { routerCalls } from '../../helpers/router-calls';

export type TestApi = Awaited<ReturnType<typeof openTestApi>>;

export const LEADER = { name: '赵组长', unit: '市司法局', role: '组长' };
export const A = { name: '钱评查', unit: '市市场监管局', role: '评查员' };
export const B = { name: '孙评查', unit: '市生态环境局', role: '评查员' };

/** Typed router calls plus the steps every campaign test needs. */
export function campaignKit(api: () => TestApi) {
  const { call, callError } = routerCalls(() => api().router);
  const as = (identity: { name: string; unit: string; role: string }) => call('reviewer.set', { identity });

  const penaltyStandard = async () => {
    const list = await call('standards.list', {});
    const found = list.find((s) => s.code === 'PC-XZCF-YB');
    if (!found) throw new Error('built-in penalty standard missing');
    return found.id;
  };

  const makeCase = async (
    name: string,
    agency: string,
    closed = '2024-05-10',
    actType = '行政处罚' as const,
  ) =>
    (await call('cases.create', { record: { name, agency, actType, procedure: '普通', dates: { closed } } }))
      .record.id;

  /** A campaign led by LEADER with A and B, using the penalty standard for every act type. */
  const makeCampaign = async (extra: Partial<ArgsOf<'campaigns.create'>['settings']> = {}) => {
    await as(LEADER);
    const standard = await penaltyStandard();
    return call('campaigns.create', {
      settings: { name: '2024年度行政执法案卷评查', year: 2024, standards: { '*': standard }, ...extra },
      members: [
        { ...LEADER, role: 'leader' },
        { name: A.name, unit: A.unit },
        { name: B.name, unit: B.unit },
      ],
    });
  };

  /** Scores every item `ok` except the overrides, then submits. */
  const scoreAndSubmit = async (reviewId: string, overrides: Record<string, ItemFinding> = {}) => {
    const view = await call('reviews.get', { id: reviewId });
    for (const item of view.report.items) {
      if (item.applicability === false) continue;
      const finding = overrides[item.itemCode] ?? { status: 'ok' as const };
      await call('reviews.setItem', { id: reviewId, itemCode: item.itemCode, finding });
    }
    return call('reviews.submit', { id: reviewId });
  };

  /** The reviewer's own review for their assignment on that case. */
  const openFor = async (campaignId: string, who: typeof A, caseId: string) => {
    await as(who);
    const queue = await call('campaigns.myQueue', { campaignId });
    const entry = queue.find((q) => q.caseId === caseId);
    if (!entry) throw new Error(`${who.name} has no assignment for ${caseId}`);
    return call('campaigns.openAssignment', { assignmentId: entry.assignmentId });
  };

  return { call, callError, as, penaltyStandard, makeCase, makeCampaign, scoreAndSubmit, openFor };
}
