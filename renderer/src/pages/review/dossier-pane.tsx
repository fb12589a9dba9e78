import { Empty, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../hooks/use-api';
import { AnnotatableViewer } from '../../annotations/annotatable-viewer';

/** The dossier beside the checklist: a document picker and the shared viewer. */
export function DossierPane({ caseId, itemCode }: { caseId: string; itemCode?: string | undefined }) {
  const { t } = useTranslation();
  const docs = useApi('documents.list', { caseId });
  const list = docs.data ?? [];
  const [chosen, setChosen] = useState<string>();
  const doc = list.find((d) => d.id === chosen) ?? list[0];
  if (!docs.loading && list.length === 0)
    return <Empty style={{ marginTop: 64 }} description={t('review.noDocuments')} />;
  return (
    <div
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
      data-testid="dossier-pane"
    >
      <Select
        size="small"
        style={{ margin: 6 }}
        aria-label={t('review.document')}
        value={doc?.id}
        onChange={setChosen}
        options={list.map((d) => ({
          value: d.id,
          label: `${d.position + 1}. ${d.docTypeLabel ?? d.fileName}`,
        }))}
      />
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {doc ? (
          <AnnotatableViewer caseId={caseId} doc={doc} itemCode={itemCode} onOpenDocument={setChosen} />
        ) : null}
      </div>
    </div>
  );
}
