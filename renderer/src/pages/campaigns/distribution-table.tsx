import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DistributionRow } from '../../../../preload/contract/methods/campaigns';

/** Counts and % of a draw by one dimension (agency or act type). */
export function DistributionTable({ title, rows }: { title: string; rows: DistributionRow[] }) {
  const { t } = useTranslation();
  return (
    <Table<DistributionRow>
      size="small"
      rowKey="key"
      pagination={false}
      title={() => title}
      dataSource={rows}
      columns={[
        { title, dataIndex: 'key' },
        { title: t('campaigns.columns.count'), dataIndex: 'count', align: 'right' },
        {
          title: t('campaigns.columns.percent'),
          dataIndex: 'percent',
          align: 'right',
          render: (p: number) => `${p}%`,
        },
      ]}
    />
  );
}
