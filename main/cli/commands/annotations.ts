import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';

const USAGE =
  'annotations export <案卷编号> [--out 文件.jsonld] | import <文件.jsonld> [--json] | pdf <文件编号> --out 文件.pdf';

/**
 * `annotations export|import|pdf`: W3C Web Annotation JSON of a case (stdout or
 * --out), its idempotent re-import, and the annotated copy of one PDF.
 */
export const annotationsCommand: CliCommand = {
  summary: '批注：导出/导入 W3C JSON，导出带批注的 PDF / annotations export, import, annotated PDF',
  usage: `${USAGE} [--data-dir DIR]`,
  run: (argv, io) =>
    withApi(
      argv,
      { out: { type: 'string' }, json: { type: 'boolean' } },
      async (api, values, positionals) => {
        const [sub, target] = positionals;
        const out = values.out as string | undefined;
        if (!target || !['export', 'import', 'pdf'].includes(sub ?? ''))
          throw new UsageError(`用法：${USAGE}`);
        const annotations = api.services.annotations;
        if (sub === 'export') {
          const { json } = await annotations.exportW3c(target);
          if (out) {
            writeFileSync(out, json);
            io.err(`已写入 ${out}`);
          } else io.out(json);
          return EXIT.OK;
        }
        if (sub === 'import') {
          if (!existsSync(target)) throw new UsageError(`文件不存在：${target}`);
          const outcome = await annotations.importW3c(readFileSync(target, 'utf8'));
          io.out(
            values.json
              ? JSON.stringify(outcome)
              : `导入完成：新增 ${outcome.created} 条，更新 ${outcome.updated} 条，未变 ${outcome.unchanged} 条`,
          );
          return EXIT.OK;
        }
        if (!out) throw new UsageError('导出带批注的 PDF 需要 --out 文件.pdf');
        const pdf = await annotations.exportPdf(target);
        writeFileSync(out, Buffer.from(pdf.base64, 'base64'));
        io.out(`已写入 ${out}（${pdf.count} 条批注，原文件未改动）`);
        return EXIT.OK;
      },
    ),
};
