import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckFinding, CheckSystem } from '../../../../preload/contract/methods/checks';
import { FindingItem } from './finding-item';

const COLUMNS: CheckSystem[] = ['公示', '全过程记录', '法制审核'];

function counts(findings: CheckFinding[]) {
  const n = (r: CheckFinding['result']) => findings.filter((f) => f.result === r).length;
  return { pass: n('符合'), fail: n('不符合'), unknown: n('无法判定'), na: n('不适用') };
}

/** 公示 / 全过程记录 / 法制审核 side by side, the 程序 rules below. */
export function ThreeSystemPanel({
  findings,
  fileNames,
}: {
  findings: CheckFinding[];
  fileNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const of = (s: CheckSystem) => findings.filter((f) => f.system === s);
  const card = (s: CheckSystem) => (
    <Card
      size="small"
      title={t(`checks.systems.${s}`)}
      data-testid={`system-${s}`}
      style={{ height: '100%' }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('checks.counts', counts(of(s)))}
      </Typography.Text>
      {of(s).map((f) => (
        <FindingItem key={f.ruleId} finding={f} fileNames={fileNames} />
      ))}
    </Card>
  );
  return (
    <div data-testid="three-system-panel">
      <Row gutter={12}>
        {COLUMNS.map((s) => (
          <Col key={s} xs={24} lg={8}>
            {card(s)}
          </Col>
        ))}
      </Row>
      <div style={{ marginTop: 12 }}>{card('程序')}</div>
    </div>
  );
}
