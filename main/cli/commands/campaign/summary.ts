import { EXIT, UsageError } from '../../cli-io';
import { checkOutPath, writeBase64 } from '../report-output';
import { callApi, type CampaignSubcommand } from './campaign-subcommand';

/**
 * `campaign summary`: results by agency from the locked consolidated reviews;
 * with --out, the reports feature's 评查结果汇总表 (.pdf or .xlsx) of the
 * campaign's locked dossiers (their consolidated review is what it prints).
 */
export const summarySubcommand: CampaignSubcommand = {
  summary: '评查结果汇总（按执法机关；--out 导出汇总表 PDF/Excel）/ results summary',
  usage: 'campaign summary <campaignId> [--out 汇总表.pdf|汇总表.xlsx] [--force]',
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run({ api, values, positionals, io }) {
    const [campaignId] = positionals;
    if (!campaignId) throw new UsageError('需要 <campaignId>');
    const path =
      values.out === undefined
        ? null
        : checkOutPath(values.out as string, ['pdf', 'xlsx'], Boolean(values.force));
    const campaign = await callApi(api, 'campaigns.get', { id: campaignId });
    const d = await callApi(api, 'campaigns.dashboard', { campaignId });
    const locked = d.byCase.filter((c) => c.result === 'locked');
    const partial = locked.length < d.totals.cases;
    if (path) {
      if (locked.length === 0) {
        io.err('本活动还没有锁定的评查结果，无法生成汇总表');
        return EXIT.PARTIAL;
      }
      const file = await callApi(api, 'reports.summary', {
        scope: { caseIds: locked.map((c) => c.caseId) },
        format: path.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'pdf',
        text: { campaign: `${campaign.name}${campaign.batch ? ` ${campaign.batch}` : ''}` },
      });
      await writeBase64(path, file.base64);
      io.out(path);
    } else if (values.json) {
      io.out(
        JSON.stringify(
          { campaign: { id: campaign.id, name: campaign.name }, byAgency: d.byAgency, cases: d.byCase },
          null,
          2,
        ),
      );
    } else {
      io.out(`${campaign.name} 评查结果汇总表（已锁定 ${d.totals.locked} / ${d.totals.cases} 卷）`);
      io.out('序号\t执法机关\t文号\t案件名称\t得分\t等次');
      locked.forEach((c, i) =>
        io.out(`${i + 1}\t${c.agency}\t${c.caseNumber}\t${c.caseName}\t${c.total}\t${c.grade}`),
      );
      io.out('执法机关\t抽查\t已定\t平均分\t合格率');
      for (const a of d.byAgency)
        io.out(
          `${a.agency}\t${a.cases}\t${a.locked}\t${a.averageScore ?? '—'}\t${a.passRate === null ? '—' : `${a.passRate}%`}`,
        );
    }
    if (partial) io.err(`还有 ${d.totals.cases - d.totals.locked} 卷未锁定结果，未计入汇总`);
    return partial ? EXIT.PARTIAL : EXIT.OK;
  },
};
