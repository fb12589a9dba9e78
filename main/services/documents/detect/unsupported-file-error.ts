import type { AppError } from '../../../../preload/contract/app-error';
import type { ErrorCode } from '../../../../preload/contract/error-codes';
import { documentError } from '../document-error';
import type { FileKind } from './file-kind';
import type { FileDetection } from './detect-file-type';

const SAVE_AS = '请用 WPS 或 Word 打开后“另存为” DOCX 或 PDF，再导入。';

const REFUSALS: Partial<Record<FileKind, { code: ErrorCode; message: string }>> = {
  doc: {
    code: 'E_UNSUPPORTED_FILE',
    message: `这是旧版 Word 二进制文档（.doc，Word 97-2003 格式），本程序无法直接读取。${SAVE_AS}`,
  },
  wps: {
    code: 'E_UNSUPPORTED_FILE',
    message: `这是 WPS 文字旧版文档（.wps，金山 WPS 二进制格式），本程序无法直接读取。${SAVE_AS}`,
  },
  'ole-other': {
    code: 'E_UNSUPPORTED_FILE',
    message:
      '这是旧版 Word/WPS/Office 二进制文档（如 .doc、.wps、.xls、.ppt），本程序无法直接读取。请用 WPS 或 Office 另存为 DOCX 或 PDF，再导入。',
  },
  'office-encrypted': {
    code: 'E_ENCRYPTED',
    message:
      '该 Office 文档设置了打开密码，无法读取。请在 WPS/Word 中输入密码打开，取消密码后另存为 DOCX 或 PDF，再导入。',
  },
  'ooxml-other': {
    code: 'E_UNSUPPORTED_FILE',
    message: '这是 Excel 或 PowerPoint 文档，不能作为卷内文书导入。请导出（打印）为 PDF 后再导入。',
  },
  ofd: {
    code: 'E_UNSUPPORTED_FILE',
    message: '这是 OFD 版式文档，暂不支持。请用 OFD 阅读器导出或打印为 PDF 后再导入。',
  },
  odf: { code: 'E_UNSUPPORTED_FILE', message: `这是 OpenDocument 文档（.odt 等），暂不支持。${SAVE_AS}` },
  rtf: { code: 'E_UNSUPPORTED_FILE', message: `这是 RTF 文档，暂不支持。${SAVE_AS}` },
  zip: {
    code: 'E_UNSUPPORTED_FILE',
    message:
      '这是普通 ZIP 压缩包，不是有效的 Word 文档（其中没有 Word 正文）。如果它本应是 .docx 文件，说明文件已损坏；如果是压缩包，请先解压，再逐个导入其中的文件。',
  },
  'zip-damaged': {
    code: 'E_CORRUPT_FILE',
    message:
      '文件已损坏（ZIP/DOCX 结构不完整，可能下载或拷贝时被截断）。请从原始来源重新获取，或用 WPS/Word 打开修复后另存为 DOCX 或 PDF，再导入。',
  },
  'office-lockfile': {
    code: 'E_UNSUPPORTED_FILE',
    message:
      '这是 Word/WPS 打开文档时自动生成的临时锁定文件（文件名以 ~$ 开头），不是文档本身，无需导入。请导入同名的正式文档。',
  },
  empty: {
    code: 'E_CORRUPT_FILE',
    message: '文件是空的（0 字节），没有任何内容。请从原始来源重新获取该文件。',
  },
  unknown: {
    code: 'E_UNSUPPORTED_FILE',
    message:
      '无法识别的文件格式。可导入 PDF、DOCX、JPG/PNG/TIFF 图片和 MP4/WebM/MP3/WAV 音像文件；其他格式请先转换为 PDF。',
  },
};

/** The error for a file the importer refuses, or null when the kind can be imported. */
export function refusalFor(detection: FileDetection, fileName: string): AppError | null {
  if (detection.route !== 'refuse') return null;
  const refusal = REFUSALS[detection.kind] ?? REFUSALS.unknown;
  if (!refusal) return null;
  return documentError(refusal.code, fileName, `detected-${detection.kind}`, refusal.message, {
    detectedType: detection.kind,
    ...(detection.detail ? { detail: detection.detail } : {}),
  });
}
