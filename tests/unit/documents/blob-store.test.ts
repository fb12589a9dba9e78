import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobStore } from '../../../main/services/documents/blob-store';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: { dir: string; cleanup: () => void };
beforeEach(() => {
  temp = makeTempDir('pingcha-blobs-');
});
afterEach(() => temp.cleanup());

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('BlobStore', () => {
  it('stores a file under its sha256 and leaves the original untouched', async () => {
    const source = join(temp.dir, '决定书.pdf');
    writeFileSync(source, '%PDF-1.4 test content');
    const before = statSync(source);
    const store = new BlobStore(join(temp.dir, 'blobs'));
    const blob = await store.put(source);
    expect(blob.sha256).toBe(sha('%PDF-1.4 test content'));
    expect(blob.size).toBe(21);
    expect(blob.existed).toBe(false);
    expect(blob.path).toBe(join(temp.dir, 'blobs', blob.sha256));
    expect(readFileSync(blob.path, 'utf8')).toBe('%PDF-1.4 test content');
    expect(statSync(blob.path).mode & 0o222).toBe(0); // read-only copy
    expect(statSync(source).mtimeMs).toBe(before.mtimeMs);
    expect(await store.has(blob.sha256)).toBe(true);
  });

  it('stores identical content once', async () => {
    const a = join(temp.dir, 'a.pdf');
    const b = join(temp.dir, 'b.pdf');
    writeFileSync(a, 'same bytes');
    writeFileSync(b, 'same bytes');
    const store = new BlobStore(join(temp.dir, 'blobs'));
    const first = await store.put(a);
    const second = await store.put(b);
    expect(second).toEqual({ ...first, existed: true });
    expect(readdirSync(join(temp.dir, 'blobs')).filter((n) => !n.startsWith('.'))).toEqual([first.sha256]);
    expect(readdirSync(join(temp.dir, 'blobs', '.tmp'))).toEqual([]);
  });

  it('survives concurrent puts of the same content', async () => {
    const store = new BlobStore(join(temp.dir, 'blobs'));
    const paths = [0, 1, 2, 3].map((i) => {
      const path = join(temp.dir, `copy${i}.pdf`);
      writeFileSync(path, Buffer.alloc(256 * 1024, 7));
      return path;
    });
    const results = await Promise.all(paths.map((p) => store.put(p)));
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    expect(readdirSync(join(temp.dir, 'blobs')).filter((n) => !n.startsWith('.'))).toHaveLength(1);
    expect(readdirSync(join(temp.dir, 'blobs', '.tmp'))).toEqual([]);
  });

  it('refuses files above the size limit with E_TOO_LARGE naming the file', async () => {
    const source = join(temp.dir, '大文件.pdf');
    writeFileSync(source, Buffer.alloc(2048));
    const store = new BlobStore(join(temp.dir, 'blobs'), { maxBytes: 1024 });
    await expect(store.put(source)).rejects.toMatchObject({
      code: 'E_TOO_LARGE',
      message: expect.stringContaining('大文件.pdf'),
    });
  });

  it('defaults to a 500 MB limit', () => {
    expect(new BlobStore(temp.dir).maxBytes).toBe(500 * 1024 * 1024);
  });

  it('cancels with E_CANCELLED and leaves no temporary file', async () => {
    const source = join(temp.dir, 'x.pdf');
    writeFileSync(source, Buffer.alloc(4 * 1024 * 1024));
    const store = new BlobStore(join(temp.dir, 'blobs'));
    const controller = new AbortController();
    controller.abort();
    await expect(store.put(source, controller.signal)).rejects.toMatchObject({ code: 'E_CANCELLED' });
    expect(readdirSync(join(temp.dir, 'blobs', '.tmp'))).toEqual([]);
  });

  it('rejects malformed hashes instead of building paths from them', () => {
    const store = new BlobStore(temp.dir);
    expect(() => store.pathFor('../../etc/passwd')).toThrow(/无效/);
  });
});
