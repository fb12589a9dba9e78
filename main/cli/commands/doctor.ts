import { EXIT, type CliCommand } from '../cli-io';
import { withApi } from '../with-api';

export const doctorCommand: CliCommand = {
  summary: '检查数据目录与数据库 / check the data directory and database',
  usage: 'doctor [--data-dir DIR] [--json]',
  run: (argv, io) =>
    withApi(argv, { json: { type: 'boolean' } }, async (api, values) => {
      const info = api.services.system.info();
      const health = await api.services.system.health();
      if (values.json) {
        io.out(JSON.stringify({ ...info, ...health }, null, 2));
      } else {
        io.out(`数据目录 / data dir:        ${info.dataDir}`);
        io.out(`数据库 / database:          ${info.dbPath}`);
        io.out(`结构版本 / schema version:  ${health.schemaVersion} (latest ${health.latestSchemaVersion})`);
        io.out(`SQLite:                     ${health.sqliteVersion || '-'}`);
        io.out(`FTS5:                       ${health.fts5 ? '可用 / available' : '不可用 / unavailable'}`);
        io.out(`完整性 / quick_check:       ${health.quickCheck || '-'}`);
        if (health.problem) io.err(`问题 / problem: ${health.problem.message}`);
      }
      return health.dbOk ? EXIT.OK : EXIT.PARTIAL;
    }),
};
