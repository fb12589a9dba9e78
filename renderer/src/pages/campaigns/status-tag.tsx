import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentReviewStatus } from '../../../../preload/contract/methods/campaigns';

const COLOR: Record<AssignmentReviewStatus, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'success',
};

/** A review's progress only (blind scoring: never its score). */
export function StatusTag({ status, prefix }: { status: AssignmentReviewStatus; prefix?: string }) {
  const { t } = useTranslation();
  const label = {
    not_started: t('campaigns.status.not_started'),
    draft: t('campaigns.status.draft'),
    submitted: t('campaigns.status.submitted'),
  }[status];
  return <Tag color={COLOR[status]}>{prefix ? `${prefix}：${label}` : label}</Tag>;
}
