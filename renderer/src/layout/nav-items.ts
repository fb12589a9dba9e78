/** The main navigation, in order; Alt+1…5 follow this order. */
export const NAV_ITEMS = [
  { path: '/cases', labelKey: 'nav.cases' },
  { path: '/standards', labelKey: 'nav.standards' },
  { path: '/campaigns', labelKey: 'nav.campaigns' },
  { path: '/reports', labelKey: 'nav.reports' },
  { path: '/settings', labelKey: 'nav.settings' },
] as const;
