import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { OpinionBatchResult } from '../../preload/contract/methods/reports';
import { loadReportFont } from '../../main/services/reports/layout/report-font';
import { buildOpinionData, type OpinionData } from '../../main/services/reports/opinion-data';
import { renderOpinionPdf } from '../../main/services/reports/opinion-pdf';
import { openTestApi } from '../../tests/helpers/open-test-api';
import { buildDocx } from '../../tests/unit/documents/fixtures/build-zip';
import { scoredCase } from '../../tests/unit/reports/report-fixture';
import { measure, ms, type BenchRow, type BenchSuite } from '../harness';

const DEDUCTIONS = 30;
/** Dossiers actually exported in the batch row; the 500-dossier time is extrapolated (stated in the row). */
const BATCH = 25;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cell = (text: string) =>
  `<w:tc>${text
    .split('\n')
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`)
    .join('')}</w:tc>`;
const table = (rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${rows
    .map((r, i) => `<w:tr>${i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.map(cell).join('')}</w:tr>`)
    .join('')}</w:tbl>`;

/** The same content as the PDF, as a DOCX a clerk would write by hand, for the LibreOffice reference. */
function equivalentDocx(d: OpinionData): Promise<Buffer> {
  const r = d.report;
  const body = [
    table([
      ['执法机关', d.caseRecord.agency, '案件名称', d.caseRecord.name],
      ['案号', d.caseRecord.caseNumber, '行为类型', d.caseRecord.actType],
    ]),
    `<w:p><w:r><w:t>总分 ${r.total} 分，等次 ${r.grade.label}</w:t></w:r></w:p>`,
    table([
      ['编号', '评查内容', '适用满分', '得分', '扣分'],
      ...r.sections.map((s) => [s.code, s.title, `${s.applicableMax}`, `${s.score}`, `${s.deductions}`]),
    ]),
    table([
      ['项目', '问题、说明与证据', '扣分'],
      ...d.deductions.map((x) => [
        `${x.itemCode} ${x.title}`,
        [...x.findings, x.note].join('\n'),
        `${x.points}`,
      ]),
    ]),
    table([
      ['规则', '结论', '说明'],
      ...d.threeSystems.flatMap((b) => b.findings.map((f) => [f.ruleId, f.result, f.explanation])),
    ]),
  ].join('');
  return buildDocx([{ text: '行政执法案卷评查意见书', style: 'Title' }], [], body);
}

function sofficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * One 评查意见书 (30 deductions) warm, its size, and a batch export through
 * the task (files + ZIP), against LibreOffice converting an equivalent DOCX
 * (`soffice --headless --convert-to pdf`) when it is installed.
 */
export const reportsBench: BenchSuite = {
  name: 'Reports: 评查意见书 PDF and batch export',
  async run() {
    const api = await openTestApi();
    const work = mkdtempSync(join(tmpdir(), 'pingcha-bench-reports-'));
    try {
      const scored = await scoredCase(() => api, {
        deductions: DEDUCTIONS,
        note: '文书要素不全，未载明告知事项。',
      });
      const sources = api.services.reports.sources;
      const font = loadReportFont(api.runtime.resourcesDir);
      const data = await buildOpinionData(sources, scored.caseId);
      const bytes = await renderOpinionPdf(data, font);
      const pages = (await PDFDocument.load(bytes)).getPageCount();
      const full = await measure(
        async () => renderOpinionPdf(await buildOpinionData(sources, scored.caseId), font),
        { iterations: 30, warmup: 5 },
      );
      const layoutOnly = await measure(() => renderOpinionPdf(data, font), { iterations: 30, warmup: 5 });
      const rows: BenchRow[] = [];

      let reference: BenchRow['reference'];
      if (sofficeAvailable()) {
        const docx = join(work, 'opinion.docx');
        writeFileSync(docx, await equivalentDocx(data));
        const profile = `file://${join(work, 'lo-profile')}`;
        const convert = () =>
          execFileSync(
            'soffice',
            [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx],
            { stdio: 'ignore' },
          );
        const timing = await measure(convert, { iterations: 5, warmup: 1 });
        reference = {
          name: `soffice --convert-to pdf (${Math.round(statSync(join(work, 'opinion.pdf')).size / 1024)} KB)`,
          timing,
        };
      } else {
        console.error(
          '[reports bench] soffice (LibreOffice) 未安装 / not installed: the LibreOffice comparison is skipped.',
        );
      }
      const kb = bytes.byteLength / 1024;
      rows.push({
        name: `评查意见书 ${pages} 页 ${data.deductions.length} 项扣分: data + layout, warm (${kb.toFixed(0)} KB)`,
        ours: full,
        ...(reference ? { reference } : {}),
        target: `≤ 150 ms, ≤ 150 KB${reference ? ', ≥ 5× faster than soffice' : ''}`,
        met: full.p50 <= 150 && kb <= 150 && (!reference || reference.timing.p50 / full.p50 >= 5),
      });
      rows.push({ name: '评查意见书: layout only (data prepared)', ours: layoutOnly });

      const ids = [scored.caseId];
      for (let i = 1; i < BATCH; i++)
        ids.push((await scoredCase(() => api, { name: `批量案件${i}`, deductions: 10 })).caseId);
      const batch = await measure(
        async () => {
          const task = api.services.reports.exportOpinions(ids);
          const done = await api.services.tasks.wait(task.id, 5);
          if ((done.result as OpinionBatchResult).files.length !== BATCH)
            throw new Error('batch export failed');
        },
        { iterations: 3, warmup: 1 },
      );
      const per = batch.p50 / BATCH;
      rows.push({
        name: `batch of ${BATCH} dossiers (files + ZIP) → 500 extrapolated: ${((per * 500) / 1000).toFixed(1)} s (${ms(per)} per dossier)`,
        ours: batch,
        target: '500 dossiers ≤ 90 s (extrapolated linearly from this batch)',
        met: per * 500 <= 90_000,
      });
      return rows;
    } finally {
      rmSync(work, { recursive: true, force: true });
      await api.dispose();
    }
  },
};
