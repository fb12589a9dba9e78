import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_LIMITS, readBundle, type BundleLimits } from '../../../main/services/bundles';
import { makeTempDir } from '../../helpers/temp-dir';
import { json, manifestFor, writeZip, type ZipEntrySpec } from './hostile-zip';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir('pingcha-bundle-')));
afterEach(() => temp.cleanup());

const pdf = Buffer.from('%PDF-1.7\n% a document\n%%EOF\n');
const pdfSha = createHash('sha256').update(pdf).digest('hex');
const cases = json([{ id: 'C1', name: '张某某占道经营案' }]);

/** A valid campaign bundle's entries; tests change one thing each. */
const valid = (): ZipEntrySpec[] => [
  { name: 'data/cases.json', bytes: cases },
  { name: `blobs/${pdfSha}`, bytes: pdf, compress: false },
];

async function read(
  entries: ZipEntrySpec[],
  options: {
    manifest?: Record<string, unknown> | null;
    limits?: Partial<BundleLimits>;
    expect?: object;
  } = {},
) {
  const all =
    options.manifest === null
      ? entries
      : [{ name: 'manifest.json', bytes: json(manifestFor(entries, options.manifest)) }, ...entries];
  const zipPath = join(temp.dir, 'bundle.zip');
  await writeZip(zipPath, all);
  return readBundle(zipPath, join(temp.dir, 'stage'), {
    limits: { ...DEFAULT_BUNDLE_LIMITS, ...options.limits },
    expect: { kind: 'campaign', campaignId: 'CAMPAIGN-1', ...options.expect },
  });
}

/** Refused with a Chinese message matching `pattern` that says nothing was imported. */
async function refused(promise: Promise<unknown>, pattern: RegExp) {
  await expect(promise).rejects.toMatchObject({ name: 'AppError', message: expect.stringMatching(pattern) });
  await expect(promise).rejects.toThrow(/未导入任何内容/);
}

describe('readBundle', () => {
  it('accepts a valid bundle: data parsed, documents staged and verified', async () => {
    const bundle = await read(valid());
    expect(bundle.manifest.kind).toBe('campaign');
    expect(bundle.data.get('cases')).toEqual([{ id: 'C1', name: '张某某占道经营案' }]);
    expect(bundle.blobs.get(pdfSha)).toBe(join(temp.dir, 'stage', pdfSha));
  });

  const hostileNames: [string, string, RegExp][] = [
    ['parent traversal', 'data/../../../../etc/cron.d/x', /“\.\.”/],
    ['leading traversal', '../outside.json', /“\.\.”/],
    ['absolute path', '/etc/passwd', /绝对路径/],
    ['Windows drive', 'C:/Windows/win.ini', /绝对路径/],
    ['backslash traversal', 'blobs\\..\\..\\evil.exe', /反斜杠/],
    ['empty segment', 'data//cases.json', /不规范/],
    ['unknown prefix', 'scripts/run.sh', /不认识的条目/],
    ['blob name not a hash', 'blobs/evil.pdf', /不认识的条目/],
  ];
  for (const [label, name, pattern] of hostileNames) {
    it(`refuses an entry name with ${label}: ${name}`, async () => {
      await refused(read([...valid(), { name, bytes: json([]) }]), pattern);
    });
  }

  it('refuses duplicate entries (the second could silently replace the first)', async () => {
    await refused(
      read([...valid(), { name: 'data/cases.json', bytes: json([]) }]),
      /条目重复："data\/cases\.json"/,
    );
    await refused(read([...valid(), { name: `blobs/${pdfSha}`, bytes: pdf, compress: false }]), /条目重复/);
  });

  it('refuses a missing manifest, an entry not in it, and a listed entry that is absent', async () => {
    await refused(read(valid(), { manifest: null }), /缺少清单文件 manifest\.json/);
    const entries = valid();
    const manifest = manifestFor(entries);
    await refused(
      read([...entries, { name: 'data/extra.json', bytes: json([]) }], {
        manifest: { entries: manifest.entries },
      }),
      /data\/extra\.json 不在清单中/,
    );
    await refused(
      read(entries.slice(0, 1), { manifest: { entries: manifest.entries } }),
      new RegExp(`清单列出的条目 blobs/${pdfSha} 在包中不存在`),
    );
  });

  it('refuses content that does not match the manifest hashes (tampered data and document)', async () => {
    const entries = valid();
    const manifest = manifestFor(entries);
    const forgedCases = json([{ id: 'C1', name: '李某某占道经营案' }]);
    await refused(
      read([{ name: 'data/cases.json', bytes: forgedCases }, entries[1]!], {
        manifest: { entries: [{ ...manifest.entries[0]!, size: forgedCases.length }, manifest.entries[1]] },
      }),
      /data\/cases\.json 的 SHA-256 与清单不符/,
    );
    const forgedPdf = Buffer.from(pdf.toString('latin1').replace('a document', 'A document'), 'latin1');
    await refused(
      read([entries[0]!, { name: `blobs/${pdfSha}`, bytes: forgedPdf, compress: false }], {
        manifest: { entries: manifest.entries },
      }),
      /SHA-256 与清单不符（内容被改动）/,
    );
  });

  it('refuses another campaign’s bundle and the wrong kind of bundle', async () => {
    await refused(
      read(valid(), { manifest: { campaignId: 'OTHER', campaignName: '另一个活动' } }),
      /另一个评查活动（“另一个活动”/,
    );
    await refused(
      read(valid(), { expect: { kind: 'results' } }),
      /这是评查包（组长 → 评查人员），此处需要结果包/,
    );
  });

  it('refuses oversize entries, too many entries, and a zip bomb', async () => {
    await refused(read(valid(), { limits: { maxDataBytes: 10 } }), /data\/cases\.json 过大/);
    await refused(read(valid(), { limits: { maxEntries: 1 } }), /条目过多/);
    const bomb = Buffer.alloc(8 * 1024 * 1024, 0);
    await refused(read([...valid(), { name: 'data/pages.json', bytes: bomb }]), /压缩比异常.*疑似压缩炸弹/);
  });

  it('refuses an entry whose compressed bytes were damaged (the stream error ends the read, no hang)', async () => {
    const pages = json(
      Array.from({ length: 3000 }, (_, i) => ({ document_id: 'D1', page_index: i, text: `第 ${i} 页` })),
    );
    const entries = [...valid(), { name: 'data/pages.json', bytes: pages }];
    const zipPath = join(temp.dir, 'damaged.zip');
    await writeZip(zipPath, [{ name: 'manifest.json', bytes: json(manifestFor(entries)) }, ...entries]);
    const bytes = readFileSync(zipPath);
    const at = bytes.indexOf(Buffer.from('data/pages.json')) + 200;
    for (let i = 0; i < 64; i++) bytes[at + i] = (bytes[at + i]! ^ 0xa5) & 0xff;
    writeFileSync(zipPath, bytes);
    await refused(
      readBundle(zipPath, join(temp.dir, 'stage'), { expect: { kind: 'campaign' } }),
      /已损坏|SHA-256 与清单不符/,
    );
  });

  it('refuses a file that is not a ZIP, and a manifest from a newer format', async () => {
    const notZip = join(temp.dir, 'x.zip');
    writeFileSync(notZip, 'PK\u0003\u0004 not really a zip');
    await refused(readBundle(notZip, join(temp.dir, 'stage')), /不是有效的 ZIP 文件/);
    await refused(read(valid(), { manifest: { formatVersion: 99 } }), /更新版本的 Pingcha 生成/);
  });
});
