import type { FileToUpload } from './upload-batch';

const TABLE = /\.(xlsx|csv)$/i;
const depth = (f: FileToUpload) => f.relativePath.split('/').length;

/**
 * What a drop on the case list means: one dossier folder (folder import), or a
 * manifest (案卷清单) together with the folders it points at — dropped side by side,
 * or inside one folder that holds only the manifest and the dossier folders. Loose
 * files belong to a dossier that exists already, so they are dropped on its page.
 */
export function dropModeFor(
  files: readonly FileToUpload[],
): 'folder' | 'manifest' | 'loose-files' | 'several-folders' {
  const atRoot = files.filter((f) => depth(f) === 1);
  if (atRoot.some((f) => TABLE.test(f.relativePath))) return 'manifest';
  if (atRoot.length > 0) return 'loose-files';
  const topLevel = new Set(files.map((f) => f.relativePath.split('/')[0]));
  if (topLevel.size > 1) return 'several-folders';
  // A spreadsheet among a dossier's own papers is evidence, not a manifest.
  const direct = files.filter((f) => depth(f) === 2);
  const onlyManifest = direct.length > 0 && direct.every((f) => TABLE.test(f.relativePath));
  return onlyManifest && files.some((f) => depth(f) > 2) ? 'manifest' : 'folder';
}
