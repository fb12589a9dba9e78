import { App, Button, Checkbox, Empty, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callOrThrow } from '../api/call-or-throw';
import { focusAnnotation, notifyAnnotationsChanged } from './annotation-events';
import { citationLabel } from './citation-label';
import { useCaseAnnotations } from './use-case-annotations';

/**
 * Evidence of one review item: its linked annotations (click to jump), "添加证据"
 * to link existing ones, and pre-check evidence turned into annotations in one step.
 */
export function ItemEvidence(p: { caseId: string; itemCode: string; ruleIds: string[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const all = useCaseAnnotations({ caseId: p.caseId });
  const annotations = all.data ?? [];
  const linked = annotations.filter((a) => a.itemCodes.includes(p.itemCode));
  const [picking, setPicking] = useState<Set<string> | null>(null);
  const pageWord = (n: number) => t('annotations.page', { page: n });

  const savePicks = async () => {
    if (!picking) return;
    const was = new Set(linked.map((a) => a.id));
    const add = [...picking].filter((id) => !was.has(id));
    const remove = [...was].filter((id) => !picking.has(id));
    try {
      if (add.length)
        await callOrThrow('annotations.linkItem', { ids: add, itemCode: p.itemCode, linked: true });
      if (remove.length)
        await callOrThrow('annotations.linkItem', { ids: remove, itemCode: p.itemCode, linked: false });
      notifyAnnotationsChanged(p.caseId);
      setPicking(null);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const fromCheck = async (ruleId: string) => {
    try {
      const made = await callOrThrow('annotations.fromCheck', {
        caseId: p.caseId,
        ruleId,
        itemCode: p.itemCode,
      });
      notifyAnnotationsChanged(p.caseId);
      void message.success(t('annotations.fromCheckDone', { count: made.length }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <div style={{ marginTop: 6 }} data-testid="item-evidence">
      <Space size={4} wrap>
        <Typography.Text type="secondary">{t('annotations.evidence')}：</Typography.Text>
        {linked.length === 0 ? (
          <Typography.Text type="secondary">{t('annotations.noEvidence')}</Typography.Text>
        ) : null}
        {linked.map((a) => (
          <Tag
            key={a.id}
            color={a.orphaned ? 'default' : 'blue'}
            style={{ cursor: 'pointer' }}
            role="button"
            tabIndex={0}
            data-testid="evidence-tag"
            onClick={() => focusAnnotation(a)}
            onKeyDown={(e) => e.key === 'Enter' && focusAnnotation(a)}
          >
            {citationLabel(a, pageWord)}
            {a.orphaned ? `（${t('annotations.orphaned')}）` : ''}
          </Tag>
        ))}
        {p.readOnly ? null : (
          <Button
            size="small"
            onClick={() => setPicking(new Set(linked.map((a) => a.id)))}
            data-testid="add-evidence"
          >
            {t('annotations.addEvidence')}
          </Button>
        )}
        {p.readOnly
          ? null
          : p.ruleIds.map((ruleId) => (
              <Button key={ruleId} size="small" type="dashed" onClick={() => void fromCheck(ruleId)}>
                {t('annotations.fromCheck', { ruleId })}
              </Button>
            ))}
      </Space>
      <Modal
        open={picking !== null}
        title={t('annotations.addEvidenceTitle', { code: p.itemCode })}
        okText={t('annotations.save')}
        cancelText={t('annotations.cancel')}
        onOk={() => void savePicks()}
        onCancel={() => setPicking(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('annotations.addEvidenceHint')}</Typography.Paragraph>
        {annotations.length === 0 ? <Empty description={t('annotations.none')} /> : null}
        <Space direction="vertical" data-testid="evidence-picker">
          {annotations.map((a) => (
            <Checkbox
              key={a.id}
              checked={picking?.has(a.id) ?? false}
              onChange={(e) =>
                setPicking((s) => {
                  const next = new Set(s);
                  if (e.target.checked) next.add(a.id);
                  else next.delete(a.id);
                  return next;
                })
              }
            >
              <Tag>{a.category}</Tag>
              {citationLabel(a, pageWord)}
              {a.body && a.quote ? <Typography.Text type="secondary"> — {a.body}</Typography.Text> : null}
            </Checkbox>
          ))}
        </Space>
      </Modal>
    </div>
  );
}
