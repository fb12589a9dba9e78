import { sql } from 'kysely';
import { buildFtsQuery, toIndexText } from '../../main/services/search';
import { openTestApi } from '../../tests/helpers/open-test-api';
import { measure, ratio, type BenchRow, type BenchSuite } from '../harness';
import { chineseText } from './chinese-text';

const PAGES = Number(process.env.PINGCHA_BENCH_PAGES ?? 200_000);
const PAGES_PER_DOC = 500;
/** Real phrases planted in some pages, so 4- and 10-character queries have hits as in real dossiers. */
const PHRASE_4 = '首违不罚';
const PHRASE_10 = '放弃陈述和申辩的权利';

/** Search over PAGES generated pages of ~500 Chinese characters: FTS5 bigram index vs a LIKE scan, same result page. */
export const searchBench: BenchSuite = {
  name: 'Chinese full-text search (dossiers)',
  async run() {
    const api = await openTestApi();
    try {
      const db = api.runtime.db();
      await sql`insert into cases (id, name) values ('bench-case', '检索基准')`.execute(db);
      for (let doc = 0; doc * PAGES_PER_DOC < PAGES; doc++) {
        await db.transaction().execute(async (trx) => {
          await sql`insert into documents (id, case_id, position, file_name, sha256, size, detected_type, text_status)
            values (${`d${doc}`}, 'bench-case', ${doc}, ${`doc${doc}.pdf`}, ${String(doc).padStart(64, '0')}, 1, 'pdf', 'ok')`.execute(
            trx,
          );
          for (let p = 0; p < PAGES_PER_DOC && doc * PAGES_PER_DOC + p < PAGES; p++) {
            const n = doc * PAGES_PER_DOC + p;
            let text = chineseText(500, n + 1);
            if (n % 97 === 0) text = PHRASE_4 + text;
            if (n % 1009 === 0) text = text + PHRASE_10;
            const inserted = await sql<{
              id: number;
            }>`insert into document_pages (document_id, page_index, text, has_text) values (${`d${doc}`}, ${p}, ${text}, 1) returning id`.execute(
              trx,
            );
            await sql`insert into page_fts (rowid, body) values (${inserted.rows[0]!.id}, ${toIndexText(text)})`.execute(
              trx,
            );
          }
        });
      }
      // Index vs scan on the same question: which pages contain the query (what a total count needs).
      const ftsAll = (q: string) =>
        sql`select rowid from page_fts where page_fts match ${buildFtsQuery(q)}`.execute(db);
      const likeAll = (q: string) =>
        sql`select id from document_pages where text like ${`%${q}%`}`.execute(db);
      const rows: BenchRow[] = [];
      for (const query of ['罚', '罚款', PHRASE_4, PHRASE_10]) {
        const chars = [...query].length;
        const label = `${chars}-character “${query}”`;
        const matches = (await ftsAll(query)).rows.length;
        const index = await measure(() => ftsAll(query), { iterations: 20, warmup: 2 });
        const scan = await measure(() => likeAll(query), { iterations: 5, warmup: 1 });
        const firstPage = await measure(() => api.services.search.query(query, { limit: 100, offset: 0 }), {
          iterations: 30,
          warmup: 3,
        });
        rows.push({
          name: `${label}: all ${matches.toLocaleString()} matching pages of ${PAGES.toLocaleString()}`,
          ours: index,
          reference: { name: "LIKE '%q%' scan of every page", timing: scan },
          ...(chars === 2
            ? {
                target: 'p95 ≤ 25 ms and ≥ 20× faster than LIKE',
                met: index.p95 <= 25 && ratio(index, scan) <= 1 / 20,
              }
            : {}),
        });
        rows.push({
          name: `${label}: search API, first 100 hits with snippets`,
          ours: firstPage,
          ...(chars === 2 ? { target: 'p95 ≤ 25 ms', met: firstPage.p95 <= 25 } : {}),
        });
      }
      return rows;
    } finally {
      await api.dispose();
    }
  },
};
