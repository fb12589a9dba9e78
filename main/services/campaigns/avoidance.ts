/**
 * 回避 (cross review, domain.md §3 step 4): nobody reviews a dossier of their
 * own agency. Units are compared after removing all whitespace; an empty unit
 * or agency cannot be compared and is not a conflict (the UI asks for units).
 */
const normalize = (s: string) => s.replace(/\s+/gu, '');

export function conflictsWith(memberUnit: string, caseAgency: string): boolean {
  const unit = normalize(memberUnit);
  const agency = normalize(caseAgency);
  return unit !== '' && agency !== '' && unit === agency;
}
