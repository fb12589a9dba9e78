import { toMinutes } from '../calendar/clock-time';
import { addCalendarDays, compareIsoDates, toDayNumber } from '../calendar/iso-date';
import { combineChecks, findingsFor } from './rule-helpers';
import type { Seizure } from '../facts/investigation-schemas';
import type { CheckResult, RuleDefinition } from './rule-types';
import type { RuleParams } from '../params/rule-params-schema';

const head = {
  id: 'QX-SEIZE',
  system: '程序',
  legalBasis:
    '《行政强制法》第十八条（实施前须向行政机关负责人报告并经批准）、第十九条（情况紧急当场实施的，二十四小时内报告并补办批准手续）、第二十五条（查封、扣押期限不得超过三十日；经批准可延长，不得超过三十日，书面告知当事人；检测等期间不计入）',
} as const;

interface ItemCheck {
  readonly result: CheckResult;
  readonly text: string;
  readonly missing: string[];
}

function checkApproval(s: Seizure, params: RuleParams): ItemCheck {
  const label = `${s.kind}（${s.date}）`;
  if (!s.approvalDate)
    return { result: '无法判定', text: `${label}：未录入负责人批准日期`, missing: [`${label}的批准日期`] };
  const cmp = compareIsoDates(s.approvalDate, s.date);
  if (cmp < 0) return { result: '符合', text: `${label}：${s.approvalDate} 事先批准`, missing: [] };
  const sameDay = cmp === 0;
  if (sameDay && (!s.approvalTime || !s.time)) {
    return {
      result: '无法判定',
      text: `${label}：同日批准，未录入批准和实施时刻，先后顺序无法核对`,
      missing: [`${label}的批准时间和实施时间`],
    };
  }
  const minutesAfter =
    (toDayNumber(s.approvalDate) - toDayNumber(s.date)) * 1440 +
    toMinutes(s.approvalTime ?? '23:59') -
    toMinutes(s.time ?? '00:00');
  if (minutesAfter <= 0)
    return {
      result: '符合',
      text: `${label}：${s.approvalDate} ${s.approvalTime ?? ''} 事先批准`,
      missing: [],
    };
  if (!s.emergency)
    return {
      result: '不符合',
      text: `${label}：批准（${s.approvalDate} ${s.approvalTime ?? ''}）晚于实施，且未载明情况紧急`,
      missing: [],
    };
  const limit = params.seizure.emergencyApprovalHours * 60;
  if (!s.time || !s.approvalTime) {
    if (toDayNumber(s.approvalDate) - toDayNumber(s.date) > Math.ceil(limit / 1440)) {
      return {
        result: '不符合',
        text: `${label}：紧急实施，补批 ${s.approvalDate} 超过 ${params.seizure.emergencyApprovalHours} 小时`,
        missing: [],
      };
    }
    return {
      result: '无法判定',
      text: `${label}：紧急实施后补批 ${s.approvalDate}，未录入时刻，无法核对是否在 ${params.seizure.emergencyApprovalHours} 小时内`,
      missing: [`${label}的批准时间和实施时间`],
    };
  }
  return minutesAfter <= limit
    ? {
        result: '符合',
        text: `${label}：紧急实施后 ${(minutesAfter / 60).toFixed(1)} 小时内补批`,
        missing: [],
      }
    : {
        result: '不符合',
        text: `${label}：紧急实施后 ${(minutesAfter / 60).toFixed(1)} 小时才补批，超过 ${params.seizure.emergencyApprovalHours} 小时`,
        missing: [],
      };
}

function checkTerm(s: Seizure, params: RuleParams): ItemCheck {
  const label = `${s.kind}（${s.date}）`;
  const ext = s.extensionDays ?? 0;
  if (ext > params.seizure.maxExtensionDays) {
    return {
      result: '不符合',
      text: `${label}：延长 ${ext} 日，超过 ${params.seizure.maxExtensionDays} 日`,
      missing: [],
    };
  }
  const counted = s.extensionNotified === false ? 0 : ext;
  const total = params.seizure.maxDays + counted + (s.excludedDays ?? 0);
  const limit = addCalendarDays(s.date, total);
  const why = `${params.seizure.maxDays} 日${counted ? ` + 延长 ${counted} 日` : ''}${s.excludedDays ? ` + 检测等期间 ${s.excludedDays} 日` : ''}，期限至 ${limit}`;
  const note = s.extensionNotified === false && ext > 0 ? '（延长未书面告知，不计入）' : '';
  if (!s.releaseDate)
    return {
      result: '无法判定',
      text: `${label}：${why}；未录入解除或处理决定日期`,
      missing: [`${label}的解除日期`],
    };
  if (compareIsoDates(s.releaseDate, s.date) < 0) {
    return {
      result: '无法判定',
      text: `${label}：解除日期 ${s.releaseDate} 早于实施日期，日期顺序有误`,
      missing: [`${label}的解除日期（顺序有误）`],
    };
  }
  return compareIsoDates(s.releaseDate, limit) <= 0
    ? { result: '符合', text: `${label}：${why}${note}；${s.releaseDate} 解除或处理`, missing: [] }
    : {
        result: '不符合',
        text: `${label}：${why}${note}；${s.releaseDate} 才解除或处理 → 超期`,
        missing: [],
      };
}

/** QX-SEIZE: approval before (or ≤24 h after, in emergencies) and term ≤ 30 (+30) days. */
export const qxSeizeSeizure: RuleDefinition = {
  ...head,
  title: '查封扣押批准与期限',
  run({ facts, params }) {
    const f = findingsFor(head);
    const list = facts.events.seizures;
    if (list.length === 0) return f.notApplicable('未录入查封扣押');
    const checks = list.flatMap((s) => [checkApproval(s, params), checkTerm(s, params)]);
    return combineChecks(f, checks, { evidence: list.map((s) => s.source) });
  },
};
