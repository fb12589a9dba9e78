import { z } from 'zod';
import { caseFactsSchema, type CaseFacts } from './case-facts-schema';
import { labelPath } from './field-labels';

/** One problem in user-supplied facts: machine path, Chinese label and Chinese message. */
export interface FactIssue {
  /** Dotted path, e.g. "events.decision.date"; "" for the root. */
  readonly path: string;
  /** Chinese rendering of the path, e.g. "事件 › 决定 › 日期". */
  readonly label: string;
  readonly message: string;
}

export type FactsParseResult =
  { readonly ok: true; readonly facts: CaseFacts } | { readonly ok: false; readonly issues: FactIssue[] };

const zhLocale = z.locales.zhCN();

/** Clearer Chinese for the commonest issues; everything else falls back to zod's zh-CN locale. */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined)
    return '缺少必填字段';
  if (issue.code === 'invalid_type')
    return `类型错误：应为${issue.expected === 'number' ? '数字' : issue.expected === 'string' ? '文本' : issue.expected === 'boolean' ? '是/否（true/false）' : issue.expected === 'array' ? '列表' : issue.expected === 'object' ? '对象' : issue.expected}`;
  if (issue.code === 'invalid_value') return `取值无效，可选：${issue.values.map(String).join('、')}`;
  if (issue.code === 'unrecognized_keys') return `未知字段：${issue.keys.join('、')}（请检查拼写）`;
  return zhLocale.localeError(issue);
};

export function toFactIssues(error: z.ZodError): FactIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    label: labelPath(i.path) || '（根）',
    message: i.message,
  }));
}

/** One line per issue: "事件 › 决定 › 日期（events.decision.date）：…". */
export function formatFactIssues(issues: readonly FactIssue[]): string {
  return issues
    .map((i) => (i.path ? `${i.label}（${i.path}）：${i.message}` : `${i.label}：${i.message}`))
    .join('\n');
}

/** Validates unknown input (e.g. JSON from the API) against the facts model. Never throws. */
export function parseCaseFacts(input: unknown): FactsParseResult {
  const r = caseFactsSchema.safeParse(input, { error: errorMap });
  return r.success ? { ok: true, facts: r.data } : { ok: false, issues: toFactIssues(r.error) };
}
