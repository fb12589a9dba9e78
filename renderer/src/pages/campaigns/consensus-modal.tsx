import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ConsensusStatus = 'ok' | 'na';

/**
 * The panel's own finding on an item, with its reason. Deductions with
 * options are adopted from a reviewer's finding (their options and evidence);
 * a consensus records 符合 or 不适用 with the reason.
 */
export function ConsensusModal(props: {
  open: boolean;
  itemTitle: string;
  onCancel: () => void;
  onOk: (status: ConsensusStatus, reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ConsensusStatus>('ok');
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={props.open}
      title={`${t('campaigns.consolidation.consensus')}：${props.itemTitle}`}
      okText={t('campaigns.ok')}
      cancelText={t('campaigns.cancel')}
      okButtonProps={{ disabled: !reason.trim() }}
      onCancel={props.onCancel}
      onOk={() => void props.onOk(status, reason.trim()).then(() => setReason(''))}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('campaigns.consolidation.consensusStatus')}>
          <Select
            aria-label={t('campaigns.consolidation.consensusStatus')}
            value={status}
            onChange={setStatus}
            options={[
              { value: 'ok', label: t('campaigns.findingStatus.ok') },
              { value: 'na', label: t('campaigns.findingStatus.na') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('campaigns.consolidation.consensusReason')}>
          <Input.TextArea
            autoFocus
            aria-label={t('campaigns.consolidation.consensusReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 2 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
