import { stat } from 'node:fs/promises';
import type { OpenedApi } from '../../api/open-api';
import { AppError } from '../../../preload/contract/app-error';
import type { CheckFinding } from '../../../preload/contract/methods/checks';
import { sourceFilesFromPath } from '../../services/imports/source-files';
import { cliReporter } from '../cli-reporter';
import { EXIT, UsageError, type CliCommand, type CliIo } from '../cli-io';
import { withApi } from '../with-api';

interface CaseReport {
  caseId: string;
  caseName: string;
  /** Why the facts could not be used (invalid stored facts); rules then answer 无法判定. */
  factsProblem: string | null;
  hasFacts: boolean;
  findings: CheckFinding[];
  /** Document id → file name, to show evidence readably. */
  files: Record<string, string>;
}

async function checkCase(api: OpenedApi, caseId: string): Promise<CaseReport> {
  const s = api.services;
  const record = await s.cases.get(caseId);
  let factsProblem: string | null = null;
  let hasFacts = false;
  try {
    hasFacts = (await s.caseChecks.facts.get(caseId)).facts !== null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'E_INVALID_ARGS') throw error;
    factsProblem = error.message;
  }
  const run = await s.caseChecks.run(caseId);
  const files = Object.fromEntries((await s.documents.list(caseId)).map((d) => [d.id, d.fileName]));
  return { caseId, caseName: record.name, factsProblem, hasFacts, findings: run.findings, files };
}

function printCase(io: CliIo, r: CaseReport): void {
  io.out(`== ${r.caseName} (${r.caseId})`);
  if (r.factsProblem) io.out(`  ✗ ${r.factsProblem}`);
  else if (!r.hasFacts) io.out('  ! 尚未录入案件事实（可在案卷文件夹中放 case.yaml，或在界面中提取并确认）');
  for (const f of r.findings) {
    io.out(`[${f.result}] ${f.ruleId} ${f.title}`);
    for (const line of f.explanation.split('\n')) io.out(`    ${line}`);
    if (f.missingFacts?.length) io.out(`    缺少：${f.missingFacts.join('、')}`);
    for (const w of f.warnings ?? []) io.out(`    注意：${w}`);
    io.out(`    依据：${f.legalBasis}`);
    for (const e of f.evidence ?? []) {
      io.out(
        `    证据：${r.files[e.documentId] ?? e.documentId}${e.page ? ` 第 ${e.page} 页` : ''}${e.quote ? `「${e.quote}」` : ''}`,
      );
    }
  }
  const n = (x: CheckFinding['result']) => r.findings.filter((f) => f.result === x).length;
  io.out(
    `  合计：符合 ${n('符合')}，不符合 ${n('不符合')}，无法判定 ${n('无法判定')}，不适用 ${n('不适用')}`,
  );
}

/**
 * `check`: three-system pre-checks from the command line. A path is imported
 * first (its case.yaml becomes the facts); a case id is checked as stored.
 * Exit 1 only when an input failed to import or the facts are invalid — a
 * 不符合 verdict is a result, not a failure.
 */
export const checkCommand: CliCommand = {
  summary: '三项制度预检 / run the three-system pre-checks',
  usage: 'check <case-id|dossier-folder|manifest.xlsx|manifest.csv> [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(argv, { json: { type: 'boolean' } }, async (api, values, positionals) => {
      const [target] = positionals;
      if (!target || positionals.length > 1) throw new UsageError('需要且只需要一个案卷 ID 或路径');
      let caseIds: string[];
      let importFailed = false;
      const importProblems: string[] = [];
      if (await stat(target).catch(() => null)) {
        const source = await sourceFilesFromPath(target).catch((error: unknown) => {
          throw error instanceof AppError && error.code !== 'E_TOO_LARGE'
            ? new UsageError(error.message)
            : error;
        });
        const reporter = cliReporter(io);
        try {
          const summary = await api.services.imports.run(source.mode, source.files, undefined, reporter);
          importFailed = summary.failed > 0 || summary.problems.length > 0 || summary.cancelled > 0;
          importProblems.push(
            ...summary.cases.flatMap((c) => c.failed.map((f) => f.reason)),
            ...summary.problems,
          );
          caseIds = summary.cases.map((c) => c.caseId);
        } finally {
          reporter.dispose();
        }
      } else {
        await api.services.cases.get(target).catch((error: unknown) => {
          throw error instanceof AppError && error.code === 'E_NOT_FOUND'
            ? new UsageError(`既不是存在的路径，也不是案卷 ID：${target}`)
            : error;
        });
        caseIds = [target];
      }
      const reports: CaseReport[] = [];
      for (const id of caseIds) reports.push(await checkCase(api, id));
      if (values.json) io.out(JSON.stringify({ importProblems, cases: reports }, null, 2));
      else {
        for (const p of importProblems) io.out(`✗ ${p}`);
        for (const r of reports) printCase(io, r);
      }
      return importFailed || reports.some((r) => r.factsProblem) ? EXIT.PARTIAL : EXIT.OK;
    }),
};
