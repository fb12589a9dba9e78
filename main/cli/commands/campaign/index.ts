import { UsageError, type CliCommand } from '../../cli-io';
import { withApi } from '../../with-api';
import { assignSubcommand } from './assign';
import { parsePerson, type CampaignSubcommand } from './campaign-subcommand';
import { consolidateSubcommand } from './consolidate';
import { createSubcommand } from './create';
import { exportBundleSubcommand } from './export-bundle';
import { importBundleSubcommand } from './import-bundle';
import { sampleSubcommand } from './sample';
import { statusSubcommand } from './status';
import { summarySubcommand } from './summary';

/** `campaign <sub>`: one line per subcommand (bundles add export-bundle / import-bundle here). */
export const CAMPAIGN_SUBCOMMANDS: Record<string, CampaignSubcommand> = {
  create: createSubcommand,
  sample: sampleSubcommand,
  assign: assignSubcommand,
  status: statusSubcommand,
  consolidate: consolidateSubcommand,
  summary: summarySubcommand,
  'export-bundle': exportBundleSubcommand,
  'import-bundle': importBundleSubcommand,
};

const usage = () =>
  [
    '用法 / usage:',
    ...Object.values(CAMPAIGN_SUBCOMMANDS).map((s) => `  ${s.usage} [--as 姓名@单位] [--json]`),
  ].join('\n');

/**
 * Review campaigns from the command line. Every change is attributed to this
 * data directory's reviewer (设置 → 评查人员); `--as 姓名@单位` sets it first.
 */
export const campaignCommand: CliCommand = {
  summary: '评查活动：新建、抽取、分配、进度、合议、汇总 / review campaigns',
  usage:
    'campaign create|sample|assign|status|consolidate|summary … [--as 姓名@单位] [--json] [--data-dir DIR]',
  async run(argv, io) {
    const [name, ...rest] = argv;
    const sub = name ? CAMPAIGN_SUBCOMMANDS[name] : undefined;
    if (!sub) throw new UsageError(`未知的子命令：${name ?? '（无）'}\n${usage()}`);
    return withApi(
      rest,
      { ...sub.options, as: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } },
      async (api, values, positionals) => {
        if (typeof values.as === 'string') {
          const person = parsePerson(values.as);
          const identity = { ...person, role: typeof values.role === 'string' ? values.role : '' };
          const set = await api.router.dispatch('reviewer.set', { identity }, { transport: 'cli' });
          if (!set.ok) throw new UsageError(set.error.message);
        }
        return sub.run({ api, values, positionals, io });
      },
    );
  },
};
