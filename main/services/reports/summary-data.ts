import type { CheckFinding } from '../../../preload/contract/methods/checks';
import { AppError } from '../../../preload/contract/app-error';
import type {
  AgencyRow,
  Rate,
  SummaryData,
  SummaryRow,
  SystemFlag,
  TopProblem,
} from '../../../preload/contract/model/summary-data';
import { round2 } from '../standards/scoring/rounding';
import type { ReportSources } from './opinion-data';
import { selectReportReview } from './select-report-review';

export interface SummaryOptions {
  title?: string | undefined;
  campaign?: string | undefined;
  /** How many top problems to list (default 10). */
  top?: number | undefined;
  signal?: AbortSignal | undefined;
  onCase?: ((done: number, total: number, name: string) => void) | undefined;
}

/** Best first; labels outside the usual four keep their first-seen order after them. */
const GRADE_ORDER = ['优秀', '良好', '合格', '基本合格', '不合格'];

/** The rules behind the three compliance rates (domain.md §3.2). */
export const COMPLIANCE_RULES = {
  publicationOnTime: 'GS-3',
  avPresent: 'JL-2',
  legalReviewDone: 'FZ-1',
} as const;

const flagOf = (
  findings: readonly CheckFinding[],
  system: CheckFinding['system'],
  problemItems: number,
): SystemFlag => {
  const mine = findings.filter((f) => f.system === system);
  if (problemItems > 0 || mine.some((f) => f.result === '不符合')) return '不符合';
  return mine.some((f) => f.result === '符合') ? '符合' : '—';
};

const rate = (ok: number, of: number): Rate => ({
  ok,
  of,
  rate: of === 0 ? null : round2((ok / of) * 10000) / 10000,
});

interface CaseFacts {
  row: SummaryRow;
  rules: Map<string, CheckFinding['result']>;
}

function aggregate(agency: string, cases: readonly CaseFacts[], labels: readonly string[]): AgencyRow {
  const files = cases.length;
  const grades = Object.fromEntries(labels.map((l) => [l, cases.filter((c) => c.row.grade === l).length]));
  const passCount = cases.filter((c) => c.row.pass).length;
  const ruleRate = (ruleId: string) => {
    const decided = cases.map((c) => c.rules.get(ruleId)).filter((r) => r === '符合' || r === '不符合');
    return rate(decided.filter((r) => r === '符合').length, decided.length);
  };
  return {
    agency,
    files,
    average: files === 0 ? 0 : round2(cases.reduce((s, c) => s + c.row.total, 0) / files),
    grades,
    passCount,
    passRate: files === 0 ? 0 : round2((passCount / files) * 10000) / 10000,
    publicationOnTime: ruleRate(COMPLIANCE_RULES.publicationOnTime),
    avPresent: ruleRate(COMPLIANCE_RULES.avPresent),
    legalReviewDone: ruleRate(COMPLIANCE_RULES.legalReviewDone),
  };
}

const top = (counts: Map<string, TopProblem>, n: number) =>
  [...counts.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, n);

/**
 * The 评查结果汇总表 of a set of dossiers (domain.md §3.2): one row per
 * dossier from its report review (see selectReportReview), aggregations per
 * agency, top problems and the three compliance rates. Dossiers without a
 * submitted review are listed in `skipped`, never silently dropped.
 * Reused by the campaign dashboard (#8).
 */
export async function buildSummaryData(
  sources: ReportSources,
  caseIds: readonly string[],
  options: SummaryOptions = {},
): Promise<SummaryData> {
  const facts: CaseFacts[] = [];
  const skipped: SummaryData['skipped'] = [];
  const itemCounts = new Map<string, TopProblem>();
  const ruleCounts = new Map<string, TopProblem>();
  for (const [index, caseId] of caseIds.entries()) {
    if (options.signal?.aborted) throw new AppError('E_CANCELLED', '已取消生成汇总表');
    const record = await sources.getCase(caseId);
    options.onCase?.(index, caseIds.length, record.name);
    let view;
    try {
      view = await selectReportReview(sources.reviews, caseId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'E_CONFLICT') {
        skipped.push({ caseId, name: record.name, reason: '尚无已提交的评查' });
        continue;
      }
      throw error;
    }
    const { report, review } = view;
    const checks = await sources.runChecks(caseId);
    const deducted = report.items.filter((i) => i.deduction > 0 || i.vetoTriggered);
    for (const i of deducted) {
      const key = `${report.standardCode}:${i.itemCode}`;
      const hit = itemCounts.get(key) ?? {
        key,
        label: `${i.itemCode} ${i.title}（${review.standardName}）`,
        count: 0,
      };
      hit.count += 1;
      itemCounts.set(key, hit);
    }
    for (const f of checks.findings.filter((x) => x.result === '不符合')) {
      const hit = ruleCounts.get(f.ruleId) ?? { key: f.ruleId, label: `${f.ruleId} ${f.title}`, count: 0 };
      hit.count += 1;
      ruleCounts.set(f.ruleId, hit);
    }
    const ts = report.threeSystems;
    facts.push({
      rules: new Map(checks.findings.map((f) => [f.ruleId, f.result])),
      row: {
        no: facts.length + 1,
        caseId,
        caseNumber: record.caseNumber,
        agency: record.agency || '（未填执法机关）',
        name: record.name,
        actType: record.actType,
        reviewers: [review.reviewer.name, review.reviewer.unit].filter(Boolean).join('，'),
        reviewId: review.id,
        standard: `${review.standardCode}@${review.standardVersion}`,
        total: report.total,
        maxTotal: report.maxTotal,
        grade: report.grade.label,
        pass: report.grade.pass,
        vetoes: report.vetoes.map((v) => `${v.itemCode} ${v.title}`),
        keyProblems: [...deducted]
          .sort((a, b) => Number(b.vetoTriggered) - Number(a.vetoTriggered) || b.deduction - a.deduction)
          .slice(0, 3)
          .map((i) => `${i.itemCode} ${i.title}`),
        flags: {
          公示: flagOf(checks.findings, '公示', ts.publicity.problemItemCodes.length),
          全过程记录: flagOf(checks.findings, '全过程记录', ts.recording.problemItemCodes.length),
          法制审核: flagOf(checks.findings, '法制审核', ts.legal_review.problemItemCodes.length),
        },
      },
    });
  }
  const seen = [...new Set(facts.map((f) => f.row.grade))];
  // The four usual grades always show (a zero count is information); others when they occur.
  const gradeLabels = [
    ...GRADE_ORDER.filter((l) => l !== '基本合格' || seen.includes(l)),
    ...seen.filter((l) => !GRADE_ORDER.includes(l)),
  ];
  const agencies = [...new Set(facts.map((f) => f.row.agency))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const n = options.top ?? 10;
  return {
    title: options.title?.trim() || '行政执法案卷评查结果汇总表',
    campaign: options.campaign?.trim() ?? '',
    rows: facts.map((f) => f.row),
    agencies: agencies.map((a) =>
      aggregate(
        a,
        facts.filter((f) => f.row.agency === a),
        gradeLabels,
      ),
    ),
    overall: aggregate('合计', facts, gradeLabels),
    gradeLabels,
    topItems: top(itemCounts, n),
    topRules: top(ruleCounts, n),
    skipped,
  };
}
