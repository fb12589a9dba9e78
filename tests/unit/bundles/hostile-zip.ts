import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import yazl from 'yazl';

export interface ZipEntrySpec {
  /** The name as it must appear in the archive (may be hostile: patched in after yazl wrote it). */
  name: string;
  bytes: Buffer;
  compress?: boolean;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A manifest for `entries` (every entry except manifest.json), overridable per test. */
export function manifestFor(entries: readonly ZipEntrySpec[], override: Record<string, unknown> = {}) {
  return {
    format: 'pingcha-bundle',
    formatVersion: 1,
    kind: 'campaign',
    campaignId: 'CAMPAIGN-1',
    campaignName: '2025 年度行政处罚案卷评查',
    reviewer: { memberId: 'M1', name: '王评查', unit: '区市场监管局' },
    createdBy: 'W1',
    created: '2025-05-01T08:00:00.000Z',
    entries: entries
      .filter((e) => e.name !== 'manifest.json')
      .map((e) => ({ path: e.name, size: e.bytes.length, sha256: sha(e.bytes) })),
    ...override,
  };
}

/**
 * Writes a ZIP with exactly these entries. yazl refuses hostile names itself,
 * so each entry is written under a harmless placeholder of the same byte
 * length and the name bytes are then replaced in the local header and the
 * central directory (names are not covered by the CRC).
 */
export async function writeZip(path: string, entries: readonly ZipEntrySpec[]): Promise<void> {
  const zip = new yazl.ZipFile();
  const patches: [Buffer, Buffer][] = [];
  entries.forEach((e, i) => {
    const real = Buffer.from(e.name, 'utf8');
    const placeholder = Buffer.from(
      `${String(i).padStart(4, '0')}${'x'.repeat(Math.max(0, real.length - 4))}`,
    );
    if (placeholder.length !== real.length) throw new Error('entry names must be at least 4 bytes');
    patches.push([placeholder, real]);
    zip.addBuffer(e.bytes, placeholder.toString('utf8'), { compress: e.compress ?? true });
  });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
  let out = Buffer.concat(chunks);
  for (const [from, to] of patches) {
    let at = out.indexOf(from);
    while (at >= 0) {
      to.copy(out, at);
      at = out.indexOf(from, at + to.length);
    }
  }
  writeFileSync(path, out);
  out = Buffer.alloc(0);
}

export const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
