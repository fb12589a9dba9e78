import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SummaryData } from '../../../../preload/contract/methods/reports';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const flag = (v: string) => (v === '符合' ? '√' : v === '不符合' ? '×' : '—');

/** The summary's per-dossier, per-agency and top-problem tables (same numbers as the exports). */
export function SummaryTables({ data }: { data: SummaryData }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{t('reports.rowsTitle')}</Typography.Title>
      <Table
        size="small"
        rowKey="caseId"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={data.rows}
        data-testid="summary-rows"
        columns={[
          { title: t('reports.no'), dataIndex: 'no', width: 60 },
          { title: t('reports.agency'), dataIndex: 'agency' },
          { title: t('reports.caseName'), dataIndex: 'name' },
          { title: t('reports.caseNumber'), dataIndex: 'caseNumber' },
          { title: t('reports.reviewers'), dataIndex: 'reviewers' },
          { title: t('reports.score'), dataIndex: 'total', align: 'right' },
          { title: t('reports.grade'), dataIndex: 'grade' },
          { title: t('reports.vetoes'), render: (_, r) => r.vetoes.join('；') || '—' },
          { title: t('reports.problems'), render: (_, r) => r.keyProblems.join('；') || '—' },
          {
            title: t('reports.threeSystems'),
            render: (_, r) =>
              `公示${flag(r.flags['公示'])} 记录${flag(r.flags['全过程记录'])} 审核${flag(r.flags['法制审核'])}`,
          },
        ]}
      />
      <Typography.Title level={5}>{t('reports.agenciesTitle')}</Typography.Title>
      <Table
        size="small"
        rowKey="agency"
        pagination={false}
        dataSource={[...data.agencies, data.overall]}
        data-testid="summary-agencies"
        columns={[
          { title: t('reports.agency'), dataIndex: 'agency' },
          { title: t('reports.files'), dataIndex: 'files', align: 'right' },
          { title: t('reports.average'), dataIndex: 'average', align: 'right' },
          ...data.gradeLabels.map((g) => ({
            title: g,
            key: g,
            align: 'right' as const,
            render: (_: unknown, a: SummaryData['overall']) => a.grades[g] ?? 0,
          })),
          { title: t('reports.passRate'), align: 'right', render: (_, a) => pct(a.passRate) },
          {
            title: t('reports.publication'),
            align: 'right',
            render: (_, a) => pct(a.publicationOnTime.rate),
          },
          { title: t('reports.av'), align: 'right', render: (_, a) => pct(a.avPresent.rate) },
          { title: t('reports.legalReview'), align: 'right', render: (_, a) => pct(a.legalReviewDone.rate) },
        ]}
      />
      <Typography.Title level={5}>{t('reports.topTitle')}</Typography.Title>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={[...data.topItems, ...data.topRules]}
        columns={[
          { title: t('reports.problems'), dataIndex: 'label' },
          { title: t('reports.count'), dataIndex: 'count', align: 'right', width: 100 },
        ]}
      />
    </>
  );
}
