import type { BenchSuite } from '../harness';
import { annotationsBench } from './annotations.bench';
import { apiRoundTrip } from './api-round-trip.bench';
import { bundlesBench } from './bundles.bench';
import { campaignsBench } from './campaigns.bench';
import { caseListBench } from './case-list.bench';
import { importBench } from './import.bench';
import { pdfFirstPageBench } from './pdf-first-page.bench';
import { reportsBench } from './reports.bench';
import { scoringBench } from './scoring.bench';
import { searchBench } from './search.bench';

/** Every benchmark suite; `npm run bench -- <filter>` runs those whose name contains the filter. */
export const SUITES: BenchSuite[] = [
  apiRoundTrip,
  importBench,
  caseListBench,
  searchBench,
  pdfFirstPageBench,
  scoringBench,
  annotationsBench,
  campaignsBench,
  bundlesBench,
  reportsBench,
];
