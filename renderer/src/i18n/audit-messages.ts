/** Strings of the audit trail shown on the review screen (docs/audit.md). */
export const zhCN = {
  audit: {
    title: '审计日志（哈希链）',
    entry: '第 {{seq}} 条 · {{action}} · {{actor}}',
    imported: '来自其他工作站',
    none: '暂无审计记录',
  },
};

export const en = {
  audit: {
    title: 'Audit log (hash chain)',
    entry: 'No. {{seq}} · {{action}} · {{actor}}',
    imported: 'from another workstation',
    none: 'No audit entries yet',
  },
};
