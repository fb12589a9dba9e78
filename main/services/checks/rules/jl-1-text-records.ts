import { findingsFor } from './rule-helpers';
import { hasFine } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'JL-1',
  system: '全过程记录',
  legalBasis:
    '《行政处罚法》第四十七条（对启动、调查取证、审核、决定、送达、执行等进行全过程记录，归档保存）；国办发〔2018〕118号',
} as const;

/**
 * JL-1 文字记录: each procedural stage leaves a text record. Absence here means
 * "not entered in the facts"; the explanation asks the reviewer to confirm.
 */
export const jl1TextRecords: RuleDefinition = {
  ...head,
  title: '各环节文字记录齐全',
  run({ facts }) {
    const f = findingsFor(head);
    const e = facts.events;
    const stages: [string, boolean][] = [];
    if (facts.actType === '行政处罚') {
      if (facts.procedure === undefined)
        return f.unknown('未录入程序类型（简易/普通），无法确定应有的记录环节', ['程序类型']);
      if (facts.procedure === '普通') {
        stages.push(['立案', e.filing !== undefined]);
        stages.push(['调查取证', e.investigations.length > 0]);
      }
      stages.push(['决定', e.decision !== undefined]);
      stages.push(['送达', e.decisionService !== undefined || e.decision?.onTheSpot === true]);
      if (hasFine(facts) && e.closing)
        stages.push(['执行（罚款缴纳或强制执行）', e.payment !== undefined || e.enforcements.length > 0]);
    } else if (facts.actType === '行政许可') {
      stages.push(['受理', e.licensing?.acceptedDate !== undefined]);
      stages.push(['决定', e.decision !== undefined]);
      stages.push(['送达', e.decisionService !== undefined]);
    } else {
      return f.unknown(
        `本规则目前只为行政处罚、行政许可配置了必备环节；${facts.actType}的文字记录请人工核对`,
        [],
      );
    }
    const missing = stages.filter(([, ok]) => !ok).map(([s]) => s);
    const present = stages.filter(([, ok]) => ok).map(([s]) => s);
    if (missing.length > 0) {
      return f.fail(
        `未见以下环节的文字记录：${missing.join('、')}（已有：${present.join('、') || '无'}）。如案卷中确有，请补录相应事实`,
      );
    }
    return f.pass(`已有各环节文字记录：${present.join('、')}`);
  },
};
