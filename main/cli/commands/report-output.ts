import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UsageError } from '../cli-io';

/** Checks `--out` before any work: right extension, and no silent overwrite. */
export function checkOutPath(out: string | undefined, allowed: readonly string[], force: boolean): string {
  if (!out) throw new UsageError('需要 --out <文件>');
  const ext = extname(out).toLowerCase().slice(1);
  if (!allowed.includes(ext))
    throw new UsageError(`--out 的扩展名应为 ${allowed.map((e) => `.${e}`).join(' 或 ')}`);
  const path = resolve(out);
  if (existsSync(path) && !force) throw new UsageError(`文件已存在：${path}（加 --force 覆盖）`);
  return path;
}

export async function writeBase64(path: string, base64: string): Promise<number> {
  const bytes = Buffer.from(base64, 'base64');
  await writeFile(path, bytes);
  return bytes.byteLength;
}
