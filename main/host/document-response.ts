import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export interface ByteResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable | Buffer | null;
}

/**
 * Evidence files are data, never pages: if a browser is pointed at one
 * directly, nothing in it may run or load anything.
 */
const DOCUMENT_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; media-src 'self'; sandbox",
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'private, max-age=3600',
  'Accept-Ranges': 'bytes',
};

/** Parses a single `bytes=a-b` range (what media players send); null = whole file, 'invalid' = 416. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

/** The bytes of one stored document (by id, resolved by the caller), honouring Range requests. */
export function documentResponse(
  file: { path: string; mimeType: string; size: number; fileName: string },
  rangeHeader: string | undefined,
  headOnly = false,
): ByteResponse {
  const headers: Record<string, string> = {
    ...DOCUMENT_HEADERS,
    'Content-Type': file.mimeType,
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  };
  const range = parseRange(rangeHeader, file.size);
  if (range === 'invalid') {
    return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${file.size}` }, body: null };
  }
  if (range === null) {
    return {
      status: 200,
      headers: { ...headers, 'Content-Length': String(file.size) },
      body: headOnly ? null : createReadStream(file.path),
    };
  }
  return {
    status: 206,
    headers: {
      ...headers,
      'Content-Length': String(range.end - range.start + 1),
      'Content-Range': `bytes ${range.start}-${range.end}/${file.size}`,
    },
    body: headOnly ? null : createReadStream(file.path, { start: range.start, end: range.end }),
  };
}
