import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../preload/contract/methods/cases';

export function CaseInfoTab({ record: r }: { record: CaseRecord }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('cases.caseNumber')}>{r.caseNumber}</Descriptions.Item>
        <Descriptions.Item label={t('cases.agency')}>{r.agency}</Descriptions.Item>
        <Descriptions.Item label={t('cases.actType')}>
          {r.actType}
          {r.procedure ? `（${r.procedure}程序）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.partyName')}>
          {r.party.name} {r.party.kind ? `（${r.party.kind}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.partyId')}>{r.party.idNumber}</Descriptions.Item>
        <Descriptions.Item label={t('cases.penaltyAmount')}>
          {r.penalty.types.join('、')} {r.penalty.amount !== null ? `${r.penalty.amount} 元` : ''}
        </Descriptions.Item>
        {(['filed', 'decided', 'served', 'closed'] as const).map((k) => (
          <Descriptions.Item key={k} label={t(`cases.dates.${k}`)}>
            {r.dates[k] ?? '—'}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('cases.sector')}>{r.sector}</Descriptions.Item>
        <Descriptions.Item label={t('cases.officers')} span={2}>
          {r.officers
            .map((o) => `${o.name}${o.certificateNumber ? `（${o.certificateNumber}）` : ''}`)
            .join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.tags')}>
          {r.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      {r.notes ? <Typography.Paragraph style={{ marginTop: 12 }}>{r.notes}</Typography.Paragraph> : null}
    </>
  );
}
