import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../../preload/contract/app-error';
import { EXIT, UsageError } from '../../cli-io';
import type { CampaignSubcommand } from './campaign-subcommand';

/**
 * `campaign import-bundle <file.zip> [--preview] [--campaign <id>] [--kind campaign|results]`:
 * verifies the bundle, then imports it in one transaction (or, with --preview,
 * only says what would be added). A refused bundle exits 1 with the reason.
 */
export const importBundleSubcommand: CampaignSubcommand = {
  summary: '导入评查包或结果包（--preview 只预览）/ import a bundle',
  usage: 'campaign import-bundle <file.zip> [--preview] [--campaign <campaignId>] [--kind campaign|results]',
  options: { preview: { type: 'boolean' }, campaign: { type: 'string' }, kind: { type: 'string' } },
  async run({ api, values, positionals, io }) {
    const [file] = positionals;
    if (!file || !existsSync(resolve(file))) throw new UsageError(`文件不存在：${file ?? '（未指定）'}`);
    const kind = values.kind;
    if (kind !== undefined && kind !== 'campaign' && kind !== 'results')
      throw new UsageError('--kind 只能是 campaign 或 results');
    try {
      const outcome = await api.services.bundles.importFile(resolve(file), {
        preview: values.preview === true,
        expect: {
          ...(kind ? { kind } : {}),
          ...(typeof values.campaign === 'string' ? { campaignId: values.campaign } : {}),
        },
        onProgress: (done, total, current) => {
          if (current && done % 50 === 0) io.err(`校验 ${done}/${total} ${current}`);
        },
      });
      if (values.json) io.out(JSON.stringify(outcome, null, 2));
      else {
        io.out(
          `${outcome.campaignName}（${outcome.campaignId}）· ${outcome.reviewer.name}（${outcome.reviewer.unit}）`,
        );
        io.out(outcome.message);
      }
      return EXIT.OK;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`${error.code}: ${error.message}`);
      return EXIT.PARTIAL;
    }
  },
};
