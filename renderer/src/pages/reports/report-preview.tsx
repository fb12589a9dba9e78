import { Alert, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { GeneratedReport } from '../../../../preload/contract/methods/reports';

const PdfDocumentViewer = lazy(() => import('../../viewer/pdf/pdf-viewer'));

/** Same-origin URL of a generated report (`reports-download/<id>`, served by id, never by path). */
export const reportUrl = (downloadId: string) =>
  new URL(`reports-download/${encodeURIComponent(downloadId)}`, document.baseURI).href;

/**
 * Shows a generated PDF with the app's own pdf.js viewer. It loads from the UI
 * origin: the CSP allows fetches from 'self' only (not blob:).
 */
export function ReportPreview({ report }: { report: GeneratedReport }) {
  if (report.mimeType !== 'application/pdf') return <Alert type="info" message={report.fileName} />;
  return (
    <div style={{ height: '70vh', border: '1px solid #ddd' }} data-testid="report-preview">
      <Suspense fallback={<Spin />}>
        <PdfDocumentViewer url={reportUrl(report.downloadId)} />
      </Suspense>
    </div>
  );
}
