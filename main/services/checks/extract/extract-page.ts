import type { IsoDate } from '../calendar/iso-date';
import { extractAmounts, type MoneyAmount } from './extract-amounts';
import { extractCaseNumbers, type CaseNumber } from './extract-case-numbers';
import { extractDates } from './extract-dates';
import { extractOfficers, type OfficerMention } from './extract-officers';
import type { Extracted } from './extracted-value';

export interface PageText {
  readonly page: number;
  readonly text: string;
}

export interface ExtractedFacts {
  readonly dates: Extracted<IsoDate>[];
  readonly amounts: Extracted<MoneyAmount>[];
  readonly officers: Extracted<OfficerMention>[];
  readonly caseNumbers: Extracted<CaseNumber>[];
}

/** Runs every extractor over a document's pages; each value keeps its page and quote. */
export function extractFromPages(pages: readonly PageText[]): ExtractedFacts {
  const result: ExtractedFacts = { dates: [], amounts: [], officers: [], caseNumbers: [] };
  for (const p of pages) {
    result.dates.push(...extractDates(p.text, p.page));
    result.amounts.push(...extractAmounts(p.text, p.page));
    result.officers.push(...extractOfficers(p.text, p.page));
    result.caseNumbers.push(...extractCaseNumbers(p.text, p.page));
  }
  return result;
}
