import { Alert, Spin } from 'antd';
import { useMemo } from 'react';
import { useApi } from '../../hooks/use-api';
import { sanitizeDocxHtml } from './sanitize-docx-html';

/** A DOCX as readable, sanitized HTML (mammoth in the main process, DOMPurify here). */
export function DocxViewer({ documentId }: { documentId: string }) {
  const state = useApi('documents.html', { id: documentId });
  const html = useMemo(() => (state.data ? sanitizeDocxHtml(state.data.html) : ''), [state.data]);
  if (state.loading && !state.data) return <Spin style={{ margin: 32 }} />;
  if (state.error)
    return <Alert type="error" showIcon style={{ margin: 16 }} message={state.error.message} />;
  return (
    <div style={{ height: '100%', overflow: 'auto', background: '#e8e8e8', padding: 24 }}>
      <article
        className="pingcha-docx"
        data-testid="docx-content"
        style={{
          maxWidth: 800,
          margin: '0 auto',
          background: '#fff',
          padding: '48px 56px',
          lineHeight: 1.8,
          boxShadow: '0 0 4px #aaa',
        }}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
