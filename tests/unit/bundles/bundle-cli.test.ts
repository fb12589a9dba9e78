import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/run-cli-captured';
import { openTestApi } from '../../helpers/open-test-api';
import { makeTempDir } from '../../helpers/temp-dir';
import { A, campaignKit, LEADER, type TestApi } from '../campaigns/campaign-test-kit';

let leader: TestApi;
let reviewer: TestApi;
let out: ReturnType<typeof makeTempDir>;
beforeEach(async () => {
  leader = await openTestApi();
  reviewer = await openTestApi();
  out = makeTempDir('pingcha-bundle-cli-');
});
afterEach(async () => {
  await leader.dispose();
  await reviewer.dispose();
  out.cleanup();
});

const cli = (dataDir: string, ...args: string[]) => runCliCaptured(dataDir, args);

describe('campaign export-bundle / import-bundle', () => {
  it('exports for a member by name, previews and imports on another data directory, refuses the wrong campaign', async () => {
    const L = campaignKit(() => leader);
    await L.as(LEADER);
    const caseId = await L.makeCase('某公司未按规定公示信息案', LEADER.unit);
    const campaign = await L.makeCampaign({ reviewersPerCase: 1 });
    await L.call('campaigns.addCase', { campaignId: campaign.id, caseId, reason: '抽查' });
    const memberA = campaign.members.find((m) => m.name === A.name)!;
    await L.call('campaigns.assign', { campaignId: campaign.id, caseId, memberId: memberA.id });
    await leader.close();
    await reviewer.close();

    const zip = join(out.dir, 'a.zip');
    const exported = await cli(
      leader.dataDir,
      'campaign',
      'export-bundle',
      campaign.id,
      '--member',
      A.name,
      '--out',
      zip,
    );
    expect(exported.code).toBe(0);
    expect(exported.out).toContain(`评查包：${A.name} 的 1 个案卷`);

    const preview = await cli(reviewer.dataDir, 'campaign', 'import-bundle', zip, '--preview');
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('将导入：');
    expect(preview.out).toContain('案卷 1');
    const imported = await cli(reviewer.dataDir, 'campaign', 'import-bundle', zip, '--kind', 'campaign');
    expect(imported.out).toContain('已导入：');
    const again = await cli(reviewer.dataDir, 'campaign', 'import-bundle', zip);
    expect(again.code).toBe(0);
    expect(again.out).toContain('没有新内容');

    const foreign = await cli(reviewer.dataDir, 'campaign', 'import-bundle', zip, '--campaign', 'OTHER');
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain('另一个评查活动');
    expect(
      (await cli(reviewer.dataDir, 'campaign', 'import-bundle', join(out.dir, 'missing.zip'))).code,
    ).toBe(2);
    expect((await cli(reviewer.dataDir, 'audit', 'verify')).code).toBe(0);
  });
});
