import type { AppError } from '../../../../preload/contract/app-error';
import { documentError } from '../document-error';
import type { ZipProblem } from './zip-inspect';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Clear Chinese errors for ZIP problems found before mammoth runs. */
export function docxZipError(problem: ZipProblem, fileName: string): AppError {
  switch (problem.kind) {
    case 'damaged':
      return documentError(
        'E_CORRUPT_FILE',
        fileName,
        'docx-zip-damaged',
        '文件已损坏（DOCX 压缩结构不完整，可能下载或拷贝时被截断）。请从原始来源重新获取，或用 WPS/Word 打开修复后另存为 DOCX 或 PDF，再导入。',
        { detail: problem.detail },
      );
    case 'too-many-entries':
      return documentError(
        'E_TOO_LARGE',
        fileName,
        'docx-zip-bomb',
        `文件内部包含 ${problem.count} 个部件，远超正常 Word 文档，疑似异常或恶意文件，已拒绝导入。`,
        {
          count: problem.count,
        },
      );
    case 'too-large':
      return documentError(
        'E_TOO_LARGE',
        fileName,
        'docx-zip-bomb',
        `文件解压后超过 ${mb(problem.total)}，疑似“压缩炸弹”或异常文件，已拒绝导入。如确为正常文档，请另存为 PDF 后再导入。`,
        {
          total: problem.total,
        },
      );
    case 'xml-too-large':
      return documentError(
        'E_TOO_LARGE',
        fileName,
        'docx-xml-too-large',
        `文档内部部件“${problem.entry}”解压后达 ${mb(problem.size)}，超出可安全处理的大小，已拒绝导入。如确为正常文档，请另存为 PDF 后再导入。`,
        { entry: problem.entry, size: problem.size },
      );
    case 'size-lies':
      return documentError(
        'E_TOO_LARGE',
        fileName,
        'docx-zip-bomb',
        `文件内部部件“${problem.entry}”解压后比文件目录中声明的更大，疑似“压缩炸弹”或被篡改的文件，已拒绝导入。`,
        { entry: problem.entry, declared: problem.declared },
      );
    case 'ratio':
      return documentError(
        'E_TOO_LARGE',
        fileName,
        'docx-zip-bomb',
        `文件内部部件“${problem.entry}”的压缩比异常（约 ${problem.ratio} 倍），疑似“压缩炸弹”，已拒绝导入。`,
        {
          entry: problem.entry,
          ratio: problem.ratio,
        },
      );
  }
}
