import { Tag } from 'antd';
import type { CheckResult } from '../../../../preload/contract/methods/checks';

const COLORS: Record<CheckResult, string> = {
  符合: 'green',
  不符合: 'red',
  无法判定: 'orange',
  不适用: 'default',
};

export function ResultTag({ result }: { result: CheckResult }) {
  return (
    <Tag color={COLORS[result]} data-testid="rule-result">
      {result}
    </Tag>
  );
}
