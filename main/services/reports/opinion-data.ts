import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../../preload/contract/methods/cases';
import type { CheckFinding, CheckRunResult } from '../../../preload/contract/methods/checks';
import type { ReviewView, SavedItemResult } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { maskIdNumber } from '../cases/mask-id-number';
import { canonicalJson } from '../standards/model/canonical-json';
import type { StandardItem } from '../../../preload/contract/model/standard/item';
import { listItems } from '../../../preload/contract/model/standard/walk';
import type { ItemScore, ScoreReport, TriggeredVeto } from '../../../preload/contract/model/score-report';
import {
  citationsFromFindings,
  formatCitation,
  type CitationSource,
  type EvidenceCitation,
} from './evidence-citations-adapter';
import { categoryOfItem, categoryOfRule, type ProblemCategory } from './problem-category';
import { selectReportReview, type ReviewReader } from './select-report-review';

/** Everything a report needs, read through narrow functions so tests and #8 can supply them. */
export interface ReportSources {
  db: () => Kysely<DB>;
  getCase(id: string): Promise<CaseRecord>;
  reviews: ReviewReader;
  runChecks(caseId: string): Promise<CheckRunResult>;
  citations: CitationSource;
}

/** Fields the reviewer fills per export (no campaign table exists yet). */
export interface OpinionOptions {
  reviewId?: string | undefined;
  documentNumber?: string | undefined;
  campaign?: string | undefined;
  batch?: string | undefined;
  rectification?: string | undefined;
  rectificationDeadline?: string | undefined;
  /** Print the party's ID number in full (default: masked like the case list). */
  unmaskParty?: boolean | undefined;
}

export interface Deduction {
  itemCode: string;
  title: string;
  section: string;
  /** Option texts with occurrence counts, or the range value. */
  findings: string[];
  points: number;
  vetoTriggered: boolean;
  note: string;
  citations: string[];
  category: ProblemCategory;
}

export interface ThreeSystemBlock {
  system: '公示' | '全过程记录' | '法制审核';
  label: string;
  findings: CheckFinding[];
  /** Scored items of this system with a deduction or veto. */
  problemItems: string[];
  deductions: number;
}

export interface OpinionData {
  caseRecord: CaseRecord;
  partyIdNumber: string;
  review: ReviewView['review'];
  draft: boolean;
  report: ScoreReport;
  options: OpinionOptions;
  deductions: Deduction[];
  vetoes: Array<TriggeredVeto & { ruleIds: string[]; citations: string[] }>;
  threeSystems: ThreeSystemBlock[];
  problems: Record<ProblemCategory, string[]>;
  /** SHA-256 of the canonical review data (case, standard hash, item results, totals). */
  contentHash: string;
}

const SYSTEMS: Array<[ThreeSystemBlock['system'], 'publicity' | 'recording' | 'legal_review', string]> = [
  ['公示', 'publicity', '行政执法公示'],
  ['全过程记录', 'recording', '执法全过程记录'],
  ['法制审核', 'legal_review', '重大执法决定法制审核'],
];

function findingsText(item: StandardItem, result: SavedItemResult | undefined): string[] {
  if (!result) return [];
  const counts = result.occurrences;
  const lines = (result.optionIds ?? []).map((id) => {
    const option = item.options.find((o) => o.id === id);
    const n = typeof counts === 'number' ? counts : counts?.[id];
    const times = option?.perOccurrence && n !== undefined ? `（${n} 处）` : '';
    return `${option?.text ?? id}${times}`;
  });
  if (item.mode === 'per_occurrence' && typeof counts === 'number') lines.push(`${counts} 处`);
  if (item.mode === 'range' && result.rangeValue !== undefined) lines.push(`扣 ${result.rangeValue} 分`);
  if (result.status === 'veto') lines.unshift(`触发否决：${item.vetoCriterion ?? item.criterion}`);
  return lines;
}

/** The review data a printed copy is matched by: stable across exports and option changes. */
export function reviewContentHash(view: ReviewView, caseRecord: CaseRecord): string {
  const { createdAt: _c, updatedAt: _u, documentCount: _d, ...record } = caseRecord;
  const data = {
    case: record,
    reviewId: view.review.id,
    standardHash: view.review.standardHash,
    reviewer: view.review.reviewer,
    status: view.review.status,
    submittedAt: view.review.submittedAt,
    results: [...view.results]
      .sort((a, b) => a.itemCode.localeCompare(b.itemCode))
      .map(({ createdAt: _a, updatedAt: _b, ...r }) => r),
    total: view.report.total,
    grade: view.report.grade.label,
  };
  return createHash('sha256').update(canonicalJson(data), 'utf8').digest('hex');
}

/** Gathers one dossier's 评查意见书 data; throws E_NOT_FOUND / E_CONFLICT with Chinese messages. */
export async function buildOpinionData(
  sources: ReportSources,
  caseId: string,
  options: OpinionOptions = {},
): Promise<OpinionData> {
  const caseRecord = await sources.getCase(caseId);
  const view = await selectReportReview(sources.reviews, caseId, options.reviewId);
  const [checks, annotations] = await Promise.all([
    sources.runChecks(caseId),
    sources.citations(sources.db(), caseId),
  ]);
  const citations: EvidenceCitation[] = [
    ...annotations,
    ...(await citationsFromFindings(sources.db(), caseId, checks.findings)),
  ];
  const report = view.report;
  const locations = new Map(listItems(view.standard).map((l) => [l.item.code, l]));
  const results = new Map(view.results.map((r) => [r.itemCode, r]));
  const citationsFor = (code: string, ruleIds: readonly string[]) =>
    citations
      .filter((c) => c.itemCodes.includes(code) || c.ruleIds.some((r) => ruleIds.includes(r)))
      .map(formatCitation);

  const problemScores = report.items.filter((s: ItemScore) => s.deduction > 0 || s.vetoTriggered);
  const deductions: Deduction[] = problemScores.map((s) => {
    const loc = locations.get(s.itemCode)!;
    const result = results.get(s.itemCode);
    const failingRules = s.ruleIds.filter((id) =>
      checks.findings.some((f) => f.ruleId === id && f.result === '不符合'),
    );
    return {
      itemCode: s.itemCode,
      title: s.title,
      section: loc.sections.map((x) => x.title).join(' / '),
      findings: findingsText(loc.item, result),
      points: s.deduction,
      vetoTriggered: s.vetoTriggered,
      note: [result?.reason, result?.note].filter(Boolean).join('；'),
      citations: citationsFor(s.itemCode, failingRules),
      category: categoryOfItem(
        loc.sections.map((x) => x.title),
        loc.item.title,
        loc.item.criterion,
      ),
    };
  });

  const problems: Record<ProblemCategory, string[]> = {
    主体: [],
    事实证据: [],
    法律适用: [],
    程序: [],
    文书: [],
  };
  for (const d of deductions) {
    const what = d.findings.length > 0 ? `：${d.findings.join('；')}` : '';
    problems[d.category].push(
      `${d.itemCode} ${d.title}${what}${d.vetoTriggered ? '（否决）' : `（扣 ${d.points} 分）`}`,
    );
  }
  const coveredRules = new Set(problemScores.flatMap((s) => s.ruleIds));
  for (const f of checks.findings) {
    if (f.result === '不符合' && !coveredRules.has(f.ruleId)) {
      problems[categoryOfRule(f.ruleId)].push(`${f.ruleId} ${f.title}：${f.explanation}（预检）`);
    }
  }

  return {
    caseRecord,
    partyIdNumber: options.unmaskParty ? caseRecord.party.idNumber : maskIdNumber(caseRecord.party.idNumber),
    review: view.review,
    draft: view.review.status !== 'submitted',
    report,
    options,
    deductions,
    vetoes: report.vetoes.map((v) => {
      const ruleIds = locations.get(v.itemCode)?.item.ruleIds ?? [];
      return { ...v, ruleIds, citations: citationsFor(v.itemCode, ruleIds) };
    }),
    threeSystems: SYSTEMS.map(([system, key, label]) => ({
      system,
      label,
      findings: checks.findings.filter((f) => f.system === system),
      problemItems: report.threeSystems[key].problemItemCodes,
      deductions: report.threeSystems[key].deductions,
    })),
    problems,
    contentHash: reviewContentHash(view, caseRecord),
  };
}
