import { readFile } from 'node:fs/promises';
import { AppError } from '../../../preload/contract/app-error';
import { caseFactsFromRecord } from '../../services/reviews/case-facts-from-record';
import { caseFactsSchema } from '../../../preload/contract/model/standard/case-facts';
import { scoreReview } from '../../services/standards/scoring/score-review';
import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';
import { printProblems } from './standards';

/**
 * Scores a case outside the UI with the same engine: the results file is an
 * array of item results (`[{ itemCode, status, ... }]`) or
 * `{ results: [...], facts?: {...} }`, where facts override those derived from
 * the case record.
 */
export const scoreCommand: CliCommand = {
  summary: '按评查标准计分（不保存）/ score a case against a standard',
  usage: 'score <caseId> --standard <code@version> --results <file.json> [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(
      argv,
      { standard: { type: 'string' }, results: { type: 'string' }, json: { type: 'boolean' } },
      async (api, values, positionals) => {
        const [caseId] = positionals;
        const key = values.standard as string | undefined;
        const file = values.results as string | undefined;
        if (!caseId || !key || !file) throw new UsageError('需要 <caseId>、--standard 和 --results');
        const record = await api.services.cases.get(caseId);
        const row = await api.services.standards.findByKey(key);
        const standard = await api.services.standards.standardByHash(row.content_hash);
        let input: unknown;
        try {
          input = JSON.parse(await readFile(file, 'utf8'));
        } catch (e) {
          throw new UsageError(`无法读取结果文件：${(e as Error).message}`);
        }
        const body = Array.isArray(input)
          ? { results: input }
          : (input as { results?: unknown; facts?: unknown });
        const extra = caseFactsSchema.safeParse(body.facts ?? {});
        if (!extra.success) throw new UsageError(`facts 无效：${extra.error.issues[0]?.message ?? ''}`);
        const facts = { ...caseFactsFromRecord(record), ...extra.data };
        let report;
        try {
          report = scoreReview(standard, facts, (body.results ?? []) as Parameters<typeof scoreReview>[2]);
        } catch (error) {
          if (error instanceof AppError) {
            io.err(`${error.code}: ${error.message}`);
            printProblems(io, (error.details as { errors?: unknown } | undefined)?.errors);
            return EXIT.PARTIAL;
          }
          throw error;
        }
        if (values.json) {
          io.out(JSON.stringify({ standardHash: row.content_hash, facts, report }, null, 2));
          return EXIT.OK;
        }
        io.out(`${record.name} · ${standard.name}（${standard.code}@${standard.version}）`);
        io.out(`总分 / total: ${report.total} / ${report.maxTotal}   等级 / grade: ${report.grade.label}`);
        for (const v of report.vetoes) io.out(`否决 / veto: ${v.itemCode} ${v.title}（${v.effect}）`);
        for (const s of report.sections.filter((x) => x.depth === 0))
          io.out(`  ${s.code} ${s.title}: ${s.score} / ${s.applicableMax}`);
        if (!report.complete) io.out(`未评 / unscored: ${report.unscoredItemCodes.join('、')}（总分为暂计）`);
        for (const w of report.warnings)
          io.err(`提示 / note: ${w.itemCode ? `[${w.itemCode}] ` : ''}${w.message}`);
        return EXIT.OK;
      },
    ),
};
