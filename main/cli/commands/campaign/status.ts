import { EXIT, UsageError } from '../../cli-io';
import { callApi, type CampaignSubcommand } from './campaign-subcommand';

const STATUS = { not_started: '未开始', draft: '评查中', submitted: '已提交' } as const;

/** `campaign status`: the dashboard — progress per reviewer and dossier, results by agency. */
export const statusSubcommand: CampaignSubcommand = {
  summary: '评查进度与结果 / progress and results',
  usage: 'campaign status <campaignId>',
  options: {},
  async run({ api, values, positionals, io }) {
    const [campaignId] = positionals;
    if (!campaignId) throw new UsageError('需要 <campaignId>');
    const d = await callApi(api, 'campaigns.dashboard', { campaignId });
    if (values.json) {
      io.out(JSON.stringify(d, null, 2));
      return EXIT.OK;
    }
    const t = d.totals;
    io.out(
      `案卷 ${t.cases}；评查 ${t.slots} 份：未开始 ${t.notStarted}，评查中 ${t.draft}，已提交 ${t.submitted}；待合议 ${t.readyToConsolidate}；已锁定 ${t.locked}`,
    );
    io.out('评查人员：');
    for (const r of d.byReviewer)
      io.out(
        `  ${r.name}（${r.unit}）\t分配 ${r.assigned}\t已提交 ${r.submitted}\t评查中 ${r.draft}\t未开始 ${r.notStarted}`,
      );
    io.out('案卷：');
    for (const c of d.byCase) {
      const reviews = c.reviews.map((r) => `${r.memberName}:${STATUS[r.status]}`).join(' ');
      io.out(
        `  ${c.caseNumber || c.caseId}\t${c.caseName}\t${reviews}\t${c.result === 'locked' ? `已锁定 ${c.total} 分 ${c.grade}` : c.result === 'draft' ? '合议中' : ''}`,
      );
    }
    io.out('按执法机关：');
    for (const a of d.byAgency) {
      const grades = Object.entries(a.grades)
        .map(([g, n]) => `${g} ${n}`)
        .join('，');
      io.out(
        `  ${a.agency}\t${a.cases} 卷\t已锁定 ${a.locked}\t平均 ${a.averageScore ?? '—'}\t合格率 ${a.passRate === null ? '—' : `${a.passRate}%`}\t${grades}`,
      );
    }
    return EXIT.OK;
  },
};
