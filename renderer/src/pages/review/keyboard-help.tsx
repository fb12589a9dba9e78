import { Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { releaseDialogFocus } from './review-keys';
import { KEY_BINDINGS } from './review-keys';

/** The `?` overlay listing every review key. */
export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const rows = KEY_BINDINGS.filter((b) => b.helpKey).map((b) => ({
    key: b.action,
    label: b.label,
    help: t(`review.keys.${b.helpKey}`),
  }));
  return (
    <Modal
      afterClose={releaseDialogFocus}
      open={open}
      title={t('review.keys.title')}
      footer={null}
      onCancel={() => {
        releaseDialogFocus();
        onClose();
      }}
      width={520}
    >
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        data-testid="keyboard-help"
        columns={[
          {
            dataIndex: 'label',
            width: 130,
            render: (label: string) => <Typography.Text keyboard>{label}</Typography.Text>,
          },
          { dataIndex: 'help' },
        ]}
        showHeader={false}
      />
    </Modal>
  );
}
