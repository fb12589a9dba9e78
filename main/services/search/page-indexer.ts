import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { toIndexText } from './bigram';

/** Pages per transaction: large enough to amortise the commit, small enough to let API calls interleave. */
const BATCH_PAGES = 200;

/**
 * Moves pages marked `indexed = 0` into the full-text index, oldest first, one
 * batch per transaction (the page rows and their index entries always agree).
 * Pending pages are selected inside the write transaction, so concurrent callers
 * never index the same page twice. Returns the number of pages indexed.
 */
export async function indexPendingPages(db: Kysely<DB>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const pending = await trx
        .selectFrom('document_pages')
        .select(['id', 'text'])
        .where('indexed', '=', 0)
        .orderBy('id')
        .limit(BATCH_PAGES)
        .execute();
      for (const page of pending)
        await sql`insert into page_fts (rowid, body) values (${page.id}, ${toIndexText(page.text)})`.execute(
          trx,
        );
      if (pending.length > 0)
        await trx
          .updateTable('document_pages')
          .set({ indexed: 1 })
          .where(
            'id',
            'in',
            pending.map((p) => p.id),
          )
          .execute();
      return pending.length;
    });
    total += done;
    if (done < BATCH_PAGES) return total;
  }
}

export interface BackgroundIndexer {
  /** Starts indexing soon, unless a run is already going (which will pick the new pages up). */
  kick(): void;
  /** Resolves when no run is in progress (tests and shutdown). */
  idle(): Promise<void>;
}

/**
 * Runs `indexPendingPages` off the import's critical path. Errors are logged, not
 * thrown: the pages stay pending and the next kick or search retries them.
 */
export function createBackgroundIndexer(
  db: () => Kysely<DB>,
  onError: (error: unknown) => void = (error) => console.error('[Pingcha] 全文索引失败', error),
): BackgroundIndexer {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        await indexPendingPages(db());
      } catch (error) {
        onError(error);
        return;
      }
    } while (again);
  };
  return {
    kick() {
      if (running) {
        again = true;
        return;
      }
      running = new Promise<void>((resolve) => setImmediate(resolve))
        .then(run)
        .finally(() => (running = null));
    },
    idle: () => running ?? Promise.resolve(),
  };
}
