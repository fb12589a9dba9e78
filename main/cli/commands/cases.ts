import { EXIT, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';

export const casesCommand: CliCommand = {
  summary: '列出案卷 / list dossiers',
  usage: 'cases [--text T] [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(argv, { text: { type: 'string' }, json: { type: 'boolean' } }, async (api, values) => {
      const rows = [];
      for (let page = 1; ; page++) {
        const result = await api.services.cases.list({
          filter: values.text ? { text: values.text as string } : {},
          sort: { field: 'updatedAt', direction: 'desc' },
          page,
          pageSize: 500,
          unmask: false,
        });
        rows.push(...result.rows);
        if (rows.length >= result.total || result.rows.length === 0) break;
      }
      if (values.json) io.out(JSON.stringify(rows, null, 2));
      else
        for (const r of rows)
          io.out(
            `${r.id}  ${r.caseNumber || '-'}  ${r.name}  ${r.agency}  ${r.actType}  文件 ${r.documentCount}`,
          );
      return EXIT.OK;
    }),
};
