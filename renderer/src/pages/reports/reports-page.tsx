import { Alert, Button, Col, Form, Input, Modal, Row, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedReport, ReportScope } from '../../../../preload/contract/methods/reports';
import { ACT_TYPES } from '../../../../preload/contract/vocabulary';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { BatchExport } from './batch-export';
import { EchartsBar } from './echarts-bar';
import { ReportPreview } from './report-preview';
import { saveReport } from './save-report';
import { SummaryTables } from './summary-tables';

type Filter = NonNullable<ReportScope['filter']>;

/** 评查结果汇总: filters, charts, tables, PDF/Excel export and batch 评查意见书 export. */
export function ReportsPage() {
  const { t } = useTranslation();
  const facets = useApi('cases.facets', {});
  const [form] = Form.useForm<Filter & { title?: string }>();
  const [applied, setApplied] = useState<{ filter: Filter; title?: string }>({ filter: {} });
  const text = applied.title ? { title: applied.title } : {};
  const summary = useApi('reports.summaryData', { scope: { filter: applied.filter }, text });
  const [preview, setPreview] = useState<GeneratedReport>();
  const [busy, setBusy] = useState<'pdf' | 'xlsx'>();
  const [error, setError] = useState<string>();
  const data = summary.data;

  const apply = () => {
    const { title, ...filter } = form.getFieldsValue();
    const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Filter;
    setApplied({ filter: clean, ...(title ? { title } : {}) });
  };

  const exportAs = async (format: 'pdf' | 'xlsx') => {
    setBusy(format);
    setError(undefined);
    try {
      const file = await callOrThrow('reports.summary', { scope: { filter: applied.filter }, format, text });
      if (format === 'pdf') setPreview(file);
      else saveReport(file);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  };

  const gradeValues = useMemo(
    () => (data ? data.gradeLabels.map((g) => data.overall.grades[g] ?? 0) : []),
    [data],
  );
  const agencyLabels = useMemo(() => data?.agencies.map((a) => a.agency) ?? [], [data]);
  const agencyValues = useMemo(() => data?.agencies.map((a) => a.average) ?? [], [data]);

  return (
    <div style={{ padding: 16 }} data-testid="reports-page">
      <Typography.Title level={4}>{t('reports.pageTitle')}</Typography.Title>
      <Form form={form} layout="inline" onFinish={apply} style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item name="agency" label={t('reports.agency')}>
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder={t('reports.allAgencies')}
            options={(facets.data?.agencies ?? []).map((a) => ({ value: a, label: a }))}
          />
        </Form.Item>
        <Form.Item name="actType" label={t('reports.actType')}>
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('reports.allActTypes')}
            options={ACT_TYPES.map((a) => ({ value: a, label: a }))}
          />
        </Form.Item>
        <Form.Item name="text" label={t('reports.text')}>
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="title" label={t('reports.title')}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="apply-summary">
          {t('reports.apply')}
        </Button>
      </Form>
      {summary.loading && !data ? <Spin /> : null}
      {summary.error ? (
        <Alert
          type={summary.error.code === 'E_NOT_FOUND' ? 'info' : 'error'}
          showIcon
          message={summary.error.message}
        />
      ) : null}
      {data ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Button
              onClick={() => void exportAs('pdf')}
              loading={busy === 'pdf'}
              data-testid="export-summary-pdf"
            >
              {t('reports.exportPdf')}
            </Button>
            <Button
              onClick={() => void exportAs('xlsx')}
              loading={busy === 'xlsx'}
              data-testid="export-summary-xlsx"
            >
              {t('reports.exportXlsx')}
            </Button>
          </Space>
          <BatchExport caseIds={data.rows.map((r) => r.caseId)} />
          {error ? <Alert type="error" showIcon message={error} /> : null}
          {data.rows.length === 0 ? <Alert type="info" showIcon message={t('reports.empty')} /> : null}
          {data.skipped.length ? (
            <Alert
              type="warning"
              showIcon
              style={{ margin: '8px 0' }}
              message={t('reports.skipped', {
                count: data.skipped.length,
                names: data.skipped
                  .slice(0, 10)
                  .map((s) => s.name)
                  .join('、'),
              })}
            />
          ) : null}
          <Row gutter={16} style={{ marginTop: 12 }}>
            <Col span={12}>
              <EchartsBar
                title={t('reports.gradeChart')}
                labels={data.gradeLabels}
                values={gradeValues}
                testId="grade-chart"
              />
            </Col>
            <Col span={12}>
              <EchartsBar
                title={t('reports.agencyChart')}
                labels={agencyLabels}
                values={agencyValues}
                max={100}
                testId="agency-chart"
              />
            </Col>
          </Row>
          <SummaryTables data={data} />
        </>
      ) : null}
      <Modal
        open={!!preview}
        width={1100}
        title={preview?.fileName}
        onCancel={() => setPreview(undefined)}
        footer={
          <Space>
            <Button onClick={() => setPreview(undefined)}>{t('reports.close')}</Button>
            <Button
              type="primary"
              onClick={() => preview && saveReport(preview)}
              data-testid="save-summary-pdf"
            >
              {t('reports.save', { name: preview?.fileName ?? '' })}
            </Button>
          </Space>
        }
        destroyOnHidden
      >
        {preview ? <ReportPreview report={preview} /> : null}
      </Modal>
    </div>
  );
}
