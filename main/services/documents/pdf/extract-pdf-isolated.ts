import { Worker } from 'node:worker_threads';
import { documentError } from '../document-error';
import type { ExtractedDocument, ExtractedPage } from '../extracted-document';
import { hasVisibleText } from '../normalize-text';
import { joinTextItems, type PositionedText } from './join-text-items';
import { pdfOpenError } from './pdf-error';
import {
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  pdfDocumentParams,
  type PdfExtractOptions,
} from './pdf-options';
import { buildPdfResult, pdfCancelledError, pdfTimeoutError } from './pdf-result';
import { PDF_WORKER_SOURCE } from './pdf-worker-source';
import { pdfjsAssets } from './pdfjs-assets';

export interface IsolatedPdfExtractOptions extends PdfExtractOptions {
  /** V8 old-generation heap limit of the worker, in MB (default 1024). */
  maxHeapMb?: number;
}

type WorkerMessage =
  | { type: 'opened'; numPages: number; info: Record<string, unknown>; xmpTitle: unknown }
  | { type: 'page'; index: number; items?: PositionedText[]; error?: string }
  | { type: 'done' }
  | { type: 'error'; name?: string; code?: number; message: string };

/**
 * Like `extractPdf`, but pdf.js runs in a worker thread that is terminated
 * when the time budget runs out or on abort, and whose heap is capped. This is
 * the hard guard: a synchronous loop or runaway allocation inside pdf.js
 * cannot block or crash the calling process. Costs ~100 ms of worker start-up.
 * @throws AppError E_ENCRYPTED, E_CORRUPT_FILE, E_TOO_LARGE (heap limit), E_CANCELLED
 */
export function extractPdfIsolated(
  data: Uint8Array,
  options: IsolatedPdfExtractOptions,
): Promise<ExtractedDocument> {
  const { fileName, signal } = options;
  if (signal?.aborted) return Promise.reject(pdfCancelledError(fileName));
  const copy = new Uint8Array(data);
  const worker = new Worker(PDF_WORKER_SOURCE, {
    eval: true,
    workerData: {
      data: copy,
      moduleUrl: pdfjsAssets().legacyModuleUrl,
      params: pdfDocumentParams(options.password),
      maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
    },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
  });

  return new Promise<ExtractedDocument>((resolve, reject) => {
    const pages: ExtractedPage[] = [];
    let opened: Extract<WorkerMessage, { type: 'opened' }> | null = null;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const result = (timedOut: boolean) =>
      buildPdfResult({
        pages,
        pageCount: opened?.numPages ?? 0,
        limit: Math.min(opened?.numPages ?? 0, options.maxPages ?? DEFAULT_MAX_PAGES),
        timedOut,
        info: opened?.info ?? {},
        xmpTitle: opened?.xmpTitle,
        passwordGiven: options.password !== undefined,
      });
    const onTimeout = () =>
      finish(() => (opened ? resolve(result(true)) : reject(pdfTimeoutError(fileName))));
    const onAbort = () => finish(() => reject(pdfCancelledError(fileName)));
    const timer = setTimeout(onTimeout, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: WorkerMessage) => {
      if (settled) return;
      switch (message.type) {
        case 'opened':
          opened = message;
          break;
        case 'page': {
          if (message.error !== undefined) {
            pages.push({ index: message.index, text: '', hasText: false, error: message.error });
          } else {
            const text = joinTextItems(message.items ?? []);
            pages.push({ index: message.index, text, hasText: hasVisibleText(text) });
          }
          try {
            options.onPage?.(
              pages.length,
              Math.min(opened?.numPages ?? 0, options.maxPages ?? DEFAULT_MAX_PAGES),
            );
          } catch {
            // Progress reporting must never break extraction.
          }
          break;
        }
        case 'done':
          finish(() => resolve(result(false)));
          break;
        case 'error':
          finish(() => reject(pdfOpenError(message, fileName)));
          break;
      }
    });
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? documentError(
                'E_TOO_LARGE',
                fileName,
                'pdf-out-of-memory',
                '解析该 PDF 所需内存超过上限，可能是异常或恶意文件，已停止处理。',
                {
                  detail: error.message,
                },
              )
            : pdfOpenError(error, fileName),
        ),
      ),
    );
    worker.on('exit', () =>
      finish(() =>
        reject(
          documentError('E_CORRUPT_FILE', fileName, 'pdf-worker-exit', 'PDF 解析意外中止，文件可能已损坏。'),
        ),
      ),
    );
  });
}
