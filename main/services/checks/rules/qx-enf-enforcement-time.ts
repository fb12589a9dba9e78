import { toMinutes } from '../calendar/clock-time';
import { compareIsoDates } from '../calendar/iso-date';
import { describeDay } from '../calendar/explain-days';
import { findingsFor, worstOf } from './rule-helpers';
import type { CheckResult, RuleDefinition } from './rule-types';

const head = {
  id: 'QX-ENF',
  system: '程序',
  legalBasis:
    '《行政强制法》第三十五条（作出强制执行决定前应当事先催告）、第四十三条（不得在夜间或者法定节假日实施行政强制执行，情况紧急的除外）',
} as const;

/** True when any minute of [start, end] falls in the night window (which may wrap midnight). */
function touchesNight(start: number, end: number, nightStart: number, nightEnd: number): boolean {
  const isNight = (m: number): boolean =>
    nightStart > nightEnd ? m >= nightStart || m < nightEnd : m >= nightStart && m < nightEnd;
  if (end < start) return true; // ran past midnight
  if (isNight(start) || isNight(end)) return true;
  return nightStart > nightEnd ? false : start < nightStart && end >= nightEnd;
}

/** QX-ENF: no enforcement at night or on statutory holidays (make-up workdays are not holidays), reminder first. */
export const qxEnfEnforcementTime: RuleDefinition = {
  ...head,
  title: '强制执行时间与催告',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    const list = facts.events.enforcements;
    if (list.length === 0) return f.notApplicable('未录入强制执行');
    const p = params.enforcement;
    const results: CheckResult[] = [];
    const lines: string[] = [];
    const missing: string[] = [];
    const warnings: string[] = [];
    for (const x of list) {
      const label = `强制执行（${x.date}）`;
      if (x.emergency) {
        results.push('符合');
        lines.push(`${label}：载明情况紧急，不受夜间、节假日限制`);
        warnings.push(`${label}的紧急情形须人工核对`);
        continue;
      }
      const problems: string[] = [];
      const info = calendar.dayInfo(x.date);
      if (info.kind === 'holiday') problems.push(`${describeDay(x.date, calendar)}为法定节假日`);
      if (info.kind === 'weekend') {
        if (p.weekendCountsAsHoliday)
          problems.push(`${describeDay(x.date, calendar)}为休息日（按参数视为节假日）`);
        else warnings.push(`${describeDay(x.date, calendar)}为普通休息日，是否属于“法定节假日”理解不一`);
      }
      if (x.reminderDate && compareIsoDates(x.reminderDate, x.date) > 0)
        problems.push(`催告 ${x.reminderDate} 晚于执行`);
      if (!x.reminderDate) warnings.push(`${label}未录入催告书送达日期`);
      if (!x.startTime || !x.endTime) {
        missing.push(`${label}的起止时间`);
        results.push(problems.length ? '不符合' : '无法判定');
        lines.push(
          `${label}：${problems.join('；') || describeDay(x.date, calendar)}；未录入起止时间，无法核对是否在夜间`,
        );
        continue;
      }
      if (
        touchesNight(
          toMinutes(x.startTime),
          toMinutes(x.endTime),
          toMinutes(p.nightStart),
          toMinutes(p.nightEnd),
        )
      ) {
        problems.push(`${x.startTime}–${x.endTime} 涉及夜间（${p.nightStart}–${p.nightEnd}）`);
      }
      results.push(problems.length ? '不符合' : '符合');
      lines.push(
        `${label} ${x.startTime}–${x.endTime}：${problems.length ? problems.join('；') : `${describeDay(x.date, calendar)}，非夜间、非法定节假日`}`,
      );
    }
    const text = lines.join('\n');
    const evidence = list.map((x) => x.source);
    const result = worstOf(results);
    if (result === '不符合') return f.fail(text, { evidence, warnings });
    if (result === '无法判定') return f.unknown(text, missing, { evidence, warnings });
    return f.pass(text, { evidence, warnings });
  },
};
