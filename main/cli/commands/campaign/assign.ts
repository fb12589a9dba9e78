import { EXIT, UsageError } from '../../cli-io';
import { callApi, type CampaignSubcommand } from './campaign-subcommand';

/** `campaign assign`: fills every dossier to N reviewers with 回避 and balanced load; exit 1 on shortfalls. */
export const assignSubcommand: CampaignSubcommand = {
  summary: '自动分配评查人员（回避、均衡）/ assign reviewers',
  usage: 'campaign assign <campaignId>',
  options: {},
  async run({ api, values, positionals, io }) {
    const [campaignId] = positionals;
    if (!campaignId) throw new UsageError('需要 <campaignId>');
    const outcome = await callApi(api, 'campaigns.autoAssign', { campaignId });
    if (values.json) io.out(JSON.stringify(outcome, null, 2));
    else {
      io.out(`新分配 ${outcome.created} 份`);
      for (const l of outcome.loads) io.out(`  ${l.name}\t${l.count} 卷`);
    }
    for (const s of outcome.shortfalls)
      io.err(`回避后人员不足：${s.caseName}（${s.caseId}）还缺 ${s.missing} 人`);
    return outcome.shortfalls.length > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
};
