import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationCategory } from '../../../preload/contract/methods/annotations';
import { callOrThrow } from '../api/call-or-throw';
import { AnnotationEditDialog } from './annotation-edit-dialog';
import { notifyAnnotationsChanged } from './annotation-events';

/** The annotations table: click a row to jump; delete offers "撤销" (restore). */
export function AnnotationList(p: {
  caseId: string;
  annotations: Annotation[];
  categories: AnnotationCategory[];
  loading: boolean;
  onJump(a: Annotation): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const color = (label: string) => p.categories.find((c) => c.label === label)?.color;
  const [editing, setEditing] = useState<Annotation | null>(null);

  const remove = async (a: Annotation) => {
    try {
      await callOrThrow('annotations.remove', { id: a.id });
      notifyAnnotationsChanged(p.caseId);
      const key = `annotation-removed-${a.id}`;
      void message.info({
        key,
        duration: 8,
        content: (
          <Space>
            {t('annotations.removed')}
            <Button
              size="small"
              type="link"
              data-testid="annotation-undo"
              onClick={() => {
                message.destroy(key);
                void callOrThrow('annotations.restore', { id: a.id }).then(() =>
                  notifyAnnotationsChanged(p.caseId),
                );
              }}
            >
              {t('annotations.undo')}
            </Button>
          </Space>
        ),
      });
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <>
      <Table<Annotation>
        size="small"
        rowKey="id"
        loading={p.loading}
        dataSource={p.annotations}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        data-testid="annotation-table"
        onRow={(a) => ({
          onClick: () => p.onJump(a),
          onKeyDown: (e) => e.key === 'Enter' && p.onJump(a),
          tabIndex: 0,
          style: { cursor: 'pointer' },
        })}
        columns={[
          {
            title: t('annotations.document'),
            key: 'doc',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>{a.documentTitle}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {a.pageIndex !== null ? t('annotations.page', { page: a.pageIndex + 1 }) : ''}
                  {a.orphaned ? <Tag color="orange">{t('annotations.orphaned')}</Tag> : null}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('annotations.content'),
            key: 'content',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                {a.quote ? (
                  <Typography.Text type="secondary">“{a.quote.slice(0, 80)}”</Typography.Text>
                ) : null}
                <Typography.Text>{a.body}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('annotations.category'),
            key: 'category',
            render: (_, a) => <Tag color={color(a.category)}>{a.category}</Tag>,
          },
          { title: t('annotations.items'), key: 'items', render: (_, a) => a.itemCodes.join('、') },
          { title: t('annotations.author'), key: 'author', render: (_, a) => a.author.name },
          {
            title: '',
            key: 'actions',
            render: (_, a) => (
              <Space size={0}>
                <Button
                  size="small"
                  type="link"
                  onClick={(e) => {
                    e.stopPropagation();
                    setEditing(a);
                  }}
                >
                  {t('annotations.edit')}
                </Button>
                <Button
                  size="small"
                  danger
                  type="link"
                  aria-label={t('annotations.remove')}
                  onClick={(e) => {
                    e.stopPropagation();
                    void remove(a);
                  }}
                >
                  {t('annotations.remove')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <AnnotationEditDialog annotation={editing} categories={p.categories} onClose={() => setEditing(null)} />
    </>
  );
}
