import { App, Button, ColorPicker, Input, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationCategory } from '../../../preload/contract/methods/annotations';
import { callOrThrow } from '../api/call-or-throw';
import { useAnnotationSettings } from './use-case-annotations';

/** 设置 → 批注: "扣分须附证据" and the category list (name + colour). */
export function AnnotationSettingsSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useAnnotationSettings();
  const [categories, setCategories] = useState<AnnotationCategory[]>([]);
  useEffect(() => setCategories(settings.data?.categories ?? []), [settings.data]);

  const save = async (patch: { evidenceRequired?: boolean; categories?: AnnotationCategory[] }) => {
    try {
      await callOrThrow('annotations.saveSettings', patch);
      settings.reload();
      void message.success(t('annotations.settingsSaved'));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <Space direction="vertical" size="middle" data-testid="annotation-settings">
      <Space>
        <Switch
          checked={settings.data?.evidenceRequired ?? false}
          loading={settings.loading}
          onChange={(v) => void save({ evidenceRequired: v })}
          aria-label={t('annotations.evidenceRequired')}
          data-testid="evidence-required"
        />
        <Typography.Text strong>{t('annotations.evidenceRequired')}</Typography.Text>
      </Space>
      <Typography.Text type="secondary">{t('annotations.evidenceRequiredHint')}</Typography.Text>
      <Typography.Text strong>{t('annotations.categories')}</Typography.Text>
      {categories.map((c, i) => (
        <Space key={i}>
          <ColorPicker
            value={c.color}
            disabledAlpha
            onChangeComplete={(v) =>
              setCategories((list) => list.map((x, j) => (j === i ? { ...x, color: v.toHexString() } : x)))
            }
          />
          <Input
            value={c.label}
            maxLength={20}
            aria-label={t('annotations.category')}
            onChange={(e) =>
              setCategories((list) => list.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))
            }
          />
          <Button
            size="small"
            disabled={categories.length <= 1}
            onClick={() => setCategories((list) => list.filter((_, j) => j !== i))}
          >
            {t('annotations.remove')}
          </Button>
        </Space>
      ))}
      <Space>
        <Button
          size="small"
          onClick={() => setCategories((list) => [...list, { label: '', color: '#722ed1' }])}
        >
          {t('annotations.addCategory')}
        </Button>
        <Button size="small" type="primary" onClick={() => void save({ categories })}>
          {t('annotations.save')}
        </Button>
      </Space>
    </Space>
  );
}
