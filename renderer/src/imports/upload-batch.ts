import { callOrThrow, ApiCallError } from '../api/call-or-throw';

export interface FileToUpload {
  file: File;
  /** Path inside the selection ('/'-separated), e.g. from a folder picker. */
  relativePath: string;
}

/** Two uploads in flight: the disk, not the network, is the limit on a local host. */
const PARALLEL_UPLOADS = 2;

/**
 * Creates a batch and streams every file into it (`POST upload?batch&path`),
 * reporting bytes sent; throws ApiCallError with the server's message on refusal.
 */
export async function uploadBatch(
  files: FileToUpload[],
  onProgress: (sentFiles: number) => void,
  signal: AbortSignal,
): Promise<string> {
  const { batchId } = await callOrThrow('imports.newBatch', {});
  let next = 0;
  let sent = 0;
  const worker = async () => {
    while (next < files.length) {
      if (signal.aborted) throw new ApiCallError({ code: 'E_CANCELLED', message: '已取消上传' });
      const item = files[next++]!;
      const url = new URL('upload', document.baseURI);
      url.searchParams.set('batch', batchId);
      url.searchParams.set('path', item.relativePath);
      const response = await fetch(url, {
        method: 'POST',
        body: item.file,
        headers: { 'Content-Type': 'application/octet-stream' },
        signal,
        credentials: 'same-origin',
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          error?: { code: string; message: string };
        } | null;
        throw new ApiCallError({
          code: (body?.error?.code ?? 'E_INTERNAL') as 'E_INTERNAL',
          message: body?.error?.message ?? `上传失败（${response.status}）：${item.relativePath}`,
        });
      }
      onProgress(++sent);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_UPLOADS, files.length) }, worker));
  return batchId;
}

/** `File.webkitRelativePath` for folder pickers, else the plain name. */
export const toUploads = (files: FileList | File[]): FileToUpload[] =>
  Array.from(files).map((file) => ({ file, relativePath: file.webkitRelativePath || file.name }));
