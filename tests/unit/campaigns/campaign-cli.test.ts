import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApi } from '../../../main/api/open-api';
import { runCliCaptured } from '../../helpers/run-cli-captured';
import { makeTempDir } from '../../helpers/temp-dir';
import { A, B, campaignKit, type TestApi } from './campaign-test-kit';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const cli = async (...args: string[]) => {
  const { code, out, err } = await runCliCaptured(temp.dir, args);
  return { code, text: out, errors: err };
};

/** Runs `body` with the API open on the CLI's data directory (closed before the CLI runs again). */
async function withApi<T>(body: (kit: ReturnType<typeof campaignKit>) => Promise<T>): Promise<T> {
  const api = await openApi({ dataDir: temp.dir, mode: 'test' });
  try {
    return await body(campaignKit(() => api as unknown as TestApi));
  } finally {
    await api.close();
  }
}

describe('campaign CLI', () => {
  it('create → sample → assign → status → consolidate --lock → summary', async () => {
    await withApi(async (kit) => {
      for (let i = 0; i < 3; i += 1) await kit.makeCase(`城管案${i}`, '城管局');
      for (let i = 0; i < 3; i += 1) await kit.makeCase(`交通案${i}`, '交通运输局');
    });
    const created = await cli(
      'campaign',
      'create',
      '--as',
      '赵组长@市司法局',
      '--name',
      'CLI 评查',
      '--year',
      '2024',
      '--standard',
      'PC-XZCF-YB@2024.1',
      '--leader',
      '赵组长@市司法局',
      '--member',
      `${A.name}@${A.unit}`,
      '--member',
      `${B.name}@${B.unit}`,
      '--json',
    );
    expect(created.code).toBe(0);
    const campaign = JSON.parse(created.text) as { id: string; members: unknown[] };
    expect(campaign.members).toHaveLength(3);

    const preview = await cli('campaign', 'sample', campaign.id, '--size', '2', '--seed', 'S1');
    expect(preview.code).toBe(0);
    expect(preview.text).toContain('种子 / seed: S1');
    expect(preview.text).toMatch(/城管局\t1\t50%/);
    const confirmed = await cli(
      'campaign',
      'sample',
      campaign.id,
      '--size',
      '2',
      '--seed',
      'S1',
      '--confirm',
      '--json',
    );
    const drawn = (JSON.parse(confirmed.text) as { caseIds: string[] }).caseIds;
    expect(drawn).toHaveLength(2);

    const assigned = await cli('campaign', 'assign', campaign.id);
    expect(assigned.code).toBe(0);
    expect(assigned.text).toContain('新分配 4 份');

    const status = await cli('campaign', 'status', campaign.id);
    expect(status.text).toContain('案卷 2；评查 4 份：未开始 4');

    // Reviewers score on this workstation (identity switch), all items ok: no divergence.
    await withApi(async (kit) => {
      const assignments = await kit.call('campaigns.assignments', { campaignId: campaign.id });
      for (const a of assignments) {
        const who = [A, B, { name: '赵组长', unit: '市司法局', role: '组长' }].find(
          (p) => p.name === a.memberName,
        )!;
        const opened = await kit.openFor(campaign.id, who, a.caseId);
        await kit.scoreAndSubmit(opened.reviewId);
      }
    });
    const notLeader = await cli(
      'campaign',
      'consolidate',
      campaign.id,
      '--lock',
      '--as',
      `${A.name}@${A.unit}`,
    );
    expect(notLeader.code).toBe(1);
    expect(notLeader.errors).toContain('E_UNAUTHORIZED');
    const consolidated = await cli(
      'campaign',
      'consolidate',
      campaign.id,
      '--lock',
      '--as',
      '赵组长@市司法局',
    );
    expect(consolidated.code).toBe(0);
    expect(consolidated.text.match(/已锁定：100 分 优秀/g)).toHaveLength(2);

    const summary = await cli('campaign', 'summary', campaign.id);
    expect(summary.code).toBe(0);
    expect(summary.text).toContain('已锁定 2 / 2 卷');
    const out = join(temp.dir, '汇总表.xlsx');
    const exported = await cli('campaign', 'summary', campaign.id, '--out', out);
    expect(exported.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(' ');
    expect(cells).toContain('赵组长（合议）');
    expect((await cli('campaign', 'summary', campaign.id, '--out', out)).code).toBe(2);
    expect((await cli('campaign', 'frobnicate')).code).toBe(2);
    expect((await cli('campaign', 'sample', campaign.id)).code).toBe(2);
    expect((await cli('campaign', 'status', 'no-such-campaign')).code).toBe(1);
  });
});
