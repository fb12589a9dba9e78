import { createReadStream, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';

/** Generated names only: the route accepts nothing else, so no user text reaches a path. */
export const REPORT_DOWNLOAD_NAME = /^[0-9A-HJKMNP-TV-Z]{26}\.(pdf|xlsx|zip)$/;
const TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
} as const;
/** Previews are short-lived: older files are swept when a new one is written. */
const KEEP_MS = 24 * 60 * 60 * 1000;

const folderOf = (dataDir: string) => join(dataDir, 'reports', 'downloads');

/**
 * Stores a generated report under a random id so the UI can load it from its
 * own origin (`reports-download/<id>`): the pdf.js preview fetches it like any
 * document (the CSP allows only 'self' for fetches), never by a path.
 */
export async function saveReportDownload(
  dataDir: string,
  ext: keyof typeof TYPES,
  bytes: Uint8Array,
): Promise<string> {
  const folder = folderOf(dataDir);
  mkdirSync(folder, { recursive: true });
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    try {
      if (now - statSync(join(folder, name)).mtimeMs > KEEP_MS) unlinkSync(join(folder, name));
    } catch {
      // Another process swept it first.
    }
  }
  const name = `${ulid()}.${ext}`;
  await writeFile(join(folder, name), bytes, { flag: 'wx' });
  return name;
}

/** `GET reports-download/<id>` for browser mode and app:// alike. */
export async function reportDownload(
  dataDir: string,
  name: string,
): Promise<{ status: number; headers: Record<string, string>; body: Readable }> {
  const match = REPORT_DOWNLOAD_NAME.exec(name);
  if (!match) throw new AppError('E_NOT_FOUND', '报告文件不存在');
  const path = join(folderOf(dataDir), name);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new AppError('E_NOT_FOUND', '报告文件不存在或已过期，请重新生成');
  return {
    status: 200,
    headers: {
      'Content-Type': TYPES[match[1] as keyof typeof TYPES],
      'Content-Length': String(info.size),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
    body: createReadStream(path),
  };
}
