import { Alert, Button, Descriptions, Space, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleImportOutcome, BundleKindName } from '../../../../preload/contract/methods/bundles';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { uploadBatch } from '../../imports/upload-batch';
import { runTask } from './run-task';

type Phase =
  | { step: 'idle' }
  | { step: 'busy'; label: string }
  | { step: 'preview'; batchId: string; outcome: BundleImportOutcome }
  | { step: 'done'; outcome: BundleImportOutcome }
  | { step: 'error'; message: string };

/**
 * Upload → verify and preview (nothing written) → confirm → import. The file
 * goes through the upload staging like any import: the renderer never names a
 * path on the server.
 */
export function BundleImport(props: {
  expectKind: BundleKindName;
  campaignId?: string;
  onImported?: (outcome: BundleImportOutcome) => void;
}) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const expect = {
    expectKind: props.expectKind,
    ...(props.campaignId ? { campaignId: props.campaignId } : {}),
  };

  const fail = (error: unknown) =>
    setPhase({ step: 'error', message: error instanceof ApiCallError ? error.message : String(error) });

  const inspect = async (file: File) => {
    try {
      setPhase({ step: 'busy', label: t('exchange.checking') });
      const batchId = await uploadBatch(
        [{ file, relativePath: file.name }],
        () => undefined,
        new AbortController().signal,
      );
      const outcome = await runTask<BundleImportOutcome>(
        await callOrThrow('bundles.inspect', { batchId, ...expect }),
      );
      setPhase({ step: 'preview', batchId, outcome });
    } catch (error) {
      fail(error);
    }
  };

  const confirm = async (batchId: string) => {
    try {
      setPhase({ step: 'busy', label: t('exchange.importing') });
      const outcome = await runTask<BundleImportOutcome>(
        await callOrThrow('bundles.import', { batchId, ...expect }),
      );
      setPhase({ step: 'done', outcome });
      props.onImported?.(outcome);
    } catch (error) {
      fail(error);
    }
  };

  const details = (o: BundleImportOutcome) => (
    <Descriptions size="small" column={1} bordered data-testid="bundle-preview">
      <Descriptions.Item label={t('exchange.kind')}>
        {o.kind === 'campaign' ? t('exchange.kindCampaign') : t('exchange.kindResults')}
      </Descriptions.Item>
      <Descriptions.Item label={t('exchange.campaign')}>{o.campaignName}</Descriptions.Item>
      <Descriptions.Item label={t('exchange.reviewer')}>
        {o.reviewer.name}（{o.reviewer.unit}）
      </Descriptions.Item>
      <Descriptions.Item label={t('exchange.created')}>{o.created}</Descriptions.Item>
    </Descriptions>
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        aria-label={t('exchange.chooseFile')}
        data-testid="bundle-file"
        style={{ display: 'none' }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void inspect(file);
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={phase.step === 'busy'}>
        {t('exchange.chooseFile')}
      </Button>
      {phase.step === 'busy' && (
        <Spin tip={phase.label}>
          <div style={{ height: 32 }} />
        </Spin>
      )}
      {phase.step === 'error' && <Alert type="error" showIcon role="alert" message={phase.message} />}
      {phase.step === 'preview' && (
        <>
          {details(phase.outcome)}
          <Alert
            type={phase.outcome.added > 0 ? 'info' : 'success'}
            showIcon
            message={phase.outcome.added > 0 ? t('exchange.preview') : t('exchange.nothingNew')}
            description={phase.outcome.message}
            data-testid="bundle-preview-message"
          />
          <Space>
            <Button type="primary" autoFocus onClick={() => void confirm(phase.batchId)}>
              {t('exchange.confirm')}
            </Button>
            <Button onClick={() => setPhase({ step: 'idle' })}>{t('exchange.cancel')}</Button>
          </Space>
        </>
      )}
      {phase.step === 'done' && (
        <Alert
          type="success"
          showIcon
          message={phase.outcome.added > 0 ? t('exchange.done') : t('exchange.nothingNew')}
          description={phase.outcome.message}
          data-testid="bundle-import-result"
        />
      )}
    </Space>
  );
}
