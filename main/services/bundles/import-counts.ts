import type { CampaignImportCounts } from './apply-campaign-bundle';
import type { ResultsImportCounts } from './apply-results-bundle';

const CAMPAIGN_LABELS: Record<keyof CampaignImportCounts, string> = {
  campaign: '评查活动',
  members: '评查组成员',
  standardVersions: '评查标准版本',
  cases: '案卷',
  documents: '文件',
  assignments: '分配任务',
};

const RESULTS_LABELS: Record<keyof Omit<ResultsImportCounts, 'unchanged'>, string> = {
  reviews: '评查记录',
  reviewsUpdated: '更新的评查记录',
  items: '评分项',
  history: '修改历史',
  annotations: '批注',
  audit: '审计记录',
};

/** Chinese labels → counts, and a one-line message saying what happens (or that nothing does). */
export function describeCounts(
  counts: CampaignImportCounts | ResultsImportCounts,
  applied: boolean,
): { counts: Record<string, number>; added: number; message: string } {
  const labels: Record<string, string> = 'campaign' in counts ? CAMPAIGN_LABELS : RESULTS_LABELS;
  const out: Record<string, number> = {};
  for (const [key, label] of Object.entries(labels))
    out[label] = (counts as unknown as Record<string, number>)[key] ?? 0;
  const added = Object.values(out).reduce((a, b) => a + b, 0);
  const parts = Object.entries(out)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n}`);
  const message =
    added === 0
      ? '没有新内容：该包的内容本机都已有（此前已导入），' +
        (applied ? '本次未作任何改动' : '导入不会改动任何数据')
      : `${applied ? '已导入' : '将导入'}：${parts.join('、')}`;
  return { counts: out, added, message };
}
