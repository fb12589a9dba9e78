import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { FatalErrorScreen } from './components/fatal-error-screen';
import { useApi } from './hooks/use-api';
import { MainLayout } from './layout/main-layout';
import { CaseListPage } from './pages/cases/case-list-page';
import { CampaignPage } from './pages/campaigns/campaign-page';
import { CampaignsPage } from './pages/campaigns/campaigns-page';
import { CasePage } from './pages/cases/case-page';
import { ReportsPage } from './pages/reports/reports-page';
import { SettingsPage } from './pages/settings/settings-page';
import { StandardsPage } from './pages/standards/standards-page';

// Hash routing: works identically under app:// (Electron) and http (browser mode) with no server fallback.
const router = createHashRouter([
  {
    path: '/',
    element: <MainLayout />,
    children: [
      { index: true, element: <Navigate to="/cases" replace /> },
      { path: 'cases', element: <CaseListPage /> },
      { path: 'cases/:caseId', element: <CasePage /> },
      { path: 'standards', element: <StandardsPage /> },
      { path: 'campaigns', element: <CampaignsPage /> },
      { path: 'campaigns/:campaignId', element: <CampaignPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
]);

export function App() {
  const { i18n } = useTranslation();
  const health = useApi('app.health', {});
  const info = useApi('app.info', {});
  const locale = i18n.language === 'en' ? enUSLocale : zhCNLocale;

  let body;
  if (health.loading && !health.data) body = <Spin fullscreen />;
  else if (health.data && !health.data.dbOk)
    body = <FatalErrorScreen message={health.data.problem?.message ?? ''} dataDir={info.data?.dataDir} />;
  else body = <RouterProvider router={router} />;

  return (
    <ConfigProvider locale={locale} theme={{ token: { fontFamily: 'var(--pingcha-font)' } }}>
      <AntApp style={{ height: '100%' }}>{body}</AntApp>
    </ConfigProvider>
  );
}
