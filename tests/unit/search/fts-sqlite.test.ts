import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open-database';
import { searchPages } from '../../../main/services/search/search-pages';
import { makeTempDir } from '../../helpers/temp-dir';

/** Deterministic PRNG (mulberry32) so failures are reproducible. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A small alphabet makes 1-3 character collisions (and misses) frequent.
const HAN = [...'行政处罚款听证告知书决定当事人违法事实依据送达回证查封扣押现场检查笔录'];
const OTHER = ['，', '。', '：', '（', '）', ' ', '\n', '2024', '年', 'GB', '“', '”'];

function generatePage(random: () => number): string {
  let text = '';
  const length = 40 + Math.floor(random() * 160);
  while (text.length < length) {
    text +=
      random() < 0.82 ? HAN[Math.floor(random() * HAN.length)] : OTHER[Math.floor(random() * OTHER.length)];
  }
  return text;
}

const PAGES = 300;
let temp: { dir: string; cleanup: () => void };
let opened: OpenedDatabase;
const pageTexts: string[] = [];

beforeAll(async () => {
  temp = makeTempDir('pingcha-fts-');
  opened = await openDatabase(join(temp.dir, 'fts.sqlite'));
  const { db } = opened;
  const random = prng(20240517);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({ id: 'C1', case_number: null, name: '测试案', agency: null, act_type: null })
      .execute();
    for (let d = 0; d < 10; d++) {
      await trx
        .insertInto('documents')
        .values({
          id: `D${d}`,
          case_id: 'C1',
          position: d,
          file_name: `文书${d}.pdf`,
          sha256: String(d).padStart(64, '0'),
          size: 1,
          detected_type: 'pdf',
          doc_type: null,
          doc_type_confidence: null,
          page_count: PAGES / 10,
          title: null,
          author: null,
          created: null,
          text_status: 'ok',
          error: null,
        })
        .execute();
      for (let p = 0; p < PAGES / 10; p++) {
        const text = generatePage(random);
        pageTexts.push(text);
        // Pending, as an import leaves them: the first search indexes them all.
        await trx
          .insertInto('document_pages')
          .values({ document_id: `D${d}`, page_index: p, text, has_text: 1, indexed: 0 })
          .execute();
      }
    }
  });
});

afterAll(async () => {
  await opened?.close();
  temp?.cleanup();
});

async function likeScan(query: string): Promise<string[]> {
  const rows = await sql<{ document_id: string; page_index: number }>`
    select document_id, page_index from document_pages where text like ${`%${query}%`} order by document_id, page_index`.execute(
    opened.db,
  );
  return rows.rows.map((r) => `${r.document_id}#${r.page_index}`).sort();
}

async function ftsScan(query: string): Promise<string[]> {
  const hits = await searchPages(opened.db, query, { limit: 100_000 });
  return hits.map((h) => `${h.documentId}#${h.pageIndex}`).sort();
}

describe('bigram FTS5 index against LIKE on real SQLite', () => {
  it('matches LIKE exactly for every single character (e.g. 罚)', async () => {
    for (const char of HAN) {
      const like = await likeScan(char);
      expect(await ftsScan(char), char).toEqual(like);
    }
    expect((await likeScan('罚')).length).toBeGreaterThan(0);
  });

  it('matches LIKE exactly for 2-character queries (罚款, 听证, and misses)', async () => {
    const random = prng(7);
    const queries = ['罚款', '听证', '证听', '款罚'];
    for (let i = 0; i < 60; i++)
      queries.push(`${HAN[Math.floor(random() * HAN.length)]}${HAN[Math.floor(random() * HAN.length)]}`);
    let hits = 0;
    for (const q of queries) {
      const like = await likeScan(q);
      hits += like.length;
      expect(await ftsScan(q), q).toEqual(like);
    }
    expect(hits).toBeGreaterThan(0);
  });

  it('matches LIKE exactly for n-character queries taken from the text and random ones', async () => {
    const random = prng(99);
    const queries: string[] = [];
    while (queries.length < 80) {
      const text = pageTexts[Math.floor(random() * pageTexts.length)] ?? '';
      const length = 3 + Math.floor(random() * 4);
      const start = Math.floor(random() * Math.max(1, text.length - length));
      const candidate = text.slice(start, start + length);
      if (/^\p{Script=Han}+$/u.test(candidate)) queries.push(candidate);
    }
    for (let i = 0; i < 20; i++)
      queries.push(Array.from({ length: 3 }, () => HAN[Math.floor(random() * HAN.length)]).join(''));
    for (const q of queries) expect(await ftsScan(q), q).toEqual(await likeScan(q));
  });

  it('never throws on quotes and FTS5 syntax characters', async () => {
    const hostile = [
      '"',
      '""',
      '罚款"',
      '"罚款',
      "'",
      '*',
      '罚*',
      'AND',
      'OR',
      'NOT',
      'NEAR(罚 款)',
      '(',
      ')',
      '-',
      '^罚',
      ':',
      '{}',
      '%',
      '_',
      '\\',
      '罚 OR 款',
      'body:罚',
    ];
    for (const q of hostile) await expect(searchPages(opened.db, q), q).resolves.toBeInstanceOf(Array);
    expect(await searchPages(opened.db, '。，')).toEqual([]);
  });

  it('ANDs terms and restricts to a case', async () => {
    const both = await ftsScan('罚款 听证');
    const listening = new Set(await likeScan('听证'));
    expect(both).toEqual((await likeScan('罚款')).filter((k) => listening.has(k)));
    expect(await searchPages(opened.db, '罚', { caseId: 'nope' })).toEqual([]);
  });

  it('returns snippets with the hit highlighted', async () => {
    const [hit] = await searchPages(opened.db, '罚款', { limit: 1 });
    expect(hit).toBeDefined();
    const range = hit?.snippet.highlights[0];
    expect(hit?.snippet.text.slice(range?.start, range?.end)).toBe('罚款');
    expect(hit?.fileName).toMatch(/^文书\d\.pdf$/);
  });
});
