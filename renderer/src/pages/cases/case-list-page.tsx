import { App, Button, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseSummary, CASE_SORT_FIELDS } from '../../../../preload/contract/methods/cases';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { dropModeFor } from '../../imports/drop-mode';
import { droppedFiles } from '../../imports/dropped-files';
import { FilePickers } from '../../imports/file-pickers';
import { ImportProgressModal } from '../../imports/import-progress-modal';
import { useImport } from '../../imports/use-import';
import { SearchPanel } from '../search/search-page';
import { CaseFilters, type CaseFilterValue } from './case-filters';
import { CaseFormDrawer } from './case-form-drawer';

type SortField = (typeof CASE_SORT_FIELDS)[number];
const PAGE_SIZE = 50;

/** The case library: server-side filtering, sorting and paging (fluid with 50,000 cases). */
export function CaseListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<CaseFilterValue>({});
  const [sort, setSort] = useState<{ field: SortField; direction: 'asc' | 'desc' }>({
    field: 'updatedAt',
    direction: 'desc',
  });
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [dragging, setDragging] = useState(false);
  const list = useApi('cases.list', { filter, sort, page, pageSize: PAGE_SIZE });
  const facets = useApi('cases.facets', {});
  const { reload: reloadList } = list;
  const { reload: reloadFacets } = facets;
  const importer = useImport(
    useCallback(() => {
      reloadList();
      reloadFacets();
    }, [reloadList, reloadFacets]),
  );

  const remove = async (row: CaseSummary) => {
    try {
      await callOrThrow('cases.delete', { id: row.id });
      list.reload();
      const key = `deleted-${row.id}`;
      message.open({
        key,
        type: 'success',
        duration: 8,
        content: (
          <span>
            {t('cases.deleted', { name: row.name })}{' '}
            <Button
              size="small"
              type="link"
              onClick={async () => {
                await callOrThrow('cases.restore', { id: row.id });
                message.destroy(key);
                list.reload();
              }}
            >
              {t('common.undo')}
            </Button>
          </span>
        ),
      });
    } catch (error) {
      message.error(error instanceof ApiCallError ? error.message : String(error));
    }
  };

  const sortOrder = (field: SortField) =>
    sort.field === field ? (sort.direction === 'asc' ? 'ascend' : 'descend') : null;

  const listView = (
    <>
      <CaseFilters
        value={filter}
        facets={facets.data}
        onChange={(next) => {
          setFilter(next);
          setPage(1);
        }}
      />
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: t('empty.cases.body') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('cases.total', { total }),
        }}
        onChange={(pagination, _filters, sorter) => {
          const s = sorter as SorterResult<CaseSummary>;
          if (s.order && s.columnKey)
            setSort({ field: s.columnKey as SortField, direction: s.order === 'ascend' ? 'asc' : 'desc' });
          setPage(pagination.current ?? 1);
        }}
        onRow={(row) => ({ onDoubleClick: () => navigate(`/cases/${row.id}`) })}
        columns={[
          {
            key: 'caseNumber',
            title: t('cases.caseNumber'),
            dataIndex: 'caseNumber',
            sorter: true,
            sortOrder: sortOrder('caseNumber'),
            width: 200,
          },
          {
            key: 'name',
            title: t('cases.name'),
            dataIndex: 'name',
            sorter: true,
            sortOrder: sortOrder('name'),
            render: (name: string, row) => <a href={`#/cases/${row.id}`}>{name}</a>,
          },
          {
            key: 'agency',
            title: t('cases.agency'),
            dataIndex: 'agency',
            sorter: true,
            sortOrder: sortOrder('agency'),
          },
          {
            key: 'actType',
            title: t('cases.actType'),
            dataIndex: 'actType',
            sorter: true,
            sortOrder: sortOrder('actType'),
            width: 100,
          },
          {
            key: 'party',
            title: t('cases.partyName'),
            render: (_, row) => `${row.partyName}${row.partyIdNumber ? ` (${row.partyIdNumber})` : ''}`,
          },
          {
            key: 'decidedDate',
            title: t('cases.dates.decided'),
            dataIndex: 'decidedDate',
            sorter: true,
            sortOrder: sortOrder('decidedDate'),
            width: 120,
          },
          {
            key: 'status',
            title: t('cases.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: string) => <Tag>{s}</Tag>,
          },
          { key: 'documentCount', title: t('cases.documents'), dataIndex: 'documentCount', width: 70 },
          {
            key: 'actions',
            width: 80,
            render: (_, row) => (
              <Popconfirm
                title={t('cases.confirmDelete', { name: row.name })}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() => remove(row)}
              >
                <Button type="link" danger size="small">
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </>
  );

  // A dossier folder (or a manifest with its folders) dropped anywhere on the list imports as new dossiers.
  const onDrop = async (event: React.DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (importer.run) return;
    const { files } = await droppedFiles(event.dataTransfer);
    if (files.length === 0) return;
    const mode = dropModeFor(files);
    if (mode === 'folder' || mode === 'manifest') void importer.start(files, mode);
    else void message.info(t(mode === 'loose-files' ? 'cases.dropLooseFiles' : 'cases.dropSeveralFolders'));
  };

  return (
    <div
      style={{ padding: 24, minHeight: '100%', outline: dragging ? '2px dashed #1677ff' : undefined }}
      data-testid="case-list-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => void onDrop(event)}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.cases')}
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('cases.dropHint')}
          </Typography.Text>
          <FilePickers
            modes={['folder', 'manifest']}
            disabled={!!importer.run}
            onPick={(files, mode) => void importer.start(files, mode)}
          />
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('cases.create')}
          </Button>
        </Space>
      </Space>
      <Tabs
        items={[
          { key: 'list', label: t('cases.listTab'), children: listView },
          { key: 'search', label: t('search.tab'), children: <SearchPanel /> },
        ]}
      />
      <ImportProgressModal run={importer.run} onCancel={importer.cancel} onClose={importer.close} />
      <CaseFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(record) => {
          setCreating(false);
          list.reload();
          facets.reload();
          navigate(`/cases/${record.id}`);
        }}
      />
    </div>
  );
}
