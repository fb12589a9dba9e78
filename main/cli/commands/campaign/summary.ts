import { EXIT, UsageError } from '../../cli-io';
import { callApi, type CampaignSubcommand } from './campaign-subcommand';

/** `campaign summary`: results by agency from the locked consolidated reviews (汇总). */
export const summarySubcommand: CampaignSubcommand = {
  summary: '评查结果汇总（按执法机关）/ results summary',
  usage: 'campaign summary <campaignId>',
  options: {},
  async run({ api, values, positionals, io }) {
    const [campaignId] = positionals;
    if (!campaignId) throw new UsageError('需要 <campaignId>');
    const campaign = await callApi(api, 'campaigns.get', { id: campaignId });
    const d = await callApi(api, 'campaigns.dashboard', { campaignId });
    if (values.json) {
      io.out(
        JSON.stringify(
          { campaign: { id: campaign.id, name: campaign.name }, byAgency: d.byAgency, cases: d.byCase },
          null,
          2,
        ),
      );
      return d.totals.locked < d.totals.cases ? EXIT.PARTIAL : EXIT.OK;
    }
    io.out(`${campaign.name} 评查结果汇总表（已锁定 ${d.totals.locked} / ${d.totals.cases} 卷）`);
    io.out('序号\t执法机关\t文号\t案件名称\t得分\t等次');
    d.byCase
      .filter((c) => c.result === 'locked')
      .forEach((c, i) =>
        io.out(`${i + 1}\t${c.agency}\t${c.caseNumber}\t${c.caseName}\t${c.total}\t${c.grade}`),
      );
    io.out('执法机关\t抽查\t已定\t平均分\t合格率');
    for (const a of d.byAgency)
      io.out(
        `${a.agency}\t${a.cases}\t${a.locked}\t${a.averageScore ?? '—'}\t${a.passRate === null ? '—' : `${a.passRate}%`}`,
      );
    if (d.totals.locked < d.totals.cases)
      io.err(`还有 ${d.totals.cases - d.totals.locked} 卷未锁定结果，未计入汇总`);
    return d.totals.locked < d.totals.cases ? EXIT.PARTIAL : EXIT.OK;
  },
};
