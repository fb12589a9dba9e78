import { sql } from 'kysely';
import { ulid } from 'ulid';
import type { Annotation } from '../../preload/contract/methods/annotations';
import { indexByPage, pageBoxes } from '../../renderer/src/annotations/page-boxes';
import { openTestApi } from '../../tests/helpers/open-test-api';
import { measure, type BenchSuite } from '../harness';

const PAGES = 500;
const ANNOTATIONS = 2_000;
const KINDS = ['highlight', 'underline', 'comment', 'area'] as const;

/** pdf.js PageViewport's transform at a zoom (rotation 0): PDF points → CSS pixels, y flipped. */
function viewportAt(scale: number, pageHeight = 842) {
  const t = [scale, 0, 0, -scale, 0, pageHeight * scale];
  const apply = (x: number, y: number) => [x * t[0]! + y * t[2]! + t[4]!, x * t[1]! + y * t[3]! + t[5]!];
  return (r: [number, number, number, number]) => [...apply(r[0], r[1]), ...apply(r[2], r[3])];
}

/**
 * A case with 2,000 annotations over a 500-page PDF: the list through the API
 * (router + SQLite + document resolution) against the bare SELECT, and the
 * per-page draw computation (anchor → boxes) against a bare transform loop.
 */
export const annotationsBench: BenchSuite = {
  name: 'Annotations: 2,000 over 500 pages',
  async run() {
    const api = await openTestApi();
    try {
      const db = api.runtime.db();
      const caseId = ulid();
      const docId = ulid();
      const sha = 'a'.repeat(64);
      await db
        .insertInto('cases')
        .values({ id: caseId, case_number: null, name: '批注基准', agency: null, act_type: null })
        .execute();
      await db
        .insertInto('documents')
        .values({
          id: docId,
          case_id: caseId,
          position: 0,
          file_name: '卷宗.pdf',
          sha256: sha,
          size: 1,
          detected_type: 'pdf',
          doc_type: null,
          doc_type_confidence: null,
          page_count: PAGES,
          title: null,
          author: null,
          created: null,
          text_status: 'ok',
          error: null,
        })
        .execute();
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < ANNOTATIONS; start += 250) {
          const rows = Array.from({ length: 250 }, (_, k) => {
            const i = start + k;
            const kind = KINDS[i % KINDS.length]!;
            const pageIndex = i % PAGES;
            const rect = { x: 50 + (i % 7) * 10, y: 100 + (i % 30) * 20, w: 200, h: 14 };
            const quote = {
              exact: `第${i}条引用的文字内容，约二十个汉字长。`,
              prefix: '前文',
              suffix: '后文',
            };
            const anchor =
              kind === 'area'
                ? { type: 'area', pageIndex, rect: { ...rect, h: 120 } }
                : { type: 'pdf-text', pageIndex, rects: [rect, { ...rect, y: rect.y - 18 }], quote };
            return sql`(${ulid()}, ${caseId}, ${docId}, ${sha}, ${'卷宗.pdf'}, ${kind}, ${pageIndex}, ${JSON.stringify(anchor)}, ${kind === 'area' ? null : quote.exact}, ${'问题'}, ${`批注内容 ${i}`}, ${'王评查'}, ${JSON.stringify([`${i % 40}.1`])})`;
          });
          await sql`insert into annotations (id, case_id, document_id, document_sha256, document_title, kind, page_index, anchor, quote, category, body, author_name, item_codes) values ${sql.join(rows)}`.execute(
            trx,
          );
        }
      });

      const list = await measure(
        () => api.router.dispatch('annotations.list', { caseId }, { transport: 'test' }),
        { iterations: 30, warmup: 3 },
      );
      const rawSelect = await measure(
        () => db.selectFrom('annotations').selectAll().where('case_id', '=', caseId).execute(),
        { iterations: 30, warmup: 3 },
      );

      const result = await api.router.dispatch('annotations.list', { caseId }, { transport: 'test' });
      if (!result.ok) throw new Error(result.error.message);
      const annotations = result.value as Annotation[];
      const byPage = indexByPage(annotations);
      const colors = new Map([['问题', '#f5222d']]);
      let page = 0;
      let zoom = 0;
      const draw = await measure(
        () => pageBoxes(byPage.get(page++ % PAGES) ?? [], viewportAt(0.5 + (zoom++ % 8) * 0.25), colors),
        { iterations: 2_000, warmup: 200 },
      );
      // Worst case: every annotation of the case piled on one page.
      const pileUp = await measure(() => pageBoxes(annotations, viewportAt(1.5), colors), {
        iterations: 200,
        warmup: 20,
      });
      const index = await measure(() => indexByPage(annotations), { iterations: 200, warmup: 20 });
      const bareRects = annotations
        .filter((a) => a.pageIndex === 7)
        .flatMap((a) =>
          a.anchor.type === 'pdf-text' ? a.anchor.rects : a.anchor.type === 'area' ? [a.anchor.rect] : [],
        );
      const toViewport = viewportAt(1.5);
      const bare = await measure(() => bareRects.map((r) => toViewport([r.x, r.y, r.x + r.w, r.y + r.h])), {
        iterations: 2_000,
        warmup: 200,
      });
      return [
        {
          name: 'annotations.list, 2,000 annotations (router + SQLite + document resolution)',
          ours: list,
          reference: { name: 'bare SELECT of the same rows', timing: rawSelect },
          target: '≤ 200 ms',
          met: list.p95 <= 200,
        },
        {
          name: 'draw computation of one visible page (4 annotations, changing zoom)',
          ours: draw,
          reference: { name: 'bare transform of the same page’s rects', timing: bare },
          target: '≤ 16 ms',
          met: draw.p95 <= 16,
        },
        {
          name: 'draw computation, all 2,000 annotations on one page (worst case)',
          ours: pileUp,
          target: '≤ 16 ms',
          met: pileUp.p95 <= 16,
        },
        {
          name: 'group by page after a list change (2,000)',
          ours: index,
          target: '≤ 16 ms',
          met: index.p95 <= 16,
        },
      ];
    } finally {
      await api.dispose();
    }
  },
};
