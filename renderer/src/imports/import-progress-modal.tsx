import { Alert, Button, List, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../preload/contract/methods/imports';
import type { ImportRun } from './use-import';

/** Per-file and overall progress, cancel, then the summary: imported, duplicates, failures with reasons. */
export function ImportProgressModal({
  run,
  onCancel,
  onClose,
}: {
  run: ImportRun | null;
  onCancel(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  if (!run) return null;
  const task = run.task;
  const finished = run.phase === 'finished';
  const summary = task?.result as ImportSummary | undefined;
  const percent =
    run.phase === 'uploading'
      ? Math.round((run.uploaded / Math.max(run.totalFiles, 1)) * 100)
      : Math.round(((task?.done ?? 0) / Math.max(task?.total ?? 1, 1)) * 100);

  return (
    <Modal
      open
      title={t('imports.title')}
      closable={finished}
      maskClosable={false}
      onCancel={finished ? onClose : undefined}
      footer={
        finished ? (
          <Button type="primary" onClick={onClose}>
            {t('imports.close')}
          </Button>
        ) : (
          <Button danger onClick={onCancel}>
            {t('imports.cancel')}
          </Button>
        )
      }
      width={720}
    >
      <Typography.Paragraph>
        {run.phase === 'uploading'
          ? t('imports.uploading', { done: run.uploaded, total: run.totalFiles })
          : null}
        {run.phase === 'importing'
          ? t('imports.importing', { done: task?.done ?? 0, total: task?.total ?? 0 })
          : null}
        {run.phase === 'importing' && task?.current ? (
          <Typography.Text type="secondary"> · {task.current}</Typography.Text>
        ) : null}
      </Typography.Paragraph>
      <Progress
        percent={finished ? 100 : percent}
        status={run.error || task?.status === 'failed' ? 'exception' : finished ? 'success' : 'active'}
      />
      {run.error ? <Alert type="error" showIcon message={run.error} /> : null}
      {task?.error ? <Alert type="error" showIcon message={task.error.message} /> : null}
      {finished && summary ? (
        <Alert
          data-testid="import-summary"
          type={summary.failed > 0 || summary.problems.length > 0 ? 'warning' : 'success'}
          showIcon
          message={t('imports.summary', {
            imported: summary.imported,
            duplicates: summary.duplicates,
            failed: summary.failed,
            cancelled: summary.cancelled,
          })}
          style={{ margin: '12px 0' }}
        />
      ) : null}
      {summary?.problems.length ? (
        <List
          size="small"
          header={t('imports.problems')}
          dataSource={summary.problems}
          renderItem={(p) => <List.Item>{p}</List.Item>}
        />
      ) : null}
      {task && task.log.length > 0 ? (
        <List
          size="small"
          style={{ maxHeight: 260, overflow: 'auto' }}
          dataSource={[...task.log].reverse()}
          renderItem={(entry) => (
            <List.Item>
              <Typography.Text
                type={entry.level === 'error' ? 'danger' : entry.level === 'skip' ? 'warning' : undefined}
              >
                {entry.text}
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
    </Modal>
  );
}
