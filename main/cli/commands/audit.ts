import { EXIT, UsageError, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';

/** `audit verify [--json]`: recomputes every hash chain; exit 1 names the first broken entry. */
export const auditCommand: CliCommand = {
  summary: '审计日志：校验哈希链 / verify the audit trail',
  usage: 'audit verify [--json] [--data-dir DIR]',
  run: (argv, io) =>
    withApi(argv, { json: { type: 'boolean' } }, async (api, values, positionals) => {
      const [sub] = positionals;
      if (sub !== 'verify') throw new UsageError('用法：audit verify [--json]');
      const report = await api.services.audit.verify();
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else {
        io.out(`本机工作站：${report.workstationId || '（尚无审计记录）'}`);
        for (const c of report.chains)
          io.out(
            `  来源 ${c.origin}：${c.entries} 条，最后第 ${c.lastSeq} 条，摘要 ${c.lastHash.slice(0, 16)}…`,
          );
        io.out(report.ok ? `审计日志完整：已校验 ${report.checked} 条` : `审计日志校验失败`);
      }
      if (report.broken) {
        io.err(report.broken.message);
        return EXIT.PARTIAL;
      }
      return EXIT.OK;
    }),
};
