import { z } from 'zod';
import { defineMethod } from '../define-method';

/**
 * Three-system pre-checks (三项制度自动预检) of one case. Registered in the
 * contract by the pre-check capability; the review screen reads findings by
 * rule id to offer them as suggestions on the items that link those rules.
 */
export type CheckSystem = '公示' | '全过程记录' | '法制审核' | '程序';
export type CheckResult = '符合' | '不符合' | '不适用' | '无法判定';

export interface CheckFinding {
  ruleId: string;
  /** Short Chinese title of the rule, e.g. 决定公示期限. */
  title: string;
  system: CheckSystem;
  result: CheckResult;
  /** Chinese; shows the computation (dates, working-day counts, thresholds). */
  explanation: string;
  legalBasis: string;
  missingFacts?: string[];
  evidence?: { documentId: string; page?: number; quote?: string }[];
  warnings?: string[];
}

export interface CheckRunResult {
  caseId: string;
  findings: CheckFinding[];
  /** ISO timestamp of this computation. */
  computedAt: string;
}

export const checkMethods = {
  'checks.run': defineMethod<CheckRunResult>()(z.object({ caseId: z.string().min(1).max(64) }).strict()),
  /** The dossier's events in order with the deadlines that apply and their computed last days. */
  'checks.timeline': defineMethod<CaseTimeline>()(z.object({ caseId: z.string().min(1).max(64) }).strict()),
};

/** Stages of the dossier timeline, in procedural order (domain.md §4.2). */
export const TIMELINE_STAGES = [
  '立案',
  '调查',
  '告知',
  '陈述申辩',
  '听证',
  '法制审核',
  '集体讨论',
  '决定',
  '送达',
  '公示',
  '执行',
  '结案',
] as const;
export type TimelineStage = (typeof TIMELINE_STAGES)[number];

export interface TimelineEvent {
  /** Stable within one timeline, e.g. decision, notices.0.served. */
  key: string;
  stage: TimelineStage;
  /** Chinese, e.g. 处罚告知书送达. */
  label: string;
  date: string;
  time?: string;
  detail?: string;
  source?: { documentId: string; page?: number; quote?: string };
  /** Rule ids whose finding is 不符合 because of this event (shown in red). */
  violations: string[];
}

/** A statutory period that starts at one event and must be met by another. */
export interface TimelineDeadline {
  key: string;
  ruleId: string;
  /** Chinese, e.g. 决定公示期限. */
  label: string;
  /** Start event key and its date. */
  fromKey: string;
  from: string;
  /** e.g. 7 个工作日 / 90 日. */
  period: string;
  /** Computed last day (inclusive), null when the calendar lacks the year. */
  lastDay: string | null;
  /** The event that must fall within (or after, for waiting periods) the deadline. */
  toKey?: string;
  to?: string;
  /** within: the act must happen on or before lastDay; after: only after lastDay (陈述申辩期). */
  mode: 'within' | 'after';
  status: 'met' | 'violated' | 'open' | 'unknown';
  explanation: string;
  legalBasis: string;
}

export interface CaseTimeline {
  caseId: string;
  events: TimelineEvent[];
  deadlines: TimelineDeadline[];
  /** Why part of the timeline could not be drawn (invalid facts, calendar year missing …). */
  problems: string[];
}
