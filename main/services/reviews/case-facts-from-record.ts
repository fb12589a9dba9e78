import type { CaseRecord } from '../../../preload/contract/methods/cases';
import type { CaseFacts } from '../../../preload/contract/model/standard/case-facts';

/**
 * The applicability facts the case record can tell us. Only facts the record
 * actually establishes are set: a missing fact is "unknown", and unknown keeps
 * an item applicable (the reviewer marks it N/A by hand), so we never guess
 * `false` from an empty field.
 */
export function caseFactsFromRecord(record: CaseRecord): CaseFacts {
  const facts: CaseFacts = { actType: record.actType };
  if (record.procedure) facts.procedure = record.procedure;
  if (record.penalty.types.length > 0 || (record.penalty.amount ?? 0) > 0) facts.penaltyImposed = true;
  if (record.dates.closed) facts.caseClosed = true;
  return facts;
}
