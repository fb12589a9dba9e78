/**
 * Document bytes by id, relative to the UI's own origin: app://renderer/doc/<id>
 * in Electron, http://127.0.0.1:<port>/doc/<id> in browser mode. Never a path.
 */
export const documentUrl = (documentId: string) =>
  new URL(`doc/${encodeURIComponent(documentId)}`, document.baseURI).href;
