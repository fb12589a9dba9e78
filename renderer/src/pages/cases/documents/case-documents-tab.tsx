import { App, Empty, Input, List, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../preload/contract/methods/search';
import { ApiCallError, callOrThrow } from '../../../api/call-or-throw';
import { useApi } from '../../../hooks/use-api';
import { droppedFiles } from '../../../imports/dropped-files';
import { FilePickers } from '../../../imports/file-pickers';
import { ImportProgressModal } from '../../../imports/import-progress-modal';
import { useImport } from '../../../imports/use-import';
import { DocumentViewer } from '../../../viewer/document-viewer';
import { preloadDocument } from '../../../viewer/preload-document';
import { HitSnippet } from '../../search/hit-snippet';
import { DocumentCatalog } from './document-catalog';
import { useOpenDocument } from './use-open-document';

/** 卷内目录 on the left, the open document on the right; import and in-case search on top. */
export function CaseDocumentsTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [view, setView] = useOpenDocument();
  const docs = useApi('documents.list', { caseId });
  const types = useApi('documents.types', {});
  const [search, setSearch] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const reloadDocs = docs.reload;
  const importer = useImport(useCallback(() => reloadDocs(), [reloadDocs]));

  const list = docs.data ?? [];
  const selectedId = view.doc ?? list[0]?.id;
  const selected = list.find((d) => d.id === selectedId);
  const { page, q: highlight } = view;

  const open = useCallback(
    (doc: string, p?: number, q?: string) => {
      preloadDocument(docs.data?.find((d) => d.id === doc));
      setView({ doc, page: p, q });
    },
    [docs.data, setView],
  );

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      docs.reload();
    } catch (error) {
      message.error(error instanceof ApiCallError ? error.message : String(error));
    }
  };

  const move = (id: string, delta: -1 | 1) =>
    act(async () => {
      const ids = list.map((d) => d.id);
      const at = ids.indexOf(id);
      [ids[at], ids[at + delta]] = [ids[at + delta]!, ids[at]!];
      await callOrThrow('documents.reorder', { caseId, orderedIds: ids });
    });

  return (
    <div
      style={{
        display: 'flex',
        height: 'calc(100vh - 190px)',
        minHeight: 420,
        border: dragging ? '2px dashed #1677ff' : '1px solid #f0f0f0',
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={async (e) => {
        e.preventDefault();
        setDragging(false);
        const { files } = await droppedFiles(e.dataTransfer);
        if (files.length > 0) void importer.start(files, 'files', caseId);
      }}
    >
      <aside
        style={{ width: 340, borderRight: '1px solid #f0f0f0', display: 'flex', flexDirection: 'column' }}
      >
        <div style={{ padding: 8, borderBottom: '1px solid #f0f0f0' }}>
          <FilePickers
            modes={['files', 'folder']}
            disabled={!!importer.run}
            onPick={(files) => void importer.start(files, 'files', caseId)}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0' }}>
            {t('documents.dropHint')}
          </Typography.Paragraph>
          <Input.Search
            allowClear
            size="small"
            placeholder={t('search.inCase')}
            aria-label={t('search.inCase')}
            onSearch={async (query) => {
              if (!query.trim()) return setSearch(null);
              try {
                setSearch({ query, hits: (await callOrThrow('search.query', { query, caseId })).hits });
              } catch (error) {
                message.error(error instanceof ApiCallError ? error.message : String(error));
              }
            }}
          />
        </div>
        <div style={{ overflow: 'auto', flex: 1 }}>
          {search ? (
            <List
              size="small"
              data-testid="case-hits"
              header={t('search.hits', { count: search.hits.length })}
              dataSource={search.hits}
              renderItem={(hit) => (
                <List.Item
                  style={{ cursor: 'pointer', display: 'block' }}
                  onClick={() => open(hit.documentId, hit.page, search.query)}
                >
                  <Typography.Text strong>
                    {hit.docTypeLabel ?? hit.fileName} · {t('documents.page', { n: hit.page })}
                  </Typography.Text>
                  <HitSnippet snippet={hit.snippet} />
                </List.Item>
              )}
            />
          ) : (
            <DocumentCatalog
              docs={list}
              types={types.data ?? []}
              selectedId={selectedId}
              onSelect={open}
              onSetType={(id, docType) => act(() => callOrThrow('documents.setType', { id, docType }))}
              onMove={move}
              onRemove={(id) => act(() => callOrThrow('documents.remove', { id }))}
            />
          )}
        </div>
      </aside>
      <section style={{ flex: 1, minWidth: 0 }} data-testid="viewer">
        {selected ? (
          <DocumentViewer doc={selected} page={page} highlight={highlight} />
        ) : (
          <Empty style={{ marginTop: 80 }} description={t('documents.empty')} />
        )}
      </section>
      <ImportProgressModal run={importer.run} onCancel={importer.cancel} onClose={importer.close} />
    </div>
  );
}
