import { Alert, App, Button, Input, Space, Spin, Tag, Tree, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Standard } from '../../../../preload/contract/model/standard/standard';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { base64ToBytes, download } from './file-transfer';
import { ItemEditor } from './item-editor';
import { ProblemList } from './problem-list';
import {
  addItem,
  addSection,
  itemAt,
  moveNode,
  nodeKey,
  parseNodeKey,
  patchItem,
  patchSection,
  removeNode,
  sectionAt,
  type NodeRef,
} from './standard-tree-edits';

interface TreeNode {
  key: string;
  title: string;
  children?: TreeNode[];
}

function toTree(standard: Standard, t: (key: string) => string): TreeNode[] {
  const visit = (sections: Standard['sections'], path: number[]): TreeNode[] =>
    sections.map((s, i) => {
      const here = [...path, i];
      return {
        key: nodeKey({ sections: here }),
        title: `${s.code} ${s.title}`,
        children: [
          ...s.items.map((it, j) => ({
            key: nodeKey({ sections: here, item: j }),
            title: `${it.code} ${it.title}（${it.points}${it.veto ? ` · ${t('review.status_veto')}` : ''}）`,
          })),
          ...visit(s.sections, here),
        ],
      };
    });
  return visit(standard.sections, []);
}

/** One version: its tree, and for an unlocked version the tree editor with validation and save. */
export function StandardDetail({
  id,
  onBack,
  onOpen,
}: {
  id: string;
  onBack: () => void;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const detail = useApi('standards.get', { id });
  const [draft, setDraft] = useState<Standard>();
  const [selected, setSelected] = useState<NodeRef>({ sections: [0] });
  const [problems, setProblems] = useState<unknown>();
  const [newVersion, setNewVersion] = useState('');
  useEffect(() => setDraft(detail.data?.standard), [detail.data]);
  const tree = useMemo(() => (draft ? toTree(draft, t) : []), [draft, t]);

  if (detail.error) return <Alert type="error" showIcon message={detail.error.message} />;
  if (!detail.data || !draft) return <Spin />;
  const { summary } = detail.data;
  const locked = summary.locked;
  const item = itemAt(draft, selected);
  const section = selected.item === undefined ? sectionAt(draft, selected.sections) : undefined;
  const dirty = draft !== detail.data.standard;

  const act = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiCallError) {
        setProblems((error.error.details as { errors?: unknown } | undefined)?.errors);
        message.error(error.message);
      } else message.error(String(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Button onClick={onBack}>← {t('standards.back')}</Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="standard-title">
            {summary.name}
          </Typography.Title>
          <Tag>
            {summary.code}@{summary.version}
          </Tag>
          {summary.builtin ? <Tag color="blue">{t('standards.builtin')}</Tag> : null}
          {locked ? <Tag>{t('standards.locked')}</Tag> : <Tag color="green">{t('standards.editable')}</Tag>}
        </Space>
        <Space wrap>
          <Input
            style={{ width: 160 }}
            placeholder={t('standards.newVersion')}
            aria-label={t('standards.newVersion')}
            value={newVersion}
            onChange={(e) => setNewVersion(e.target.value)}
          />
          <Button
            disabled={!newVersion.trim()}
            onClick={() =>
              act(async () => {
                const copy = await callOrThrow('standards.clone', { id, version: newVersion.trim() });
                setNewVersion('');
                onOpen(copy.id);
              })
            }
          >
            {t('standards.clone')}
          </Button>
          <Button
            onClick={() =>
              act(
                async () =>
                  void (await callOrThrow('standards.exportJson', { id }).then((r) =>
                    download(r.fileName, r.text, 'application/json'),
                  )),
              )
            }
          >
            {t('standards.exportJson')}
          </Button>
          <Button
            onClick={() =>
              act(async () => {
                const r = await callOrThrow('standards.exportXlsx', { id });
                download(
                  r.fileName,
                  base64ToBytes(r.base64),
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                );
                if (r.warnings.length > 0)
                  modal.info({ title: t('standards.exportXlsx'), content: r.warnings.join('\n') });
              })
            }
          >
            {t('standards.exportXlsx')}
          </Button>
        </Space>
      </Space>
      <Typography.Text type="secondary">
        {draft.issuer} · {draft.sourceNote} · {draft.verifyNote}
      </Typography.Text>
      {locked ? <Alert type="info" showIcon message={t('standards.lockedHint')} /> : null}
      {!locked ? (
        <Space wrap>
          <Button
            onClick={() =>
              setDraft(
                addSection(
                  draft,
                  selected.item === undefined
                    ? selected.sections.slice(0, -1)
                    : selected.sections.slice(0, -1),
                ),
              )
            }
          >
            {t('standards.addSection')}
          </Button>
          <Button disabled={!section && !item} onClick={() => setDraft(addItem(draft, selected.sections))}>
            {t('standards.addItem')}
          </Button>
          <Button onClick={() => setDraft(moveNode(draft, selected, -1))}>↑</Button>
          <Button onClick={() => setDraft(moveNode(draft, selected, 1))}>↓</Button>
          <Button danger onClick={() => setDraft(removeNode(draft, selected))}>
            {t('standards.remove')}
          </Button>
          <Button
            onClick={() =>
              act(async () => {
                const r = await callOrThrow('standards.validate', {
                  standard: draft as unknown as Record<string, unknown>,
                });
                setProblems(r.ok ? undefined : r.errors);
                if (r.ok) message.success(t('standards.valid', { count: r.itemCount }));
                else message.error(t('standards.invalid', { count: r.errors.length }));
              })
            }
          >
            {t('standards.validate')}
          </Button>
          <Button
            type="primary"
            disabled={!dirty}
            onClick={() =>
              act(async () => {
                await callOrThrow('standards.saveVersion', {
                  standard: draft as unknown as Record<string, unknown>,
                });
                setProblems(undefined);
                message.success(t('standards.saved'));
                detail.reload();
              })
            }
          >
            {t('standards.save')}
          </Button>
        </Space>
      ) : null}
      {problems ? <ProblemList errors={problems} /> : null}
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div
          style={{
            flex: '1 1 50%',
            maxHeight: 'calc(100vh - 280px)',
            overflow: 'auto',
            border: '1px solid #f0f0f0',
            padding: 8,
          }}
        >
          <Tree
            data-testid="standard-tree"
            treeData={tree}
            defaultExpandAll
            selectedKeys={[nodeKey(selected)]}
            onSelect={(keys) => keys[0] !== undefined && setSelected(parseNodeKey(String(keys[0])))}
          />
        </div>
        <div style={{ flex: '1 1 50%' }}>
          {item ? (
            <ItemEditor
              item={item}
              disabled={locked}
              onPatch={(p) => setDraft(patchItem(draft, selected, p))}
            />
          ) : null}
          {section ? (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input
                disabled={locked}
                value={section.code}
                aria-label={t('standards.code')}
                onChange={(e) => setDraft(patchSection(draft, selected.sections, { code: e.target.value }))}
              />
              <Input
                disabled={locked}
                value={section.title}
                aria-label={t('standards.sectionTitle')}
                onChange={(e) => setDraft(patchSection(draft, selected.sections, { title: e.target.value }))}
              />
            </Space>
          ) : null}
        </div>
      </div>
    </Space>
  );
}
