export const zhCN = {
  app: { name: 'Pingcha 评查', tagline: '行政执法案卷评查工作台' },
  nav: { cases: '案卷', standards: '评查标准', campaigns: '评查活动', reports: '报表', settings: '设置' },
  empty: {
    cases: {
      title: '还没有案卷',
      body: '这里将列出导入的执法案卷（PDF、DOCX、图片、音像记录），可按执法机关、行为类型、日期筛选和全文检索。开始：导入一个案卷文件夹或案卷清单（Excel/CSV）。',
    },
    standards: {
      title: '评查标准',
      body: '这里将列出评查标准（内置的行政处罚、行政许可、行政强制、行政检查、三项制度和生态环境细则），可以查看、复制、编辑和从 Excel 导入。',
    },
    campaigns: {
      title: '还没有评查活动',
      body: '这里将管理评查活动：抽取案卷、组建评查组、分配回避、独立评分、合议与汇总。开始：新建一个评查活动。',
    },
    reports: {
      title: '报表',
      body: '这里将生成评查意见书（每卷一份 PDF）和汇总表/通报（PDF 与 Excel）。开始：先完成至少一份案卷的评分。',
    },
  },
  settings: {
    title: '设置与关于',
    about: '关于',
    version: '版本',
    mode: '运行方式',
    modes: { electron: '桌面版', browser: '浏览器模式', cli: '命令行', test: '测试' },
    dataDir: '数据目录',
    dbPath: '数据库文件',
    health: '数据库状态',
    healthy: '正常',
    schemaVersion: '结构版本',
    sqliteVersion: 'SQLite 版本',
    fts5: '全文检索（FTS5）',
    available: '可用',
    unavailable: '不可用',
    quickCheck: '完整性检查',
    language: '界面语言',
    shortcuts: '快捷键：Alt+1…5 切换页面',
  },
  fatal: {
    title: '数据库无法打开',
    hint: '程序不会改动这个文件。请从备份恢复，或用 --data-dir 指定另一个数据目录后重新启动。',
  },
  viewer: {
    thumbnails: '缩略图',
    prevPage: '上一页',
    nextPage: '下一页',
    pageNumber: '页码',
    zoomIn: '放大',
    zoomOut: '缩小',
    fitWidth: '适合宽度',
    find: '在文档中查找',
    noMatches: '未找到',
    encrypted: '文档已加密，需要密码才能打开',
    loadFailed: '文档无法打开',
  },
  common: { loading: '加载中…', error: '出错了', retry: '重试' },
};

export type Messages = typeof zhCN;
