import type { Messages } from './zh-CN';

export const en: Messages = {
  app: { name: 'Pingcha 评查', tagline: 'Enforcement case-file review workbench' },
  nav: {
    cases: 'Dossiers',
    standards: 'Standards',
    campaigns: 'Campaigns',
    reports: 'Reports',
    settings: 'Settings',
  },
  empty: {
    cases: {
      title: 'No dossiers yet',
      body: 'Imported enforcement dossiers (PDF, DOCX, images, AV records) will be listed here, with filters and full-text search. Start by importing a dossier folder or a manifest (Excel/CSV).',
    },
    standards: {
      title: 'Scoring standards',
      body: 'Scoring standards will be listed here (built-in penalty, licensing, coercion, inspection, three-systems and ECO24), to view, clone, edit and import from Excel.',
    },
    campaigns: {
      title: 'No review campaigns yet',
      body: 'Campaigns will be managed here: sampling, panels, recusal-aware assignment, independent scoring, consolidation and summaries. Start by creating a campaign.',
    },
    reports: {
      title: 'Reports',
      body: 'Per-dossier review opinions (PDF) and campaign summaries (PDF and Excel) will be produced here. Start by scoring at least one dossier.',
    },
  },
  settings: {
    title: 'Settings and about',
    about: 'About',
    version: 'Version',
    mode: 'Mode',
    modes: { electron: 'Desktop', browser: 'Browser mode', cli: 'Command line', test: 'Test' },
    dataDir: 'Data directory',
    dbPath: 'Database file',
    health: 'Database health',
    healthy: 'OK',
    schemaVersion: 'Schema version',
    sqliteVersion: 'SQLite version',
    fts5: 'Full-text search (FTS5)',
    available: 'available',
    unavailable: 'unavailable',
    quickCheck: 'Integrity check',
    language: 'Language',
    shortcuts: 'Shortcuts: Alt+1…5 switch pages',
  },
  fatal: {
    title: 'The database cannot be opened',
    hint: 'Pingcha does not modify this file. Restore it from a backup, or start again with --data-dir pointing to another folder.',
  },
  viewer: {
    thumbnails: 'Thumbnails',
    prevPage: 'Previous page',
    nextPage: 'Next page',
    pageNumber: 'Page number',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitWidth: 'Fit width',
    find: 'Find in document',
    noMatches: 'No matches',
    encrypted: 'The document is encrypted and needs a password',
    loadFailed: 'The document cannot be opened',
  },
  common: { loading: 'Loading…', error: 'Error', retry: 'Retry' },
};
