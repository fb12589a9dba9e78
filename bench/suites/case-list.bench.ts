import { sql } from 'kysely';
import { openTestApi } from '../../tests/helpers/open-test-api';
import { measure, type BenchSuite } from '../harness';

const CASES = 50_000;
const AGENCIES = [
  '随州市城市管理执法局',
  '随州市市场监督管理局',
  '随州市生态环境局',
  '随州市交通运输局',
  '随县应急管理局',
  '广水市自然资源局',
];
const TYPES = ['行政处罚', '行政许可', '行政强制', '行政检查'];

/** The case library with 50,000 cases: first page and a filter change through the API (router + SQLite). */
export const caseListBench: BenchSuite = {
  name: 'Case list with 50,000 cases (dossiers)',
  async run() {
    const api = await openTestApi();
    try {
      const db = api.runtime.db();
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < CASES; start += 500) {
          const values = Array.from({ length: 500 }, (_, k) => {
            const i = start + k;
            return sql`(${`c${String(i).padStart(6, '0')}`}, ${`随罚〔2024〕${i}号`}, ${`当事人${i}违法案`}, ${AGENCIES[i % AGENCIES.length]}, ${TYPES[i % TYPES.length]}, ${`2024-${String((i % 12) + 1).padStart(2, '0')}-15`}, ${`当事人${i}`}, ${'420102198001011234'}, ${new Date(1_700_000_000_000 + i * 1000).toISOString()})`;
          });
          await sql`insert into cases (id, case_number, name, agency, act_type, decided_date, party_name, party_id_number, updated_at) values ${sql.join(values)}`.execute(
            trx,
          );
        }
      });
      const dispatch = (args: unknown) => api.router.dispatch('cases.list', args, { transport: 'test' });
      const first = await measure(() => dispatch({}), { iterations: 50, warmup: 5 });
      let n = 0;
      const filtered = await measure(
        () =>
          dispatch({
            filter: { agency: AGENCIES[n++ % AGENCIES.length], actType: '行政处罚', text: String(n % 10) },
            sort: { field: 'decidedDate', direction: 'asc' },
          }),
        { iterations: 50, warmup: 5 },
      );
      const lastPage = await measure(() => dispatch({ page: CASES / 50 }), { iterations: 20, warmup: 2 });
      return [
        {
          name: 'first page (50 rows, sorted by last change)',
          ours: first,
          target: '≤ 100 ms',
          met: first.p95 <= 100,
        },
        {
          name: 'filter change (agency + act type + text, sorted by decision date)',
          ours: filtered,
          target: '≤ 100 ms',
          met: filtered.p95 <= 100,
        },
        { name: 'last page (offset 49,950)', ours: lastPage, target: '≤ 100 ms', met: lastPage.p95 <= 100 },
      ];
    } finally {
      await api.dispose();
    }
  },
};
