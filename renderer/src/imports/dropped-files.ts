import type { FileToUpload } from './upload-batch';

const readEntries = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));

async function walk(entry: FileSystemEntry, out: FileToUpload[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ file, relativePath: entry.fullPath.replace(/^\//, '') });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most ~100 entries per call: read until empty.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, out);
  }
}

/** Files and whole folders dropped on the window, with their paths inside the drop. */
export async function droppedFiles(
  data: DataTransfer,
): Promise<{ files: FileToUpload[]; hasFolder: boolean }> {
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0)
    return {
      files: Array.from(data.files).map((file) => ({ file, relativePath: file.name })),
      hasFolder: false,
    };
  const files: FileToUpload[] = [];
  for (const entry of entries) await walk(entry, files);
  return { files, hasFolder: entries.some((e) => e.isDirectory) };
}
