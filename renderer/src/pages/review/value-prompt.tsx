import { Form, Input, Modal } from 'antd';
import type { Rule } from 'antd/es/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseDialogFocus } from './review-keys';

export interface PromptField {
  name: string;
  label: string;
  kind: 'text' | 'number';
  required?: boolean;
  min?: number;
  max?: number;
  initial?: string | number | undefined;
}

export interface PromptRequest {
  title: string;
  fields: PromptField[];
  onSubmit(values: Record<string, string | number | undefined>): void;
}

/** A plain text box for numbers too: its value is committed on every keystroke, and the range check speaks Chinese. */
function rulesFor(f: PromptField): Rule[] {
  if (f.kind === 'text') return f.required ? [{ required: true, whitespace: true, message: f.label }] : [];
  return [
    {
      validator: async (_rule, raw: unknown) => {
        const text = raw === undefined || raw === null ? '' : String(raw).trim();
        if (text === '') {
          if (f.required) throw new Error(f.label);
          return;
        }
        const n = Number(text);
        if (!Number.isFinite(n) || (f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max))
          throw new Error(f.label);
      },
    },
  ];
}

/**
 * A small keyboard-first dialog: the first field has focus, Enter applies,
 * Esc cancels. Used for N/A reasons, range values and reopen reasons.
 */
export function ValuePrompt({ request, onClose }: { request: PromptRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string | number | undefined>>();
  const body = useRef<HTMLDivElement>(null);

  return (
    <Modal
      afterClose={releaseDialogFocus}
      open={!!request}
      title={request?.title}
      okText={t('review.apply')}
      cancelText={t('review.cancel')}
      destroyOnHidden
      onCancel={() => {
        releaseDialogFocus();
        onClose();
      }}
      onOk={() => form.submit()}
      afterOpenChange={(open) => open && body.current?.querySelector('input')?.focus()}
    >
      <div ref={body}>
        {request ? (
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={Object.fromEntries(request.fields.map((f) => [f.name, f.initial]))}
            onFinish={(values) => {
              request.onSubmit(values);
              releaseDialogFocus();
              onClose();
            }}
          >
            {request.fields.map((f) => (
              <Form.Item key={f.name} name={f.name} label={f.label} rules={rulesFor(f)}>
                <Input
                  aria-label={f.label}
                  inputMode={f.kind === 'number' ? 'decimal' : undefined}
                  style={f.kind === 'number' ? { width: 200 } : undefined}
                  onPressEnter={() => form.submit()}
                  maxLength={2000}
                />
              </Form.Item>
            ))}
          </Form>
        ) : null}
      </div>
    </Modal>
  );
}
