import { Alert, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../preload/contract/methods/cases';
import { useApi } from '../../hooks/use-api';
import { ReviewWorkspace } from './review-workspace';
import { ReviewerForm } from './reviewer-form';
import { StandardChooser } from './standard-chooser';

/**
 * The 评查打分 tab of a case: make sure a reviewer is set, open this
 * reviewer's latest review of the case (or choose a standard to start one),
 * then the checklist beside the dossier.
 */
export function ReviewTab({ record }: { record: CaseRecord }) {
  const { t } = useTranslation();
  const reviewer = useApi('reviewer.get', {});
  const reviews = useApi('reviews.listForCase', { caseId: record.id });
  const [openId, setOpenId] = useState<string>();

  if ((reviewer.loading && !reviewer.data) || (reviews.loading && !reviews.data))
    return <Spin tip={t('review.loading')} />;
  const error = reviewer.error ?? reviews.error;
  if (error) return <Alert type="error" showIcon message={error.message} />;

  const identity = reviewer.data?.identity;
  if (!identity) {
    return (
      <div style={{ padding: 16 }}>
        <Alert type="info" showIcon message={t('review.noReviewer')} style={{ marginBottom: 16 }} />
        <ReviewerForm initial={null} onSaved={reviewer.reload} />
      </div>
    );
  }

  const mine = (reviews.data ?? [])
    .filter((r) => r.reviewer.name === identity.name && r.reviewer.unit === identity.unit)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const reviewId = openId ?? mine[0]?.id;
  if (reviewId)
    return (
      <ReviewWorkspace key={reviewId} reviewId={reviewId} caseId={record.id} onSwitch={() => setOpenId('')} />
    );

  return (
    <div style={{ padding: 16, maxWidth: 900 }}>
      <Typography.Paragraph type="secondary">{t('review.startHint')}</Typography.Paragraph>
      <StandardChooser
        record={record}
        existing={reviews.data ?? []}
        onOpen={(id) => {
          setOpenId(id);
          reviews.reload();
        }}
      />
    </div>
  );
}
