import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open-database';
import { BlobStore } from '../../../main/services/documents/blob-store';
import { importFile, type ImportContext } from '../../../main/services/documents/import-file';
import { sweepUnreferencedBlobs } from '../../../main/services/documents/sweep-blobs';
import { makeTempDir } from '../../helpers/temp-dir';
import { buildPdf } from './fixtures/build-pdf';

let temp: { dir: string; cleanup: () => void };
let opened: OpenedDatabase;
let ctx: ImportContext;

beforeEach(async () => {
  temp = makeTempDir('pingcha-sweep-');
  opened = await openDatabase(join(temp.dir, 'db.sqlite'));
  ctx = { db: opened.db, blobs: new BlobStore(join(temp.dir, 'blobs')) };
  await opened.db
    .insertInto('cases')
    .values({ id: 'C1', case_number: null, name: null, agency: null, act_type: null })
    .execute();
});
afterEach(async () => {
  await opened.close();
  temp.cleanup();
});

describe('sweepUnreferencedBlobs', () => {
  it('removes unreferenced blobs past the minimum age and keeps referenced and young ones', async () => {
    const keptPath = join(temp.dir, 'kept.pdf');
    writeFileSync(keptPath, await buildPdf({ pages: ['kept'] }));
    const kept = await importFile(ctx, { caseId: 'C1', path: keptPath });
    const orphanPath = join(temp.dir, 'orphan.bin');
    writeFileSync(orphanPath, 'left behind by a failed import');
    const orphan = await ctx.blobs.put(orphanPath);

    expect(await sweepUnreferencedBlobs(opened.db, ctx.blobs)).toEqual({ removed: [], keptRecent: 1 });
    const later = Date.now() + 2 * 60 * 60 * 1000;
    expect(await sweepUnreferencedBlobs(opened.db, ctx.blobs, { now: later })).toEqual({
      removed: [orphan.sha256],
      keptRecent: 0,
    });
    expect(existsSync(orphan.path)).toBe(false);
    if (kept.status === 'imported') expect(await ctx.blobs.has(kept.sha256)).toBe(true);
  });

  it('copes with a store that does not exist yet', async () => {
    expect(await sweepUnreferencedBlobs(opened.db, new BlobStore(join(temp.dir, 'none')))).toEqual({
      removed: [],
      keptRecent: 0,
    });
  });
});
