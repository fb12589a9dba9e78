import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';

const TEXT_STATUS = {
  ok: '有文本',
  partial: '部分无文本层',
  none: '无文本层(需OCR)',
  failed: '提取失败',
} as const;

export const docsCommand: CliCommand = {
  summary: '列出案卷的文件 / list the documents of a dossier',
  usage: 'docs <case-id> [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(argv, { json: { type: 'boolean' } }, async (api, values, positionals) => {
      const [caseId] = positionals;
      if (!caseId) throw new UsageError('需要案卷编号');
      await api.services.cases.get(caseId);
      const docs = await api.services.documents.list(caseId);
      if (values.json) io.out(JSON.stringify(docs, null, 2));
      else
        for (const d of docs) {
          const pages = d.pages ? `第${d.pages.from}-${d.pages.to}页` : '-';
          io.out(
            `${d.position + 1}. ${d.docTypeLabel ?? '未识别'}  ${d.fileName}  ${d.detectedType}  ${d.pageCount}页  ${pages}  ${TEXT_STATUS[d.textStatus]}`,
          );
        }
      return EXIT.OK;
    }),
};
