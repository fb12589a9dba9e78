import { EXIT, UsageError } from '../../cli-io';
import { callApi, type CampaignSubcommand } from './campaign-subcommand';

/**
 * `campaign consolidate`: for every dossier whose reviews are all in, adopts
 * the items on which all reviewers agree, prints the divergences and 复核
 * flags, and with --lock locks the dossiers left with nothing to decide.
 * Diverging items need the leader's decision (UI or API): exit 1 lists them.
 */
export const consolidateSubcommand: CampaignSubcommand = {
  summary: '合议：采纳一致项、列出分歧、锁定 / consolidate',
  usage: 'campaign consolidate <campaignId> [--case 案卷编号] [--lock]',
  options: { case: { type: 'string' }, lock: { type: 'boolean' } },
  async run({ api, values, positionals, io }) {
    const [campaignId] = positionals;
    if (!campaignId) throw new UsageError('需要 <campaignId>');
    const dashboard = await callApi(api, 'campaigns.dashboard', { campaignId });
    const only = values.case as string | undefined;
    const targets = dashboard.byCase.filter((c) => (!only || c.caseId === only) && c.result !== 'locked');
    let open = 0;
    const out: unknown[] = [];
    for (const c of targets) {
      if (c.reviews.length === 0 || c.reviews.some((r) => r.status !== 'submitted')) continue;
      let cmp = await callApi(api, 'campaigns.adoptAgreed', { campaignId, caseId: c.caseId });
      const undecided = cmp.items.filter((i) => !i.decision && i.cells.some((x) => x.finding));
      if (undecided.length === 0 && values.lock)
        cmp = await callApi(api, 'campaigns.lock', { campaignId, caseId: c.caseId });
      if (undecided.length > 0) open += 1;
      out.push(cmp);
      if (values.json) continue;
      io.out(
        `${c.caseNumber || c.caseId} ${c.caseName}：${cmp.reviewers.map((r) => `${r.name} ${r.total} 分 ${r.grade}`).join('；')}`,
      );
      if (cmp.flags.needsReview) io.out(`  需复核：${cmp.flags.reasons.join('；')}`);
      for (const i of undecided) io.out(`  待合议 ${i.itemCode} ${i.title}：相差 ${i.spread} 分`);
      if (cmp.result.locked)
        io.out(`  已锁定：${cmp.result.total} 分 ${cmp.result.grade}，哈希 ${cmp.result.contentHash}`);
    }
    if (values.json) io.out(JSON.stringify(out, null, 2));
    if (open > 0) io.err(`${open} 卷有分歧项待组长逐项合议（界面“评查活动 → 合议”或 campaigns.decide）`);
    return open > 0 ? EXIT.PARTIAL : EXIT.OK;
  },
};
