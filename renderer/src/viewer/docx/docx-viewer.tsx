import { Alert, Spin } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApi } from '../../hooks/use-api';
import { highlightSearchHits } from './highlight-search-hits';
import { sanitizeDocxHtml } from './sanitize-docx-html';

/**
 * A DOCX as readable, sanitized HTML (mammoth in the main process, DOMPurify here).
 * `highlight` marks a search word and scrolls to its first occurrence; `layer` draws
 * over the rendered article (annotations) and gets the article element once mounted.
 */
export function DocxViewer({
  documentId,
  highlight,
  layer,
}: {
  documentId: string;
  highlight?: string;
  layer?: (article: HTMLElement) => ReactNode;
}) {
  const [article, setArticle] = useState<HTMLElement | null>(null);
  const state = useApi('documents.html', { id: documentId });
  const html = useMemo(() => (state.data ? sanitizeDocxHtml(state.data.html) : ''), [state.data]);
  useEffect(
    () => (article && highlight ? highlightSearchHits(article, highlight) : undefined),
    [article, html, highlight],
  );
  if (state.loading && !state.data) return <Spin style={{ margin: 32 }} />;
  if (state.error)
    return <Alert type="error" showIcon style={{ margin: 16 }} message={state.error.message} />;
  return (
    <div style={{ height: '100%', overflow: 'auto', background: '#e8e8e8', padding: 24 }}>
      <article
        ref={setArticle}
        className="pingcha-docx"
        data-testid="docx-content"
        style={{
          maxWidth: 800,
          margin: '0 auto',
          background: '#fff',
          padding: '48px 56px',
          lineHeight: 1.8,
          boxShadow: '0 0 4px #aaa',
          position: 'relative',
        }}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {article && layer ? layer(article) : null}
    </div>
  );
}
