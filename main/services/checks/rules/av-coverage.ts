import { toMinutes } from '../calendar/clock-time';
import type { AvRecord, AvStage } from '../facts/case-facts-schema';
import type { CheckResult } from './rule-types';

export interface CoverageCheck {
  readonly result: CheckResult;
  readonly text: string;
  readonly missing: string[];
}

interface TimedAct {
  readonly label: string;
  readonly stage: AvStage;
  readonly date: string;
  readonly startTime?: string | undefined;
  readonly endTime?: string | undefined;
}

/**
 * Does a recording of an accepted kind cover the act? Photos never count as
 * 全程音像记录 (domain.md §1.3); a break in recording needs an explanation.
 */
export interface CoverageOptions {
  /** Other stage names that also count (e.g. 送达 for 留置送达). */
  readonly stageAliases?: readonly AvStage[];
  /** Only require a recording on the act's day (listed stages rarely have clock times). */
  readonly presenceOnly?: boolean;
}

export function checkAvCoverage(
  act: TimedAct,
  records: readonly AvRecord[],
  kinds: readonly AvRecord['kind'][],
  options: CoverageOptions = {},
): CoverageCheck {
  const stageAliases = options.stageAliases ?? [];
  const sameAct = records.filter(
    (r) => (r.stage === act.stage || stageAliases.includes(r.stage)) && r.date === act.date,
  );
  const usable = sameAct.filter((r) => kinds.includes(r.kind));
  const kindText = kinds.map((k) => (k === 'video' ? '视频' : k === 'audio' ? '录音' : '照片')).join('或');
  if (usable.length === 0) {
    const photos = sameAct.filter((r) => r.kind === 'photo').length;
    const other = sameAct.length - photos;
    if (photos > 0 && other === 0)
      return {
        result: '不符合',
        text: `${act.label}：仅有照片 ${photos} 张/组，照片不等于全程音像记录`,
        missing: [],
      };
    if (other > 0)
      return {
        result: '不符合',
        text: `${act.label}：仅有${sameAct.map((r) => (r.kind === 'audio' ? '录音' : r.kind === 'video' ? '视频' : '照片')).join('、')}，缺少${kindText}`,
        missing: [],
      };
    return { result: '不符合', text: `${act.label}：未见${kindText}记录`, missing: [] };
  }
  if (usable.some((r) => r.interrupted)) {
    return {
      result: '无法判定',
      text: `${act.label}：音像记录有中断，须核对中断原因说明`,
      missing: [`${act.label}音像记录中断原因说明`],
    };
  }
  if (options.presenceOnly) return { result: '符合', text: `${act.label}：有${kindText}记录`, missing: [] };
  if (!act.startTime) {
    return {
      result: '无法判定',
      text: `${act.label}：有${kindText}，但未录入活动开始时间，无法核对是否覆盖全过程`,
      missing: [`${act.label}的开始时间`],
    };
  }
  const timed = usable.filter((r) => r.startTime && r.endTime);
  if (timed.length === 0) {
    return {
      result: '无法判定',
      text: `${act.label}：有${kindText}，但未录入记录起止时间`,
      missing: [`${act.label}音像记录的起止时间`],
    };
  }
  const actStart = toMinutes(act.startTime);
  const actEnd = act.endTime ? toMinutes(act.endTime) : actStart;
  const covering = timed.find(
    (r) => toMinutes(r.startTime ?? '') <= actStart && toMinutes(r.endTime ?? '') >= actEnd,
  );
  const span = `${act.startTime}${act.endTime ? `–${act.endTime}` : ''}`;
  if (covering)
    return {
      result: '符合',
      text: `${act.label}（${span}）：${kindText} ${covering.startTime}–${covering.endTime} 覆盖全过程`,
      missing: [],
    };
  return {
    result: '不符合',
    text: `${act.label}（${span}）：现有记录 ${timed.map((r) => `${r.startTime}–${r.endTime}`).join('、')} 未完整覆盖`,
    missing: [],
  };
}
