import { Alert, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../preload/contract/methods/search';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { HitSnippet } from './hit-snippet';

/** Full-text search over every imported page; a hit opens the document at that page with the word highlighted. */
export function SearchPanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [error, setError] = useState<string>();

  const openHit = (hit: SearchHit, query: string) =>
    navigate(
      `/cases/${hit.caseId}?tab=documents&doc=${hit.documentId}&page=${hit.page}&q=${encodeURIComponent(query)}`,
    );

  return (
    <div>
      <Input.Search
        enterButton={t('search.go')}
        allowClear
        placeholder={t('search.global')}
        aria-label={t('search.global')}
        style={{ maxWidth: 520, marginBottom: 12 }}
        onSearch={async (query) => {
          setError(undefined);
          if (!query.trim()) return setState(null);
          try {
            setState({ query, hits: (await callOrThrow('search.query', { query, limit: 200 })).hits });
          } catch (e) {
            setError(e instanceof ApiCallError ? e.message : String(e));
          }
        }}
      />
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {state ? (
        <List
          data-testid="global-hits"
          header={t('search.hits', { count: state.hits.length })}
          dataSource={state.hits}
          renderItem={(hit) => (
            <List.Item
              style={{ cursor: 'pointer', display: 'block' }}
              onClick={() => openHit(hit, state.query)}
            >
              <Typography.Text strong>{hit.caseName}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                · {hit.docTypeLabel ?? hit.fileName} · {t('documents.page', { n: hit.page })}
              </Typography.Text>
              <HitSnippet snippet={hit.snippet} />
            </List.Item>
          )}
        />
      ) : null}
    </div>
  );
}
