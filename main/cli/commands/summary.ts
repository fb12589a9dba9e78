import { reportScopeSchema } from '../../../preload/contract/methods/reports';
import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';
import { checkOutPath, writeBase64 } from './report-output';

/** The 汇总表 of all dossiers, a filter, or listed ids, as PDF or Excel (by --out's extension). */
export const summaryCommand: CliCommand = {
  summary: '导出评查结果汇总表（PDF/Excel）/ export the summary as .pdf or .xlsx',
  usage:
    'summary --out <file.pdf|file.xlsx> [--case <id> ...] [--agency 机关] [--act-type 类型] [--tag 标签] [--text 文字] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--title 标题] [--campaign 名称] [--force] [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(
      argv,
      {
        out: { type: 'string' },
        case: { type: 'string', multiple: true },
        agency: { type: 'string' },
        'act-type': { type: 'string' },
        tag: { type: 'string' },
        text: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        title: { type: 'string' },
        campaign: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      async (api, values, positionals) => {
        if (positionals.length > 0) throw new UsageError(`多余的参数：${positionals.join(' ')}`);
        const path = checkOutPath(values.out as string | undefined, ['pdf', 'xlsx'], Boolean(values.force));
        const ids = (values as Record<string, unknown>).case as string[] | undefined;
        const filter = Object.fromEntries(
          Object.entries({
            agency: values.agency,
            actType: values['act-type'],
            tag: values.tag,
            text: values.text,
            decidedFrom: values.from,
            decidedTo: values.to,
          }).filter(([, v]) => v !== undefined),
        );
        const scope = reportScopeSchema.safeParse(ids ? { caseIds: ids } : { filter });
        if (!scope.success) {
          throw new UsageError(scope.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；'));
        }
        const format = path.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'pdf';
        const data = await api.services.reports.summaryData(scope.data, {
          title: values.title as string | undefined,
          campaign: values.campaign as string | undefined,
          onCase: (done, total, name) => io.err(`[${done + 1}/${total}] ${name}`),
        });
        const file = await api.services.reports.renderSummary(data, format);
        const size = await writeBase64(path, file.base64);
        if (values.json) {
          io.out(JSON.stringify({ path, bytes: size, rows: data.rows.length, skipped: data.skipped }));
          return EXIT.OK;
        }
        io.out(path);
        io.err(
          `汇总 ${data.rows.length} 件，平均分 ${data.overall.average}，合格率 ${(data.overall.passRate * 100).toFixed(1)}%`,
        );
        for (const s of data.skipped) io.err(`未纳入 / skipped: ${s.name}（${s.reason}）`);
        return EXIT.OK;
      },
    ),
};
