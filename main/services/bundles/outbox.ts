import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { BundleKind } from './bundle-format';

/** Generated names only: the download route accepts nothing else, so no user text reaches a path. */
export const OUTBOX_NAME = /^pingcha-(campaign|results)-[0-9A-HJKMNP-TV-Z]{26}\.zip$/;

export const outboxName = (kind: BundleKind) => `pingcha-${kind}-${ulid()}.zip`;

/** `<data>/outbox/<name>`; exported bundles wait here to be downloaded (browser mode) or copied. */
export function outboxPath(dataDir: string, name: string): string {
  if (!OUTBOX_NAME.test(name)) throw new AppError('E_NOT_FOUND', '导出文件不存在');
  return join(dataDir, 'outbox', name);
}

/** The download of an exported bundle (browser mode `GET /outbox/<name>`): by generated name only. */
export async function outboxDownload(
  dataDir: string,
  name: string,
): Promise<{ status: number; headers: Record<string, string>; body: Readable }> {
  const path = outboxPath(dataDir, name);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new AppError('E_NOT_FOUND', '导出文件不存在或已被清理，请重新导出');
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Length': String(info.size),
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
    body: createReadStream(path),
  };
}
