import { combineChecks, findingsFor } from './rule-helpers';
import { checkAvCoverage } from './av-coverage';
import { onSiteActs } from './case-queries';
import type { AvStage } from '../facts/case-facts-schema';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'JL-3',
  system: '全过程记录',
  legalBasis:
    '国办发〔2018〕118号（对现场执法、调查取证、举行听证、留置送达和公告送达等容易引发争议的行政执法过程，要根据实际情况进行音像记录）；各机关音像记录事项清单',
} as const;

/**
 * JL-3: AV (video or audio) for the stages on the agency's list (default
 * 听证、留置送达、公告送达). Stages not on the list are left to human judgement.
 */
export const jl3ListedAv: RuleDefinition = {
  ...head,
  title: '音像记录（按事项清单）',
  run({ facts, params }) {
    const f = findingsFor(head);
    const listed = params.avRecording.listedStages;
    const e = facts.events;
    const acts: {
      label: string;
      stage: AvStage;
      date: string;
      startTime?: string | undefined;
      endTime?: string | undefined;
    }[] = [];
    for (const a of onSiteActs(facts))
      if (listed.includes(a.stage) && !params.avRecording.mandatoryStages.includes(a.stage)) acts.push(a);
    if (listed.includes('听证') && e.hearing?.heldDate)
      acts.push({ label: `听证（${e.hearing.heldDate}）`, stage: '听证', date: e.hearing.heldDate });
    const manner = e.decisionService?.manner;
    if (e.decisionService && (manner === '留置送达' || manner === '公告送达') && listed.includes(manner)) {
      acts.push({
        label: `${manner}（${e.decisionService.date}）`,
        stage: manner,
        date: e.decisionService.date,
      });
    }
    if (acts.length === 0) return f.notApplicable(`未发生事项清单所列环节（${listed.join('、')}）`);
    // Listed stages usually have no recorded clock times; presence of a recording on the day is what can be checked.
    const checks = acts.map((a) =>
      checkAvCoverage(a, facts.avRecords, ['video', 'audio'], {
        presenceOnly: true,
        stageAliases: a.stage === '留置送达' || a.stage === '公告送达' ? ['送达'] : [],
      }),
    );
    return combineChecks(f, checks, {
      evidence: facts.avRecords.map((r) => r.source),
      warningsWhenPassed: ['音像记录内容是否完整、连续须人工核对'],
    });
  },
};
