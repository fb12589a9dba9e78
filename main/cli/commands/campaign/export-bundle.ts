import { resolve } from 'node:path';
import { EXIT, UsageError } from '../../cli-io';
import { callApi, type CampaignSubcommand } from './campaign-subcommand';

/**
 * `campaign export-bundle <campaignId> --out <file.zip> [--member <id|姓名>]`:
 * with --member, the leader's campaign bundle for that panel member; without,
 * this workstation reviewer's results bundle. docs/exchange.md
 */
export const exportBundleSubcommand: CampaignSubcommand = {
  summary: '导出评查包（--member）或结果包 / export a campaign or results bundle',
  usage: 'campaign export-bundle <campaignId> --out <file.zip> [--member <成员编号|姓名>]',
  options: { out: { type: 'string' }, member: { type: 'string' } },
  async run({ api, values, positionals, io }) {
    const [campaignId] = positionals;
    const out = typeof values.out === 'string' ? resolve(values.out) : undefined;
    if (!campaignId || !out) throw new UsageError('需要 <campaignId> 和 --out <file.zip>');
    const b = api.services.bundles;
    let written;
    if (typeof values.member === 'string') {
      const wanted = values.member;
      const campaign = await callApi(api, 'campaigns.get', { id: campaignId });
      const member = campaign.members.find((m) => m.id === wanted || m.name === wanted);
      if (!member) throw new UsageError(`评查组中没有成员“${wanted}”`);
      written = await b.exportCampaign(campaignId, member.id, out);
    } else written = await b.exportResults(campaignId, out);
    if (values.json) io.out(JSON.stringify({ ...written, path: out }, null, 2));
    else
      io.out(
        `${written.summary}；已写入 ${out}（${(written.bytes / 1024 / 1024).toFixed(1)} MB，${written.entries} 个条目）`,
      );
    return EXIT.OK;
  },
};
