import type { AppError } from '../../../../preload/contract/app-error';
import { documentError } from '../document-error';

/** pdf.js PasswordResponses: 1 = NEED_PASSWORD, 2 = INCORRECT_PASSWORD. */
const INCORRECT_PASSWORD = 2;

/** Maps an exception from pdf.js `getDocument` to a clear, typed AppError. */
export function pdfOpenError(error: unknown, fileName: string): AppError {
  const name = (error as { name?: string }).name ?? '';
  const code = (error as { code?: number }).code;
  const detail = (error as Error).message ?? String(error);
  if (name === 'PasswordException') {
    return code === INCORRECT_PASSWORD
      ? documentError(
          'E_ENCRYPTED',
          fileName,
          'pdf-password-incorrect',
          'PDF 密码不正确，请重新输入打开密码。',
          { detail },
        )
      : documentError(
          'E_ENCRYPTED',
          fileName,
          'pdf-password-required',
          '该 PDF 设置了打开密码，无法读取正文。请用密码在 PDF 阅读器中打开后“打印”为一份不加密的 PDF 再导入；如不知道密码，请向文件提供方索取未加密的版本。',
          { detail },
        );
  }
  return documentError(
    'E_CORRUPT_FILE',
    fileName,
    name === 'InvalidPDFException' ? 'pdf-invalid-structure' : 'pdf-unreadable',
    '文件已损坏或不是有效的 PDF，无法读取。请从原始来源重新获取，或用 PDF 阅读器打开后重新“另存为/打印为” PDF，再导入。',
    { detail, pdfjsError: name },
  );
}
