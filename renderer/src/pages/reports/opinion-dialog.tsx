import { Alert, Button, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpinionOptionsInput, OpinionReport } from '../../../../preload/contract/methods/reports';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { ReportPreview } from './report-preview';
import { saveReport } from './save-report';

/** The 评查意见书 of one review: fields filled at export time, preview, then save. */
export function OpinionDialog(props: { caseId: string; reviewId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OpinionOptionsInput>();
  const [report, setReport] = useState<OpinionReport>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const generate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const values = form.getFieldsValue();
      const options = Object.fromEntries(
        Object.entries({ ...values, reviewId: props.reviewId }).filter(
          ([, v]) => v !== undefined && v !== '',
        ),
      );
      setReport(await callOrThrow('reports.opinion', { caseId: props.caseId, options }));
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('reports.opinionTitle')}
      width={960}
      onCancel={props.onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('reports.close')}</Button>
          <Button
            type="primary"
            disabled={!report}
            onClick={() => report && saveReport(report)}
            data-testid="save-opinion"
          >
            {t('reports.save', { name: report?.fileName ?? '' })}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item name="documentNumber" label={t('reports.documentNumber')}>
          <Input style={{ width: 180 }} data-testid="opinion-doc-number" />
        </Form.Item>
        <Form.Item name="campaign" label={t('reports.campaign')}>
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="batch" label={t('reports.batch')}>
          <Input style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="rectificationDeadline" label={t('reports.deadline')}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="rectification" label={t('reports.rectification')} style={{ width: '100%' }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="unmaskParty" valuePropName="checked">
          <Checkbox>{t('reports.unmask')}</Checkbox>
        </Form.Item>
        <Button type="primary" onClick={() => void generate()} loading={busy} data-testid="generate-opinion">
          {busy ? t('reports.generating') : t('reports.generate')}
        </Button>
      </Form>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} /> : null}
      {report ? (
        <ReportPreview report={report} />
      ) : (
        <Typography.Paragraph type="secondary">{t('reports.previewHint')}</Typography.Paragraph>
      )}
    </Modal>
  );
}
