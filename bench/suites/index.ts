import type { BenchSuite } from '../harness';
import { apiRoundTrip } from './api-round-trip.bench';

/** Every benchmark suite; `npm run bench -- <filter>` runs those whose name contains the filter. */
export const SUITES: BenchSuite[] = [apiRoundTrip];
