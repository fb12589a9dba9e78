import { EXIT, UsageError } from '../../cli-io';
import { callApi, type CampaignSubcommand } from './campaign-subcommand';

/** `campaign sample`: previews a stratified draw; `--confirm` adds it (same seed → same dossiers). */
export const sampleSubcommand: CampaignSubcommand = {
  summary: '随机分层抽取案卷 / draw a stratified sample',
  usage: 'campaign sample <campaignId> --size N [--seed 种子] [--confirm]',
  options: { size: { type: 'string' }, seed: { type: 'string' }, confirm: { type: 'boolean' } },
  async run({ api, values, positionals, io }) {
    const [campaignId] = positionals;
    const size = Number(values.size);
    if (!campaignId || !Number.isInteger(size)) throw new UsageError('需要 <campaignId> 和 --size');
    const seed = values.seed as string | undefined;
    const params = { size, ...(seed ? { seed } : {}) };
    const preview = values.confirm
      ? await callApi(api, 'campaigns.confirmSample', {
          campaignId,
          params: {
            size,
            seed: seed ?? (await callApi(api, 'campaigns.previewSample', { campaignId, params })).seed,
          },
        })
      : await callApi(api, 'campaigns.previewSample', { campaignId, params });
    if (values.json) {
      io.out(JSON.stringify(preview, null, 2));
      return EXIT.OK;
    }
    io.out(
      `种子 / seed: ${preview.seed}   范围内 ${preview.population} 卷，抽取 ${preview.size} 卷${values.confirm ? '（已加入活动）' : '（预览，加 --confirm 确认）'}`,
    );
    io.out('按执法机关：');
    for (const r of preview.byAgency) io.out(`  ${r.key}\t${r.count}\t${r.percent}%`);
    io.out('按行为类型：');
    for (const r of preview.byActType) io.out(`  ${r.key}\t${r.count}\t${r.percent}%`);
    io.out('分层（机关 × 类型：总数 → 抽取）：');
    for (const s of preview.strata) io.out(`  ${s.agency} × ${s.actType}：${s.population} → ${s.quota}`);
    return EXIT.OK;
  },
};
