import type { PanelDecision } from '../../../preload/contract/methods/campaigns';

/**
 * campaign_results.decisions: the leader's decision per item, and once locked
 * the consolidated outcome (kept here so the dashboard never rescoring 1,500
 * reviews to show results by agency).
 */
export interface StoredDecisions {
  items: Record<string, PanelDecision>;
  outcome: { total: number; grade: string; pass: boolean } | null;
}

export function parseDecisions(json: string | undefined | null): StoredDecisions {
  const parsed = (json ? JSON.parse(json) : {}) as Partial<StoredDecisions>;
  return { items: parsed.items ?? {}, outcome: parsed.outcome ?? null };
}
