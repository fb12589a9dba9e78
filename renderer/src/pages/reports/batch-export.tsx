import { Alert, Button, Progress, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskState } from '../../../../preload/contract';
import type { OpinionBatchResult } from '../../../../preload/contract/methods/reports';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { saveReport } from './save-report';

const POLL_MS = 300;

/** Batch export of 评查意见书 as a task: progress, cancel, then the ZIP to download. */
export function BatchExport({ caseIds }: { caseIds: string[] }) {
  const { t } = useTranslation();
  const [task, setTask] = useState<TaskState>();
  const [error, setError] = useState<string>();
  const cancelled = useRef(false);

  const start = async () => {
    setError(undefined);
    cancelled.current = false;
    try {
      let state = await callOrThrow('reports.exportOpinions', { caseIds });
      setTask(state);
      while (state.status === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        state = await callOrThrow('tasks.get', { id: state.id });
        setTask(state);
      }
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    }
  };

  const result = task?.result as OpinionBatchResult | undefined;
  const running = task?.status === 'running';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Button
          onClick={() => void start()}
          disabled={running || caseIds.length === 0}
          data-testid="batch-export"
        >
          {t('reports.batchExport')}
        </Button>
        {running ? (
          <Button
            danger
            onClick={() => void callOrThrow('tasks.cancel', { id: task.id })}
            data-testid="batch-cancel"
          >
            {t('reports.cancel')}
          </Button>
        ) : null}
        {result?.zipName ? (
          <Button
            onClick={() =>
              void callOrThrow('reports.readOutput', { outputId: result.outputId }).then((zip) =>
                saveReport({ ...zip, fileName: result.zipName }),
              )
            }
            data-testid="batch-download"
          >
            {t('reports.downloadZip')}
          </Button>
        ) : null}
      </Space>
      {running ? (
        <div>
          <Progress percent={task.total ? Math.round((task.done / task.total) * 100) : 0} />
          {t('reports.batchRunning', { done: task.done, total: task.total, current: task.current })}
        </div>
      ) : null}
      {task?.status === 'cancelled' ? (
        <Alert type="warning" showIcon message={t('reports.cancelled')} />
      ) : null}
      {task?.status === 'done' && result ? (
        <Alert
          type={result.failed.length ? 'warning' : 'success'}
          showIcon
          data-testid="batch-result"
          message={t('reports.batchDone', {
            files: result.files.length,
            failed: result.failed.length,
            folder: result.folder,
          })}
          description={result.failed.map((f) => `${f.name}：${f.message}`).join('\n') || undefined}
        />
      ) : null}
      {error ? <Alert type="error" showIcon message={error} /> : null}
    </Space>
  );
}
