import { extname } from 'node:path';
import { inspectZip, ZipInspectionError } from '../docx/zip-inspect';
import { readCfbStreamNames } from './cfb-stream-names';
import { kindFromCfbStreams, kindFromZipEntries } from './classify-container';
import { FILE_KINDS, type FileKind, type ImportRoute } from './file-kind';
import { sniffMagic } from './sniff-magic';

export interface FileDetection {
  kind: FileKind;
  /** Chinese label of the detected content, e.g. “旧版 Word 二进制文档（.doc）”. */
  label: string;
  route: ImportRoute;
  mime: string;
  /** Lower-case extension without dot, or null. */
  extension: string | null;
  /** Set when the extension does not fit the content; the content wins. */
  extensionWarning: string | null;
  /** For damaged ZIPs: what the ZIP reader said (for logs, not for users). */
  detail?: string;
}

const extensionOf = (fileName: string): string | null => {
  const ext = extname(fileName).slice(1).toLowerCase();
  return ext.length > 0 ? ext : null;
};

/** Word/WPS owner files ("~$name.docx", usually 162 bytes) are not documents. */
const LOCKFILE_MAX_BYTES = 4096;
const isLockFileName = (fileName: string): boolean => /^~\$/.test(fileName.split(/[\\/]/).pop() ?? '');

/**
 * Owner files start with the user name twice: a length byte + ANSI name, then at
 * offset 54 a UTF-16 length + name (usually 162 bytes in total). Detected by content
 * too, because such files get renamed and attached to dossiers by mistake.
 */
function looksLikeOwnerFile(bytes: Buffer): boolean {
  if (bytes.length < 56 || bytes.length > LOCKFILE_MAX_BYTES) return false;
  const length = bytes[0] ?? 0;
  return length >= 1 && length <= 53 && bytes.readUInt16LE(54) === length;
}

async function kindOfZip(bytes: Buffer): Promise<{ kind: FileKind; detail?: string }> {
  try {
    const entries = await inspectZip(bytes);
    return { kind: kindFromZipEntries(entries.map((e) => e.name)) };
  } catch (error) {
    if (error instanceof ZipInspectionError && error.problem.kind === 'damaged')
      return { kind: 'zip-damaged', detail: error.problem.detail };
    // Bomb-like directories are still DOCX/ZIP by type; the DOCX guard reports them.
    return { kind: 'docx' };
  }
}

/**
 * Detects what a file really is from its bytes. The file name only supplies the
 * extension for the mismatch warning and disambiguates nothing but lock files
 * and WPS files with damaged directories.
 */
export async function detectFileType(bytes: Buffer, fileName: string): Promise<FileDetection> {
  const extension = extensionOf(fileName);
  const magic = sniffMagic(bytes.subarray(0, 2048));
  let kind: FileKind;
  let detail: string | undefined;
  switch (magic) {
    case 'zip': {
      ({ kind, detail } = await kindOfZip(bytes));
      break;
    }
    case 'ole2':
      kind = kindFromCfbStreams(readCfbStreamNames(bytes), extension);
      break;
    case 'unknown':
      kind =
        (isLockFileName(fileName) && bytes.length <= LOCKFILE_MAX_BYTES) || looksLikeOwnerFile(bytes)
          ? 'office-lockfile'
          : 'unknown';
      break;
    default:
      kind = magic;
  }
  const info = FILE_KINDS[kind];
  const mismatch = info.extensions.length > 0 && (extension === null || !info.extensions.includes(extension));
  const extensionWarning = mismatch
    ? `“${fileName}”的扩展名为 ${extension ? `.${extension}` : '（无）'}，但内容实际是${info.label}，已按实际内容处理。`
    : null;
  return {
    kind,
    label: info.label,
    route: info.route,
    mime: info.mime,
    extension,
    extensionWarning,
    ...(detail ? { detail } : {}),
  };
}
