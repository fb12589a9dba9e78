import type { FactValue } from '../../../preload/contract/methods/facts';
import { FIELD_LABELS, SERVICE_MANNERS } from '../checks';
import {
  allText,
  pickCaseNumber,
  pickDate,
  pickFine,
  pickFirstDate,
  pickMatch,
  pickOfficers,
  type DocPage,
  type Picked,
} from './text-picks';

export interface DossierDoc {
  readonly id: string;
  readonly fileName: string;
  /** DocTypeCode (main/services/documents/classify/doc-types.ts) or null. */
  readonly docType: string | null;
  readonly pages: readonly DocPage[];
}

/** A proposal before it is stored; `target` grammar is described in preload/contract/methods/facts.ts. */
export interface ProposalDraft {
  readonly target: string;
  readonly label: string;
  readonly value: Record<string, FactValue>;
  readonly documentId: string;
  readonly page: number;
  readonly quote: string;
}

const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
const NAMES = `${NAME}(?:\\s*[、，,]\\s*${NAME})*`;
const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

const splitNames = (s: string): string[] => s.split(/\s*[、，,]\s*/).filter((n) => n.length >= 2);

/** Builds one proposal whose page and quote are those of its anchor value. */
function draft(
  doc: DossierDoc,
  target: string,
  label: string,
  anchor: Picked<unknown>,
  value: Record<string, FactValue | undefined>,
): ProposalDraft {
  const clean = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Record<
    string,
    FactValue
  >;
  return { target, label, value: clean, documentId: doc.id, page: anchor.page, quote: anchor.quote };
}

/** 陈述申辩期限 stated in a 告知书: “自收到本告知书之日起五个工作日内”. */
function statedPeriod(pages: readonly DocPage[]): number | undefined {
  const m = pickMatch(pages, /([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*个?工作日/);
  if (!m) return undefined;
  const n = Number(m.value);
  if (Number.isInteger(n) && n > 0) return n;
  const zh = m.value;
  if (zh.length === 1) return CHINESE_DIGITS[zh];
  if (zh.startsWith('十')) return 10 + (CHINESE_DIGITS[zh[1] ?? ''] ?? 0);
  return undefined;
}

type Builder = (doc: DossierDoc, text: string) => ProposalDraft[];

const investigation =
  (kind: '现场检查' | '询问'): Builder =>
  (doc, text) => {
    const date = pickFirstDate(doc.pages, /(?:检查|询问|调查|勘验)(?:时间|日期)[:：]?\s*$/);
    if (!date) return [];
    const officers = pickOfficers(doc.pages).map((o) => o.value.name);
    const listed = pickMatch(
      doc.pages,
      new RegExp(`(?:执法人员|检查人员?|调查人员?|询问人)[:：]\\s*(${NAMES})`),
    );
    const names = officers.length > 0 ? officers : listed ? splitNames(listed.value) : [];
    // APL Art 55: the record must show that certificates were produced.
    const shown = /出示(?:了)?(?:行政)?执法(?:证件|证)/.test(text) ? true : undefined;
    return [
      draft(doc, 'events.investigations[]', `${kind}（${doc.fileName}）`, date, {
        kind,
        date: date.value,
        officers: names,
        certificateShown: shown,
      }),
    ];
  };

const decision =
  (kind: '处罚' | '不予处罚' | '许可' | '不予许可', onTheSpot?: boolean): Builder =>
  (doc, text) => {
    const date = pickDate(doc.pages);
    if (!date) return [];
    const number = pickCaseNumber(doc.pages);
    const fine = kind === '处罚' ? pickFine(doc.pages) : undefined;
    const types =
      kind === '处罚' ? [...(/警告/.test(text) ? ['警告'] : []), ...(fine ? ['罚款'] : [])] : undefined;
    const out = [
      draft(doc, 'events.decision', `决定（${doc.fileName}）`, date, {
        date: date.value,
        kind,
        number: number?.value,
        amount: fine?.value,
        penaltyTypes: types && types.length > 0 ? types : undefined,
        onTheSpot,
      }),
    ];
    if (number) out.push(draft(doc, '', `案号（${doc.fileName}）`, number, { caseNumber: number.value }));
    return out;
  };

const single =
  (target: string, key: string, labelText: string, labels?: RegExp): Builder =>
  (doc) => {
    const date = pickDate(doc.pages, labels);
    return date ? [draft(doc, target, `${labelText}（${doc.fileName}）`, date, { [key]: date.value })] : [];
  };

/** 送达回证: serves either the 告知书 or the 决定书, named on the form. */
const serviceReceipt: Builder = (doc, text) => {
  const date = pickDate(doc.pages, /(?:送达|签收|收到)(?:时间|日期)[:：]?\s*$/);
  if (!date) return [];
  const manner =
    SERVICE_MANNERS.find((m) => text.includes(m)) ?? (text.includes('邮寄') ? '邮寄送达' : undefined);
  if (/告知书/.test(text) && !/决定书/.test(text)) {
    return [
      draft(doc, 'events.notices[0]', `告知书送达（${doc.fileName}）`, date, { servedDate: date.value }),
    ];
  }
  return [
    draft(doc, 'events.decisionService', `决定书送达（${doc.fileName}）`, date, { date: date.value, manner }),
  ];
};

const BUILDERS: Record<string, Builder> = {
  filing_approval: single('events.filing', 'date', '立案', /立案(?:时间|日期)[:：]?\s*$/),
  onsite_inspection_record: investigation('现场检查'),
  inquiry_record: investigation('询问'),
  prior_notice: (doc, text) => {
    const date = pickDate(doc.pages);
    if (!date) return [];
    return [
      draft(doc, 'events.notices[0]', `告知书（${doc.fileName}）`, date, {
        kind: '行政处罚事先告知',
        issuedDate: date.value,
        periodWorkingDays: statedPeriod(doc.pages),
        hearingRightNotified: /听证/.test(text) ? true : undefined,
        proposedAmount: pickFine(doc.pages)?.value,
      }),
    ];
  },
  statement_defense_record: single('events.statements[]', 'date', '陈述申辩'),
  hearing_notice: single('events.hearing', 'noticeDate', '听证通知'),
  hearing_record: (doc) => {
    const date = pickFirstDate(doc.pages, /听证(?:时间|日期)[:：]?\s*$/);
    const chair = pickMatch(doc.pages, new RegExp(`主持人[:：]\\s*(${NAME})`));
    return date
      ? [
          draft(doc, 'events.hearing', `听证（${doc.fileName}）`, date, {
            heldDate: date.value,
            chair: chair?.value,
          }),
        ]
      : [];
  },
  legal_review_opinion: (doc, text) => {
    const date = pickDate(doc.pages, /审核(?:时间|日期)[:：]?\s*$/);
    if (!date) return [];
    // 不同意 contains 同意: test the negative forms first.
    const outcome = /不同意|不予同意/.test(text)
      ? '不同意'
      : /退回/.test(text)
        ? '退回'
        : /同意/.test(text)
          ? '同意'
          : '';
    const reviewer = pickMatch(
      doc.pages,
      new RegExp(`(?:审核人员?|审核人签名|法制审核人)[:：]\\s*(${NAME})`),
    );
    const out = [
      draft(doc, 'events.legalReviews[]', `法制审核（${doc.fileName}）`, date, {
        date: date.value,
        outcome,
        reviewer: reviewer?.value ?? '',
      }),
    ];
    // The reviewer must also be in legalReviewers (FZ-4, FZ-5); qualification comes from the roster.
    if (reviewer)
      out.push(
        draft(doc, 'legalReviewers[]', `法制审核人员（${doc.fileName}）`, reviewer, { name: reviewer.value }),
      );
    return out;
  },
  collective_discussion: (doc) => {
    const date = pickFirstDate(doc.pages, /(?:讨论|会议)(?:时间|日期)[:：]?\s*$/);
    const people = pickMatch(doc.pages, new RegExp(`(?:参加人员|出席人员|参会人员)[:：]\\s*(${NAMES})`));
    return date
      ? [
          draft(doc, 'events.collectiveDiscussions[]', `集体讨论（${doc.fileName}）`, date, {
            date: date.value,
            participants: people ? splitNames(people.value) : [],
          }),
        ]
      : [];
  },
  penalty_decision: decision('处罚'),
  no_penalty_decision: decision('不予处罚'),
  onsite_penalty_decision: decision('处罚', true),
  license_grant_decision: decision('许可'),
  license_denial_decision: decision('不予许可'),
  service_receipt: serviceReceipt,
  publicity_record: single('events.publication', 'date', '公示', /公示(?:时间|日期)[:：]?\s*$/),
  closing_approval: single('events.closing', 'date', '结案', /结案(?:时间|日期)[:：]?\s*$/),
  seizure_decision: (doc, text) => {
    const date = pickDate(doc.pages);
    const kind = /扣押/.test(text) && !/查封/.test(text) ? '扣押' : '查封';
    return date
      ? [draft(doc, 'events.seizures[]', `${kind}（${doc.fileName}）`, date, { kind, date: date.value })]
      : [];
  },
  enforcement_decision: single('events.enforcements[]', 'date', '强制执行'),
  acceptance_notice: single('events.licensing', 'acceptedDate', '受理'),
  license_application: single('events.licensing', 'applicationDate', '申请'),
};

/**
 * Proposals for one document: the event its type implies (a 送达回证 gives a
 * service date, a 法制审核意见书 a review date and outcome, a 行政处罚决定书
 * the decision date, number and amount …) and the officers it names.
 */
export function proposalsForDocument(doc: DossierDoc): ProposalDraft[] {
  const text = allText(doc.pages);
  if (text.trim() === '') return [];
  const builder = doc.docType ? BUILDERS[doc.docType] : undefined;
  const events = builder ? builder(doc, text) : [];
  const officers = pickOfficers(doc.pages).map((o) =>
    draft(doc, 'officers[]', `执法人员（${doc.fileName}）`, o, {
      name: o.value.name,
      certificateNumber: o.value.certificateNumber,
    }),
  );
  return [...events, ...officers];
}

/** Chinese labels of the keys of a proposal value (for the proposals list). */
export function keyLabelsOf(value: Record<string, FactValue>): Record<string, string> {
  const extra: Record<string, string> = {
    date: '日期',
    servedDate: '送达日期',
    issuedDate: '落款日期',
    number: '文号',
    amount: '罚款金额（元）',
  };
  return Object.fromEntries(Object.keys(value).map((k) => [k, extra[k] ?? FIELD_LABELS[k] ?? k]));
}
