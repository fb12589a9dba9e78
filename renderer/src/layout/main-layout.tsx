import { Layout, Menu, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { NAV_ITEMS } from './nav-items';

export function MainLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const selected =
    NAV_ITEMS.find((item) => location.pathname.startsWith(item.path))?.path ?? NAV_ITEMS[0].path;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const item = NAV_ITEMS[index];
      if (item) {
        event.preventDefault();
        navigate(item.path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Layout.Sider theme="light" width={200} style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
        <nav aria-label={t('app.name')}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={NAV_ITEMS.map((item, i) => ({
              key: item.path,
              label: t(item.labelKey),
              title: `Alt+${i + 1}`,
            }))}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout.Content style={{ background: '#fff' }}>
        <main>
          <Outlet />
        </main>
      </Layout.Content>
    </Layout>
  );
}
