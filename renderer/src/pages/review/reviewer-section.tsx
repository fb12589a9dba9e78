import { Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../hooks/use-api';
import { ReviewerForm } from './reviewer-form';

/** 设置 → 评查人员. */
export function ReviewerSection() {
  const { t } = useTranslation();
  const current = useApi('reviewer.get', {});
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={5}>{t('reviewer.section')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('reviewer.intro')}</Typography.Paragraph>
      {current.loading && !current.data ? (
        <Spin />
      ) : (
        <ReviewerForm initial={current.data?.identity} onSaved={current.reload} />
      )}
    </div>
  );
}
