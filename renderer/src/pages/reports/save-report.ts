import type { GeneratedReport } from '../../../../preload/contract/methods/reports';
import { base64ToBytes, download } from '../standards/file-transfer';

/** Offers a generated report as a download (a save dialog in Electron, the downloads folder in a browser). */
export function saveReport(report: GeneratedReport): void {
  download(report.fileName, base64ToBytes(report.base64), report.mimeType);
}
