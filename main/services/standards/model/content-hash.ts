import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { Standard } from '../../../../preload/contract/model/standard/standard';

/**
 * SHA-256 (hex) of the canonical JSON of a *validated* standard (defaults
 * applied), so a review can record exactly which content it was scored
 * against, independent of formatting and key order in the source file.
 */
export function standardContentHash(standard: Standard): string {
  return createHash('sha256').update(canonicalJson(standard), 'utf8').digest('hex');
}
