import { Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewView } from '../../../../preload/contract/methods/reviews';

/** Running total, grade and triggered vetoes, updated after every save. */
export function ScoreBar({
  view,
  saving,
  savedAt,
}: {
  view: ReviewView;
  saving: boolean;
  savedAt: string | undefined;
}) {
  const { t } = useTranslation();
  const { report, review } = view;
  const vetoed = report.vetoes.length > 0;
  return (
    <Space size="large" align="center" wrap data-testid="score-bar">
      <Statistic
        title={t('review.total')}
        value={report.total}
        suffix={`/ ${report.maxTotal}`}
        valueStyle={{ fontSize: 22 }}
      />
      <div>
        <Typography.Text type="secondary">{t('review.grade')}</Typography.Text>
        <div>
          <Tag
            color={report.grade.pass ? 'green' : 'red'}
            style={{ fontSize: 16, padding: '2px 10px' }}
            data-testid="grade"
          >
            {report.grade.label}
          </Tag>
        </div>
      </div>
      {vetoed ? (
        <div data-testid="vetoes">
          <Typography.Text type="danger">{t('review.vetoes')}：</Typography.Text>
          {report.vetoes.map((v) => (
            <Tooltip key={v.itemCode} title={v.title}>
              <Tag color="red">{v.itemCode}</Tag>
            </Tooltip>
          ))}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('review.gradeBeforeVetoes', {
                score: report.totalBeforeVetoes,
                grade: report.gradeBeforeVetoes.label,
              })}
            </Typography.Text>
          </div>
        </div>
      ) : null}
      <div>
        <Tag color={review.status === 'submitted' ? 'blue' : 'default'} data-testid="review-status">
          {t(`review.status.${review.status}`)}
        </Tag>
        <div>
          <Typography.Text
            type={report.complete ? 'success' : 'warning'}
            style={{ fontSize: 12 }}
            data-testid="completeness"
          >
            {report.complete
              ? t('review.complete')
              : t('review.provisional', { count: report.unscoredItemCodes.length })}
          </Typography.Text>
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="save-state">
          {saving
            ? t('review.saving')
            : savedAt
              ? t('review.savedAt', { time: new Date(savedAt).toLocaleTimeString() })
              : ''}
        </Typography.Text>
      </div>
    </Space>
  );
}
