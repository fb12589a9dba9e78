import { Alert, App, Card, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../preload/contract';
import type { CaseFactsView } from '../../../../preload/contract/methods/facts';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { SaveFactsFooter } from './save-facts-footer';

/** The case facts as YAML, validated field by field on save (the minimum editor; docs/checks.md §2). */
export function FactsEditor({
  caseId,
  view,
  onSaved,
}: {
  caseId: string;
  view: CaseFactsView;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState(view.yaml);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(view.yaml), [view.yaml]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await callOrThrow('facts.importYaml', { caseId, text, revision: view.revision });
      message.success(t('facts.saved', { revision: saved.revision }));
      onSaved();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : { code: 'E_INTERNAL', message: String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('facts.editor')} data-testid="facts-editor">
      <Typography.Paragraph type="secondary">{t('facts.editorHint')}</Typography.Paragraph>
      {view.notes.length > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('facts.notes')}
          description={view.notes.join('\n')}
        />
      ) : null}
      <Input.TextArea
        aria-label={t('facts.editor')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 10, maxRows: 30 }}
        style={{ fontFamily: 'monospace' }}
        placeholder="actType: 行政处罚"
      />
      <SaveFactsFooter busy={busy} error={error} onSave={() => void save()} testId="save-facts" />
    </Card>
  );
}
