import type { Readable } from 'node:stream';
import { AppError } from '../../preload/contract/app-error';
import type { Services } from '../services';
import { outboxDownload } from '../services/bundles/outbox';
import { reportDownload } from '../services/reports/report-downloads';
import { documentResponse, type ByteResponse } from './document-response';

/**
 * The two non-API routes of the UI origin, shared by browser mode
 * (http://127.0.0.1:<port>/…) and Electron (app://renderer/…):
 *   GET  doc/<documentId>                          document bytes by id (never by path)
 *   POST upload?batch=<batchId>&path=<relative>     one file into an import batch
 *   GET  reports-download/<id>                     a generated report (PDF/XLSX/ZIP) by random id
 * Callers authenticate (token / app origin) before calling these.
 */
export interface AppRouteRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  range: string | undefined;
  body: () => Readable;
}

const json = (status: number, value: unknown): ByteResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  body: Buffer.from(JSON.stringify(value)),
});

const STATUS_OF: Partial<Record<string, number>> = {
  E_NOT_FOUND: 404,
  E_INVALID_ARGS: 400,
  E_TOO_LARGE: 413,
  E_CONFLICT: 409,
};

/** Returns null when the request is not one of these routes. */
export async function handleAppRoute(services: Services, req: AppRouteRequest): Promise<ByteResponse | null> {
  try {
    if (req.pathname.startsWith('/doc/') && (req.method === 'GET' || req.method === 'HEAD')) {
      const id = decodeURIComponent(req.pathname.slice('/doc/'.length));
      if (!/^[0-9A-Za-z_-]{1,64}$/.test(id))
        return json(404, { ok: false, error: { code: 'E_NOT_FOUND', message: '文件不存在' } });
      return documentResponse(await services.documents.blob(id), req.range, req.method === 'HEAD');
    }
    if (req.pathname.startsWith('/outbox/') && req.method === 'GET') {
      // Exported bundles (bundles.export*), by generated name only.
      return await outboxDownload(services.runtime.info.dataDir, decodeURIComponent(req.pathname.slice(8)));
    }
    if (req.pathname.startsWith('/reports-download/') && req.method === 'GET') {
      // Generated reports (reports.*), by random id only; the PDF preview loads them from here.
      const name = decodeURIComponent(req.pathname.slice('/reports-download/'.length));
      return await reportDownload(services.runtime.info.dataDir, name);
    }
    if (req.pathname === '/upload' && req.method === 'POST') {
      const batch = req.searchParams.get('batch') ?? '';
      const path = req.searchParams.get('path') ?? '';
      const stored = await services.staging.writeFile(batch, path, req.body());
      return json(200, { ok: true, value: stored });
    }
    return null;
  } catch (error) {
    if (error instanceof AppError)
      return json(STATUS_OF[error.code] ?? 400, {
        ok: false,
        error: { code: error.code, message: error.message },
      });
    throw error;
  }
}
