import { App, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewerIdentity } from '../../../../preload/contract/methods/reviews';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';

/** Name, unit and role of this workstation's reviewer (stored once, in settings). */
export function ReviewerForm({
  initial,
  onSaved,
}: {
  initial: ReviewerIdentity | null | undefined;
  onSaved?: (r: ReviewerIdentity) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewerIdentity>();
  useEffect(() => form.setFieldsValue(initial ?? { name: '', unit: '', role: '' }), [form, initial]);

  return (
    <Form
      form={form}
      layout="inline"
      data-testid="reviewer-form"
      onFinish={async (identity) => {
        try {
          const saved = await callOrThrow('reviewer.set', { identity });
          message.success(t('reviewer.saved'));
          onSaved?.(saved);
        } catch (error) {
          message.error(error instanceof ApiCallError ? error.message : String(error));
        }
      }}
    >
      <Form.Item name="name" label={t('reviewer.name')} rules={[{ required: true, whitespace: true }]}>
        <Input aria-label={t('reviewer.name')} maxLength={50} />
      </Form.Item>
      <Form.Item name="unit" label={t('reviewer.unit')}>
        <Input aria-label={t('reviewer.unit')} maxLength={200} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="role" label={t('reviewer.role')}>
        <Input aria-label={t('reviewer.role')} maxLength={50} placeholder={t('reviewer.rolePlaceholder')} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('reviewer.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
