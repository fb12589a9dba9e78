import { ry1TwoOfficers } from './ry-1-two-officers';
import { gs1OfficerRoster } from './gs-1-officer-roster';
import { gs2CertificateShown } from './gs-2-certificate-shown';
import { gs3PublicationDeadline } from './gs-3-publication-deadline';
import { jl1TextRecords } from './jl-1-text-records';
import { jl2MandatoryAv } from './jl-2-mandatory-av';
import { jl3ListedAv } from './jl-3-listed-av';
import { fz1ReviewScope } from './fz-1-review-scope';
import { fz2ReviewBeforeDecision } from './fz-2-review-before-decision';
import { fz4ReviewerIndependence } from './fz-4-reviewer-independence';
import { fz5ReviewerQualification } from './fz-5-reviewer-qualification';
import { fz7CollectiveDiscussion } from './fz-7-collective-discussion';
import { qxWaitStatementPeriod } from './qx-wait-statement-period';
import { qx90DecisionDeadline } from './qx-90-decision-deadline';
import { qxServeDecisionService } from './qx-serve-decision-service';
import { qxHearHearing } from './qx-hear-hearing';
import { qxSimpleProcedure } from './qx-simple-procedure';
import { qxPayFinePayment } from './qx-pay-fine-payment';
import { qxLicLicensingDeadline } from './qx-lic-licensing-deadline';
import { qxSeizeSeizure } from './qx-seize-seizure';
import { qxPreserveEvidence } from './qx-preserve-evidence';
import { qxEnfEnforcementTime } from './qx-enf-enforcement-time';
import { sw1Leniency } from './sw-1-leniency';
import type { RuleDefinition } from './rule-types';

/** Every pre-check rule, in report order (公示, 全过程记录, 法制审核, 程序). Ids are stable. */
export const RULES: readonly RuleDefinition[] = [
  gs1OfficerRoster,
  gs2CertificateShown,
  gs3PublicationDeadline,
  jl1TextRecords,
  jl2MandatoryAv,
  jl3ListedAv,
  fz1ReviewScope,
  fz2ReviewBeforeDecision,
  fz4ReviewerIndependence,
  fz5ReviewerQualification,
  fz7CollectiveDiscussion,
  ry1TwoOfficers,
  qxWaitStatementPeriod,
  qx90DecisionDeadline,
  qxServeDecisionService,
  qxHearHearing,
  qxSimpleProcedure,
  qxPayFinePayment,
  qxLicLicensingDeadline,
  qxPreserveEvidence,
  qxSeizeSeizure,
  qxEnfEnforcementTime,
  sw1Leniency,
];

export function findRule(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}
