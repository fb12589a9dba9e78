import { Alert, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { GeneratedReport } from '../../../../preload/contract/methods/reports';
import { base64ToBytes } from '../standards/file-transfer';

const PdfDocumentViewer = lazy(() => import('../../viewer/pdf/pdf-viewer'));

/**
 * Shows a generated PDF with the app's own pdf.js viewer, from an object URL:
 * the bytes came through the API, so no server path is involved.
 */
export function ReportPreview({ report }: { report: GeneratedReport }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const next = URL.createObjectURL(new Blob([base64ToBytes(report.base64)], { type: report.mimeType }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [report]);
  if (report.mimeType !== 'application/pdf') return <Alert type="info" message={report.fileName} />;
  if (!url) return <Spin />;
  return (
    <div style={{ height: '70vh', border: '1px solid #ddd' }} data-testid="report-preview">
      <Suspense fallback={<Spin />}>
        <PdfDocumentViewer url={url} />
      </Suspense>
    </div>
  );
}
