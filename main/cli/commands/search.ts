import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';

export const searchCommand: CliCommand = {
  summary: '全文检索 / full-text search',
  usage: 'search <query> [--case ID] [--limit N] [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(
      argv,
      { case: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      async (api, values, positionals) => {
        const query = positionals.join(' ').trim();
        if (!query) throw new UsageError('需要检索词');
        const limit = values.limit === undefined ? 100 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500)
          throw new UsageError('--limit 应为 1–500 的整数');
        const { hits } = await api.services.search.query(query, {
          caseId: values.case as string | undefined,
          limit,
          offset: 0,
        });
        if (values.json) io.out(JSON.stringify(hits, null, 2));
        else
          for (const h of hits) {
            const marked = [...h.snippet.highlights]
              .reverse()
              .reduce(
                (text, r) => `${text.slice(0, r.start)}【${text.slice(r.start, r.end)}】${text.slice(r.end)}`,
                h.snippet.text,
              );
            io.out(`${h.caseName}  ${h.fileName}  第${h.page}页  ${marked.replace(/\s+/g, ' ')}`);
          }
        return EXIT.OK;
      },
    ),
};
