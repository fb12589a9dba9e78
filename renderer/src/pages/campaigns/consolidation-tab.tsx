import { Col, List, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../preload/contract/methods/campaigns';
import { useApi } from '../../hooks/use-api';
import { ComparisonView } from './comparison-view';
import { StatusTag } from './status-tag';

/** The leader's 合议 desk: dossiers with their review progress, and the comparison of the chosen one. */
export function ConsolidationTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const dashboard = useApi('campaigns.dashboard', { campaignId: campaign.id });
  const [caseId, setCaseId] = useState<string>();
  const resultLabel = {
    none: t('campaigns.result.none'),
    draft: t('campaigns.result.draft'),
    locked: t('campaigns.result.locked'),
  };
  return (
    <Row gutter={16}>
      <Col span={7}>
        <List
          size="small"
          bordered
          loading={dashboard.loading}
          dataSource={dashboard.data?.byCase ?? []}
          renderItem={(c) => (
            <List.Item
              onClick={() => setCaseId(c.caseId)}
              style={{ cursor: 'pointer', background: c.caseId === caseId ? '#e6f4ff' : undefined }}
            >
              <Space direction="vertical" size={2}>
                <a
                  href={`#/campaigns/${campaign.id}?tab=consolidation`}
                  onClick={(e) => {
                    e.preventDefault();
                    setCaseId(c.caseId);
                  }}
                >
                  {c.caseNumber} {c.caseName}
                </a>
                <Space size={2} wrap>
                  {c.reviews.map((r) => (
                    <StatusTag key={r.memberName} status={r.status} prefix={r.memberName} />
                  ))}
                  <Tag color={c.result === 'locked' ? 'green' : undefined}>{resultLabel[c.result]}</Tag>
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </Col>
      <Col span={17}>
        {caseId ? (
          <ComparisonView
            key={caseId}
            campaignId={campaign.id}
            caseId={caseId}
            onChanged={dashboard.reload}
          />
        ) : (
          <Typography.Paragraph type="secondary">{t('campaigns.consolidation.pick')}</Typography.Paragraph>
        )}
      </Col>
    </Row>
  );
}
