import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SETTINGS_SECTIONS } from './settings-sections';

export function SettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const active = SETTINGS_SECTIONS.some((s) => s.key === params.get('section'))
    ? params.get('section')!
    : SETTINGS_SECTIONS[0]!.key;
  return (
    <div style={{ padding: 32 }}>
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Tabs
        tabPosition="left"
        activeKey={active}
        onChange={(section) => setParams({ section }, { replace: true })}
        items={SETTINGS_SECTIONS.map((s) => ({ key: s.key, label: t(s.labelKey), children: s.render() }))}
      />
    </div>
  );
}
