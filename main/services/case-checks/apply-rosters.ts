import type { CaseFacts, LegalReviewer, Officer, RuleParams } from '../checks';
import type { AgencyRoster, Rosters } from './rosters-schema';

/** The agency roster that applies to a case: same name, or the only one when just one is kept. */
export function rosterFor(rosters: Rosters, agency: string | undefined): AgencyRoster | undefined {
  const byName = agency ? rosters.agencies.find((a) => a.name === agency) : undefined;
  if (byName) return byName;
  return rosters.agencies.length === 1 ? rosters.agencies[0] : undefined;
}

/** Names mentioned in the case's events (those are the people whose status matters). */
function mentionedOfficers(facts: CaseFacts): Set<string> {
  const e = facts.events;
  const names = [
    ...e.investigations.flatMap((x) => x.officers),
    ...e.preservations.flatMap((x) => x.officers),
    ...e.seizures.flatMap((x) => x.officers),
    ...e.enforcements.flatMap((x) => x.officers),
  ];
  return new Set(names);
}

function fillFrom<T extends { name: string }>(
  own: readonly T[],
  roster: readonly T[],
  mentioned: Set<string>,
): T[] {
  const out = own.map((person) => {
    const listed = roster.find((r) => r.name === person.name);
    // What the dossier itself says wins; the roster only fills gaps.
    return listed ? ({ ...listed, ...person } as T) : person;
  });
  for (const listed of roster) {
    if (mentioned.has(listed.name) && !out.some((p) => p.name === listed.name)) out.push(listed);
  }
  return out;
}

/**
 * Completes a case's facts with the agency roster: certificate validity and
 * public-roster status of the officers named in the events, and the
 * qualification of the legal reviewers named in the reviews.
 */
export function applyRoster(facts: CaseFacts, roster: AgencyRoster | undefined): CaseFacts {
  if (!roster) return facts;
  const officers: Officer[] = fillFrom(facts.officers, roster.officers, mentionedOfficers(facts));
  const reviewers = new Set(facts.events.legalReviews.map((r) => r.reviewer));
  const legalReviewers: LegalReviewer[] = fillFrom(facts.legalReviewers, roster.legalReviewers, reviewers);
  return { ...facts, officers, legalReviewers };
}

/** The agency's 音像记录事项清单 replaces the default stage lists when given. */
export function applyAvStages(params: RuleParams, roster: AgencyRoster | undefined): RuleParams {
  const av = roster?.avStages;
  if (!av) return params;
  return {
    ...params,
    avRecording: {
      ...params.avRecording,
      ...(av.mandatory ? { mandatoryStages: av.mandatory } : {}),
      ...(av.listed ? { listedStages: av.listed } : {}),
    },
  };
}
