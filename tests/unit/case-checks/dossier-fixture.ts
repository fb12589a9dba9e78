import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCjkPdf } from '../../helpers/build-cjk-pdf';

/**
 * A small 一般程序 penalty dossier as real Chinese PDFs (domain.md §5.3 example:
 * decided 2024-09-27, published 2024-10-14 — the 8th working day, one too late).
 */
export const DOSSIER_PAGES: Record<string, string[]> = {
  '1-立案审批表.pdf': ['立案审批表\n案由：超范围经营\n立案日期：2024年8月1日'],
  '2-现场检查笔录.pdf': [
    '现场检查笔录\n检查时间：2024年8月2日\n检查地点：某某餐饮有限公司\n检查人：张三（执法证号：42010012345）\n李四（执法证号：42010012346）',
    '执法人员向当事人出示执法证件\n以上笔录属实',
  ],
  '3-行政处罚事先告知书.pdf': [
    '行政处罚事先告知书\n拟对你单位罚款人民币贰万元整。\n你单位可在收到本告知书之日起五个工作日内\n提出陈述申辩，并有权要求听证。\n2024年9月2日',
  ],
  '4-送达回证.pdf': ['送达回证\n送达文书：事先告知书\n送达时间：2024年9月3日\n送达方式：直接送达'],
  '5-法制审核意见书.pdf': ['法制审核意见书\n审核意见：同意\n审核人：王五\n2024年9月20日'],
  '6-行政处罚决定书.pdf': [
    '行政处罚决定书\n随市监罚〔2024〕12号\n决定对当事人罚款人民币贰万元整。\n2024年9月27日',
  ],
  '7-送达回证.pdf': ['送达回证\n送达文书：处罚决定书\n送达时间：2024年9月29日\n送达方式：直接送达'],
  '8-公示记录.pdf': ['公示记录\n公示日期：2024年10月14日\n公示渠道：门户网站'],
};

/** Writes the dossier into `<parent>/<name>/`; returns the folder path. */
export async function writeDossier(
  parent: string,
  name = '某某餐饮有限公司超范围经营案',
  extra: Record<string, string> = {},
): Promise<string> {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, pages] of Object.entries(DOSSIER_PAGES)) {
    writeFileSync(join(dir, file), await buildCjkPdf(pages, file.replace(/^\d+-|\.pdf$/g, '')));
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text, 'utf8');
  return dir;
}

/** case.yaml matching the dossier (the worked example of docs/checks.md). */
export const CASE_YAML = `# 某某餐饮有限公司超范围经营案
actType: 行政处罚
procedure: 普通
party: { kind: 法人, name: 某某餐饮有限公司 }
officers:
  - { name: 张三, certificateNumber: "42010012345", validFrom: 2022-01-01, validTo: 2026-12-31, onPublicRoster: true }
  - { name: 李四, certificateNumber: "42010012346", validFrom: 2022-01-01, validTo: 2026-12-31, onPublicRoster: true }
legalReviewers:
  - { name: 王五, legalQualification: true, firstAppointedDate: 2022-03-01 }
events:
  filing: { date: 2024-08-01 }
  investigations:
    - { kind: 现场检查, date: 2024-08-02, officers: [张三, 李四], certificateShown: true }
  notices:
    - { kind: 行政处罚事先告知, issuedDate: 2024-09-02, servedDate: 2024-09-03, periodWorkingDays: 5, hearingRightNotified: true, proposedAmount: 20000 }
  legalReviews:
    - { date: 2024-09-20, outcome: 同意, reviewer: 王五 }
  decision: { date: 2024-09-27, number: 随市监罚〔2024〕12号, kind: 处罚, penaltyTypes: [罚款], amount: 20000 }
  decisionService: { date: 2024-09-29, manner: 直接送达 }
  publication: { date: 2024-10-14, channel: 门户网站 }
`;
