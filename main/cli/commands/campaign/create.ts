import { UsageError, EXIT } from '../../cli-io';
import { callApi, list, parsePerson, type CampaignSubcommand } from './campaign-subcommand';

/** `campaign create`: settings and panel in one go; prints the new campaign's id. */
export const createSubcommand: CampaignSubcommand = {
  summary: '新建评查活动 / create a campaign',
  usage:
    'campaign create --name 名称 --year 2024 --standard CODE@VER [--standard 行政许可=CODE@VER] --leader 姓名@单位 --member 姓名@单位 … [--batch 第一批] [--per-case 2] [--threshold 10] [--closed-from YYYY-MM-DD] [--closed-to YYYY-MM-DD] [--agency 机关 …] [--act-type 行政处罚 …]',
  options: {
    name: { type: 'string' },
    year: { type: 'string' },
    batch: { type: 'string' },
    standard: { type: 'string', multiple: true },
    leader: { type: 'string', multiple: true },
    member: { type: 'string', multiple: true },
    'per-case': { type: 'string' },
    threshold: { type: 'string' },
    'closed-from': { type: 'string' },
    'closed-to': { type: 'string' },
    agency: { type: 'string', multiple: true },
    'act-type': { type: 'string', multiple: true },
  },
  async run({ api, values, io }) {
    const name = values.name as string | undefined;
    const year = Number(values.year);
    if (!name || !Number.isInteger(year)) throw new UsageError('需要 --name 和 --year');
    const standards: Record<string, string> = {};
    for (const spec of list(values.standard)) {
      const eq = spec.indexOf('=');
      const [actType, key] = eq < 0 ? ['*', spec] : [spec.slice(0, eq), spec.slice(eq + 1)];
      standards[actType] = (await api.services.standards.findByKey(key)).id;
    }
    const members = [
      ...list(values.leader).map((p) => ({ ...parsePerson(p), role: 'leader' as const })),
      ...list(values.member).map((p) => ({ ...parsePerson(p), role: 'member' as const })),
    ];
    const number = (v: unknown) => (v === undefined ? undefined : Number(v));
    const campaign = await callApi(api, 'campaigns.create', {
      settings: {
        name,
        year,
        ...(values.batch ? { batch: values.batch as string } : {}),
        standards: standards as never,
        scope: {
          closedFrom: (values['closed-from'] as string | undefined) ?? null,
          closedTo: (values['closed-to'] as string | undefined) ?? null,
          agencies: list(values.agency),
          actTypes: list(values['act-type']) as never,
        },
        ...(values['per-case'] ? { reviewersPerCase: number(values['per-case'])! } : {}),
        ...(values.threshold ? { reviewThreshold: number(values.threshold)! } : {}),
      },
      members,
    });
    if (values.json) io.out(JSON.stringify(campaign, null, 2));
    else {
      io.out(
        `已创建评查活动：${campaign.name}（${campaign.year}${campaign.batch ? ` ${campaign.batch}` : ''}）`,
      );
      io.out(`编号 / id: ${campaign.id}`);
      for (const m of campaign.members)
        io.out(`  ${m.role === 'leader' ? '组长' : '组员'} ${m.name}（${m.unit || '未填单位'}）`);
    }
    return EXIT.OK;
  },
};
