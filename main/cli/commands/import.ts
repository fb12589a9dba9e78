import { AppError } from '../../../preload/contract/app-error';
import { sourceFilesFromPath } from '../../services/imports/source-files';
import { cliReporter } from '../cli-reporter';
import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';

export const importCommand: CliCommand = {
  summary: '导入案卷文件夹或案卷清单 / import a dossier folder or a manifest',
  usage: 'import <folder|manifest.xlsx|manifest.csv> [--case ID] [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(
      argv,
      { case: { type: 'string' }, json: { type: 'boolean' } },
      async (api, values, positionals) => {
        const [path] = positionals;
        if (!path || positionals.length > 1) throw new UsageError('需要且只需要一个路径');
        const source = await sourceFilesFromPath(path).catch((error: unknown) => {
          // A path that does not exist or is neither a folder nor a manifest is a usage error (exit 2).
          throw error instanceof AppError && error.code !== 'E_TOO_LARGE'
            ? new UsageError(error.message)
            : error;
        });
        const caseId = values.case as string | undefined;
        const reporter = cliReporter(io);
        try {
          const summary = await api.services.imports.run(
            caseId ? 'files' : source.mode,
            source.files,
            caseId,
            reporter,
          );
          if (values.json) io.out(JSON.stringify(summary, null, 2));
          else {
            for (const c of summary.cases) {
              io.out(
                `${c.caseName} (${c.caseId})：导入 ${c.imported}，重复 ${c.duplicates}，失败 ${c.failed.length}${c.cancelled ? `，取消 ${c.cancelled}` : ''}`,
              );
              for (const f of c.failed) io.out(`  ✗ ${f.reason}`);
            }
            for (const problem of summary.problems) io.out(`  ✗ ${problem}`);
            io.out(
              `合计 / total: imported ${summary.imported}, duplicates ${summary.duplicates}, failed ${summary.failed}, cancelled ${summary.cancelled}`,
            );
          }
          return summary.failed > 0 || summary.problems.length > 0 || summary.cancelled > 0
            ? EXIT.PARTIAL
            : EXIT.OK;
        } finally {
          reporter.dispose();
        }
      },
    ),
};
