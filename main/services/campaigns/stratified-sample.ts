import type { DistributionRow, SampleStratum } from '../../../preload/contract/methods/campaigns';
import { randomIndex, seededRandom } from './seeded-random';

export interface SamplingCandidate {
  id: string;
  agency: string;
  actType: string;
}

export interface StratifiedDraw {
  strata: SampleStratum[];
  caseIds: string[];
  byAgency: DistributionRow[];
  byActType: DistributionRow[];
}

const NO_AGENCY = '（未填执法机关）';
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Proportional allocation by the largest-remainder (Hamilton) method:
 * stratum h of N_h dossiers gets floor(n·N_h/N) first; the dossiers still
 * missing go one each to the strata with the largest fractional remainders,
 * ties broken by stratum order (agency, then act type). Quotas sum to exactly n
 * and never exceed N_h.
 */
export function allocateProportionally(populations: readonly number[], size: number): number[] {
  const total = populations.reduce((s, n) => s + n, 0);
  const n = Math.min(size, total);
  if (total === 0) return populations.map(() => 0);
  const exact = populations.map((p) => (n * p) / total);
  const quotas = exact.map(Math.floor);
  let missing = n - quotas.reduce((s, q) => s + q, 0);
  const order = exact
    .map((e, i) => ({ i, remainder: e - Math.floor(e) }))
    .sort((x, y) => y.remainder - x.remainder || x.i - y.i);
  for (const { i } of order) {
    if (missing === 0) break;
    if (quotas[i]! < populations[i]!) {
      quotas[i]! += 1;
      missing -= 1;
    }
  }
  return quotas;
}

const distribution = (ids: readonly string[], keyOf: (id: string) => string): DistributionRow[] => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(keyOf(id), (counts.get(keyOf(id)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    .map(([key, count]) => ({ key, count, percent: Math.round((count / ids.length) * 1000) / 10 }));
};

/**
 * Draws `size` dossiers stratified by agency × act type. Deterministic for a
 * given seed and candidate set: candidates are sorted by id and strata by
 * (agency, act type) before drawing, so the order the library returns rows in
 * does not matter. Within each stratum a partial Fisher–Yates shuffle with one
 * seeded stream picks the quota.
 */
export function drawStratifiedSample(
  candidates: readonly SamplingCandidate[],
  size: number,
  seed: string,
): StratifiedDraw {
  const strataMap = new Map<string, { agency: string; actType: string; ids: string[] }>();
  for (const c of candidates) {
    const agency = c.agency.trim() || NO_AGENCY;
    const key = `${agency}\u0000${c.actType}`;
    let stratum = strataMap.get(key);
    if (!stratum) strataMap.set(key, (stratum = { agency, actType: c.actType, ids: [] }));
    stratum.ids.push(c.id);
  }
  const strata = [...strataMap.values()].sort(
    (a, b) => byCodePoint(a.agency, b.agency) || byCodePoint(a.actType, b.actType),
  );
  for (const s of strata) s.ids.sort(byCodePoint);
  const quotas = allocateProportionally(
    strata.map((s) => s.ids.length),
    size,
  );
  const random = seededRandom(seed);
  const result: SampleStratum[] = strata.map((s, h) => {
    const ids = [...s.ids];
    const quota = quotas[h]!;
    for (let i = 0; i < quota; i += 1) {
      const j = i + randomIndex(random, ids.length - i);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    return {
      agency: s.agency,
      actType: s.actType,
      population: s.ids.length,
      quota,
      caseIds: ids.slice(0, quota),
    };
  });
  const caseIds = result.flatMap((s) => s.caseIds);
  const stratumOf = new Map(result.flatMap((s) => s.caseIds.map((id) => [id, s] as const)));
  return {
    strata: result,
    caseIds,
    byAgency: distribution(caseIds, (id) => stratumOf.get(id)!.agency),
    byActType: distribution(caseIds, (id) => stratumOf.get(id)!.actType),
  };
}

export const stratumLabel = (agency: string, actType: string) => `${agency} × ${actType}`;
