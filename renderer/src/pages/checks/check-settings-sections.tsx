import { Alert, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParamDescriptorInfo } from '../../../../preload/contract/methods/check-settings';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { YamlSettingsEditor } from './yaml-settings-editor';

const show = (v: unknown) =>
  Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? (v ? '是' : '否') : String(v);

/** 规则参数: the effective values with defaults and legal basis, and the agency's overrides as YAML. */
export function RuleParamsSection() {
  const { t } = useTranslation();
  const view = useApi('params.get', {});
  if (view.error) return <Alert type="error" showIcon message={view.error.message} />;
  if (!view.data) return <Spin />;
  const d = view.data;
  return (
    <div style={{ maxWidth: 1100 }}>
      <Typography.Title level={5}>{t('checkSettings.params')}</Typography.Title>
      <YamlSettingsEditor
        testId="params-editor"
        hint={t('checkSettings.paramsHint')}
        value={Object.keys(d.overrides).length > 0 ? d.overrides : undefined}
        revision={d.revision}
        save={async (params, revision) => (await callOrThrow('params.save', { params, revision })).revision}
        onSaved={view.reload}
      />
      <Table<ParamDescriptorInfo>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={d.descriptors}
        columns={[
          {
            title: t('checkSettings.param'),
            dataIndex: 'label',
            render: (v: string, r) => <span title={r.key}>{v}</span>,
          },
          {
            title: t('checkSettings.value'),
            dataIndex: 'value',
            render: (v: unknown, r) => (
              <Typography.Text strong={show(v) !== show(r.defaultValue)}>{show(v)}</Typography.Text>
            ),
          },
          { title: t('checkSettings.default'), dataIndex: 'defaultValue', render: show },
          { title: t('checkSettings.unit'), dataIndex: 'unit' },
          { title: t('checkSettings.basis'), dataIndex: 'legalBasis' },
        ]}
      />
    </div>
  );
}

/** 工作日历: the override table (holidays and make-up days), refusing years without data. */
export function CalendarSection() {
  const { t } = useTranslation();
  const view = useApi('calendar.get', {});
  if (view.error) return <Alert type="error" showIcon message={view.error.message} />;
  if (!view.data) return <Spin />;
  const d = view.data;
  const years = d.bundledYears;
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={5}>{t('checkSettings.calendar')}</Typography.Title>
      <Typography.Paragraph>
        {t('checkSettings.bundledYears', { from: years[0], to: years.at(-1) })}
      </Typography.Paragraph>
      <YamlSettingsEditor
        testId="calendar-editor"
        hint={t('checkSettings.calendarHint')}
        value={d.overrides.days.length > 0 || d.overrides.loadedYears.length > 0 ? d.overrides : undefined}
        revision={d.revision}
        save={async (overrides, revision) =>
          (await callOrThrow('calendar.save', { overrides, revision })).revision
        }
        onSaved={view.reload}
      />
    </div>
  );
}

/** 执法人员名册: officers, legal reviewers and the AV list per agency. */
export function RostersSection() {
  const { t } = useTranslation();
  const view = useApi('rosters.get', {});
  if (view.error) return <Alert type="error" showIcon message={view.error.message} />;
  if (!view.data) return <Spin />;
  const d = view.data;
  return (
    <div style={{ maxWidth: 900 }}>
      <Typography.Title level={5}>{t('checkSettings.rosters')}</Typography.Title>
      <YamlSettingsEditor
        testId="rosters-editor"
        hint={t('checkSettings.rostersHint')}
        value={d.rosters.agencies.length > 0 ? d.rosters : undefined}
        revision={d.revision}
        save={async (rosters, revision) =>
          (await callOrThrow('rosters.save', { rosters, revision })).revision
        }
        onSaved={view.reload}
      />
    </div>
  );
}
