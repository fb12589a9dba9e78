import type { CampaignSettings } from '../../../preload/contract/methods/campaigns';
import { applyVetoesToBand, bandIndexFor } from '../standards/scoring/grade';
import type { GradeResult, ScoreReport } from '../../../preload/contract/model/score-report';

/**
 * The grade of a report under the campaign's own bands when it sets them
 * (domain.md §2.5: bands vary locally), else the standard's grade. Vetoes
 * apply exactly as in the scoring engine.
 */
export function campaignGrade(report: ScoreReport, bands: CampaignSettings['gradeBands']): GradeResult {
  if (!bands) return report.grade;
  const index = applyVetoesToBand(
    bands,
    bandIndexFor(bands, report.total),
    report.vetoes.map((v) => v.effect),
  );
  const band = bands[index]!;
  return { label: band.label, pass: band.pass };
}
