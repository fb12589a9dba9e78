import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The read-only corpus of real third-party files beside the checkout
 * (`../shared/corpus`). Tests that use it run whenever it is present and say
 * clearly when it is not; nothing is ever copied into the repository.
 */
export const CORPUS_DIR = resolve(
  process.env.PINGCHA_CORPUS_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'corpus'),
);
export const corpusPresent = existsSync(join(CORPUS_DIR, 'MANIFEST.md'));
export const corpusFile = (...parts: string[]) => join(CORPUS_DIR, ...parts);

if (!corpusPresent) {
  console.warn(`[corpus] ${CORPUS_DIR} not found: corpus-based tests are not run in this environment.`);
}
