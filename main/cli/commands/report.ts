import { opinionOptionsSchema } from '../../../preload/contract/methods/reports';
import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';
import { checkOutPath, writeBase64 } from './report-output';

/** One dossier's 评查意见书 as PDF, the same file the app exports. */
export const reportCommand: CliCommand = {
  summary: '导出评查意见书（PDF）/ export a review opinion PDF',
  usage:
    'report <caseId> --out <file.pdf> [--review <reviewId>] [--doc-number 文号] [--campaign 名称] [--batch 批次] [--deadline 整改期限] [--unmask] [--force] [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(
      argv,
      {
        out: { type: 'string' },
        review: { type: 'string' },
        'doc-number': { type: 'string' },
        campaign: { type: 'string' },
        batch: { type: 'string' },
        deadline: { type: 'string' },
        unmask: { type: 'boolean' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      async (api, values, positionals) => {
        const [caseId] = positionals;
        if (!caseId || positionals.length > 1) throw new UsageError('需要一个 <caseId>');
        const path = checkOutPath(values.out as string | undefined, ['pdf'], Boolean(values.force));
        const options = opinionOptionsSchema.safeParse({
          reviewId: values.review,
          documentNumber: values['doc-number'],
          campaign: values.campaign,
          batch: values.batch,
          rectificationDeadline: values.deadline,
          unmaskParty: values.unmask,
        });
        if (!options.success) throw new UsageError(options.error.issues.map((i) => i.message).join('；'));
        const report = await api.services.reports.opinion(caseId, options.data);
        const size = await writeBase64(path, report.base64);
        if (values.json) {
          io.out(
            JSON.stringify({ path, bytes: size, reviewId: report.reviewId, contentHash: report.contentHash }),
          );
        } else {
          io.out(path);
          io.err(
            `评查意见书 ${report.fileName}（${Math.round(size / 1024)} KB），校验码 ${report.contentHash}`,
          );
        }
        return EXIT.OK;
      },
    ),
};
