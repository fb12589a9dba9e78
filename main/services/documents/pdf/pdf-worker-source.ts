/**
 * Source of the worker thread used by `extractPdfIsolated`. It is evaluated
 * (`new Worker(source, { eval: true })`) rather than loaded from a file, so it
 * works the same under vitest, tsx and the bundled CJS main process. It only
 * reads text items; joining and normalising happen on the host side with the
 * same code as `extractPdf`.
 *
 * Messages: {type:'opened', numPages, info, xmpTitle} → {type:'page', index, items | error}*
 * → {type:'done'}; or {type:'error', name, code, message} when the file cannot be opened.
 */
export const PDF_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { getDocument } = await import(workerData.moduleUrl);
  let doc;
  try {
    doc = await getDocument({ data: workerData.data, ...workerData.params }).promise;
  } catch (e) {
    parentPort.postMessage({ type: 'error', name: e && e.name, code: e && e.code, message: String(e && e.message) });
    return;
  }
  let info = {};
  let xmpTitle = null;
  try {
    const meta = await doc.getMetadata();
    info = JSON.parse(JSON.stringify(meta.info || {}));
    xmpTitle = meta.metadata ? meta.metadata.get('dc:title') : null;
  } catch (e) {}
  parentPort.postMessage({ type: 'opened', numPages: doc.numPages, info, xmpTitle });
  const limit = Math.min(doc.numPages, workerData.maxPages);
  for (let index = 0; index < limit; index++) {
    try {
      const page = await doc.getPage(index + 1);
      const content = await page.getTextContent();
      page.cleanup();
      const items = content.items
        .filter((i) => typeof i.str === 'string' && Array.isArray(i.transform))
        .map((i) => ({ str: i.str, hasEOL: i.hasEOL, transform: i.transform, width: i.width, height: i.height }));
      parentPort.postMessage({ type: 'page', index, items });
    } catch (e) {
      parentPort.postMessage({ type: 'page', index, error: String(e && e.message) });
    }
  }
  await doc.destroy();
  parentPort.postMessage({ type: 'done' });
})().catch((e) => parentPort.postMessage({ type: 'error', name: 'WorkerError', message: String(e && e.message) }));
`;
