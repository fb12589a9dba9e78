import { chmod, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { BlobStore } from './blob-store';

const SHA256_NAME = /^[0-9a-f]{64}$/;

export interface SweepResult {
  removed: string[];
  keptRecent: number;
}

/**
 * Removes blobs no document references (left by failed imports or deleted
 * documents). Blobs younger than `minAgeMs` are kept: an import stores its blob
 * just before its transaction commits, so a young unreferenced blob may be about
 * to be referenced. Leftover `.tmp` parts older than `minAgeMs` are removed too.
 */
export async function sweepUnreferencedBlobs(
  db: Kysely<DB>,
  blobs: BlobStore,
  options: { minAgeMs?: number; now?: number } = {},
): Promise<SweepResult> {
  const minAgeMs = options.minAgeMs ?? 60 * 60 * 1000;
  const now = options.now ?? Date.now();
  const names = await readdir(blobs.root).catch(() => [] as string[]);
  const referenced = new Set(
    (await db.selectFrom('documents').select('sha256').distinct().execute()).map((r) => r.sha256),
  );
  const removed: string[] = [];
  let keptRecent = 0;
  for (const name of names.filter((n) => SHA256_NAME.test(n) && !referenced.has(n))) {
    const path = blobs.pathFor(name);
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (now - info.mtimeMs < minAgeMs) {
      keptRecent++;
      continue;
    }
    // Blobs are stored read-only; Windows refuses to delete a read-only file.
    await chmod(path, 0o644).catch(() => undefined);
    await rm(path, { force: true });
    removed.push(name);
  }
  const tmpDir = join(blobs.root, '.tmp');
  for (const part of await readdir(tmpDir).catch(() => [] as string[])) {
    const info = await stat(join(tmpDir, part)).catch(() => null);
    if (info && now - info.mtimeMs >= minAgeMs) await rm(join(tmpDir, part), { force: true });
  }
  return { removed, keptRecent };
}
