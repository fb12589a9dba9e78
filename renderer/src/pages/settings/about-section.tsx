import { Alert, Descriptions, Select, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../hooks/use-api';
import { LANGUAGES, setLanguage, type LanguageCode } from '../../i18n';

export function AboutSection() {
  const { t, i18n } = useTranslation();
  const info = useApi('app.info', {});
  const health = useApi('app.health', {});
  const error = info.error ?? health.error;

  return (
    <div style={{ maxWidth: 900 }}>
      {error ? <Alert type="error" showIcon message={t('common.error')} description={error.message} /> : null}
      {info.loading || health.loading ? <Spin description={t('common.loading')} /> : null}
      {info.data && health.data ? (
        <Descriptions bordered column={1} size="middle" title={t('settings.about')} data-testid="about">
          <Descriptions.Item label={t('settings.version')}>{info.data.version}</Descriptions.Item>
          <Descriptions.Item label={t('settings.mode')}>
            {t(`settings.modes.${info.data.mode}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.dataDir')}>
            <Typography.Text copyable data-testid="data-dir">
              {info.data.dataDir}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.dbPath')}>{info.data.dbPath}</Descriptions.Item>
          <Descriptions.Item label={t('settings.health')}>
            {health.data.dbOk ? (
              <Tag color="green">{t('settings.healthy')}</Tag>
            ) : (
              <Tag color="red">{health.data.problem?.message}</Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.schemaVersion')}>
            {health.data.schemaVersion} / {health.data.latestSchemaVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.sqliteVersion')}>
            {health.data.sqliteVersion}
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.fts5')}>
            {health.data.fts5 ? t('settings.available') : t('settings.unavailable')}
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.quickCheck')}>{health.data.quickCheck}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <div style={{ marginTop: 24 }}>
        <Typography.Text strong>{t('settings.language')}：</Typography.Text>
        <Select
          style={{ width: 160 }}
          value={i18n.language as LanguageCode}
          options={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          onChange={(code) => setLanguage(code)}
          aria-label={t('settings.language')}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('settings.shortcuts')}
        </Typography.Paragraph>
      </div>
    </div>
  );
}
