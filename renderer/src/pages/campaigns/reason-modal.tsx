import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks for the reason a logged change needs (remove, override, reopen…).
 * OK stays disabled until something is typed; Enter in the field confirms.
 */
export function ReasonModal(props: {
  open: boolean;
  title: string;
  onCancel: () => void;
  onOk: (reason: string) => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    // A closing modal stays on screen for its animation; it must not act a second time.
    if (!props.open || busy || !reason.trim()) return;
    setBusy(true);
    try {
      await props.onOk(reason.trim());
      setReason('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={t('campaigns.ok')}
      cancelText={t('campaigns.cancel')}
      okButtonProps={{ disabled: !reason.trim(), loading: busy }}
      onOk={() => void submit()}
      onCancel={() => {
        setReason('');
        props.onCancel();
      }}
      destroyOnHidden
    >
      <Input.TextArea
        autoFocus
        aria-label={props.title}
        value={reason}
        placeholder={t('campaigns.reasonRequired')}
        onChange={(e) => setReason(e.target.value)}
        onPressEnter={(e) => {
          e.preventDefault();
          void submit();
        }}
        autoSize={{ minRows: 2 }}
      />
    </Modal>
  );
}
