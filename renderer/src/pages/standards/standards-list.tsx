import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StandardVersionSummary } from '../../../../preload/contract/methods/standards';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { fileToBase64 } from './file-transfer';
import { ProblemList } from './problem-list';

export function StandardsList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const list = useApi('standards.list', {});
  const jsonInput = useRef<HTMLInputElement>(null);
  const xlsxInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File, kind: 'json' | 'xlsx') => {
    try {
      const outcome =
        kind === 'json'
          ? await callOrThrow('standards.importJson', { text: await file.text() })
          : await callOrThrow('standards.importXlsx', { base64: await fileToBase64(file) });
      message.success(
        t('standards.imported', {
          name: `${outcome.summary.name}（${outcome.summary.code}@${outcome.summary.version}）`,
        }),
      );
      list.reload();
    } catch (error) {
      if (error instanceof ApiCallError) {
        const errors = (error.error.details as { errors?: unknown } | undefined)?.errors;
        modal.error({ title: error.message, width: 720, content: <ProblemList errors={errors} /> });
      } else message.error(String(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('standards.title')}
        </Typography.Title>
        <Space>
          <Button onClick={() => jsonInput.current?.click()}>{t('standards.importJson')}</Button>
          <Button onClick={() => xlsxInput.current?.click()}>{t('standards.importXlsx')}</Button>
        </Space>
      </Space>
      {(['json', 'xlsx'] as const).map((kind) => (
        <input
          key={kind}
          ref={kind === 'json' ? jsonInput : xlsxInput}
          type="file"
          hidden
          data-testid={`import-${kind}`}
          accept={kind === 'json' ? '.json,application/json' : '.xlsx'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file, kind);
          }}
        />
      ))}
      <Typography.Text type="secondary">{t('standards.verifyNote')}</Typography.Text>
      <Table<StandardVersionSummary>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="standards-table"
        onRow={(r) => ({ onDoubleClick: () => onOpen(r.id) })}
        columns={[
          {
            title: t('standards.name'),
            dataIndex: 'name',
            render: (name: string, r) => <a onClick={() => onOpen(r.id)}>{name}</a>,
          },
          { title: t('standards.code'), dataIndex: 'code' },
          { title: t('standards.version'), dataIndex: 'version' },
          {
            title: t('standards.actTypes'),
            dataIndex: 'actTypes',
            render: (a: string[]) => (a.length > 3 ? `${a.slice(0, 3).join('、')}…` : a.join('、')),
          },
          {
            title: t('standards.formula'),
            dataIndex: 'formulaKind',
            render: (k: string) => t(`standards.formulas.${k}`),
          },
          { title: t('standards.items'), dataIndex: 'itemCount' },
          {
            title: '',
            key: 'flags',
            render: (_: unknown, r) => (
              <Space size={2}>
                {r.builtin ? <Tag color="blue">{t('standards.builtin')}</Tag> : null}
                {r.locked ? (
                  <Tag>{t('standards.locked')}</Tag>
                ) : (
                  <Tag color="green">{t('standards.editable')}</Tag>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
