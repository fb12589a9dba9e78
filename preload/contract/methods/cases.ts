import { z } from 'zod';
import { defineMethod } from '../define-method';

import { ACT_TYPES, PARTY_KINDS, PROCEDURES } from '../vocabulary';

export { ACT_TYPES, PARTY_KINDS, PROCEDURES };
/** Review status of a dossier in the library. */
export const CASE_STATUSES = ['待评查', '评查中', '已评查'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, '不存在的日期');

const text = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字符`);

export const caseInputSchema = z
  .object({
    caseNumber: text(100).default(''),
    name: text(300).min(1, '案件名称不能为空'),
    agency: text(200).default(''),
    sector: text(100).default(''),
    actType: z.enum(ACT_TYPES).default('行政处罚'),
    procedure: z.enum(PROCEDURES).nullable().default(null),
    party: z
      .object({
        name: text(200).default(''),
        kind: z.enum(PARTY_KINDS).nullable().default(null),
        idNumber: text(50).default(''),
      })
      .strict()
      .default({ name: '', kind: null, idNumber: '' }),
    dates: z
      .object({
        filed: isoDate.nullable().default(null),
        decided: isoDate.nullable().default(null),
        served: isoDate.nullable().default(null),
        closed: isoDate.nullable().default(null),
      })
      .strict()
      .default({ filed: null, decided: null, served: null, closed: null }),
    penalty: z
      .object({
        types: z.array(text(50)).max(20).default([]),
        amount: z.number().nonnegative('金额不能为负').max(1e12).nullable().default(null),
      })
      .strict()
      .default({ types: [], amount: null }),
    officers: z
      .array(z.object({ name: text(50).min(1), certificateNumber: text(50).default('') }).strict())
      .max(50)
      .default([]),
    tags: z.array(text(50).min(1)).max(50).default([]),
    notes: text(10_000).default(''),
    status: z.enum(CASE_STATUSES).default('待评查'),
  })
  .strict();

export type CaseInput = z.input<typeof caseInputSchema>;
export type CaseFields = z.output<typeof caseInputSchema>;

export interface CaseRecord extends CaseFields {
  id: string;
  documentCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A row of the case list; the party's ID number is masked unless asked otherwise. */
export interface CaseSummary {
  id: string;
  caseNumber: string;
  name: string;
  agency: string;
  actType: CaseFields['actType'];
  procedure: CaseFields['procedure'];
  partyName: string;
  partyIdNumber: string;
  decidedDate: string | null;
  status: CaseFields['status'];
  tags: string[];
  documentCount: number;
  updatedAt: string;
}

export const CASE_SORT_FIELDS = [
  'caseNumber',
  'name',
  'agency',
  'actType',
  'decidedDate',
  'updatedAt',
] as const;

const caseListArgs = z
  .object({
    filter: z
      .object({
        agency: text(200).optional(),
        actType: z.enum(ACT_TYPES).optional(),
        status: z.enum(CASE_STATUSES).optional(),
        tag: text(50).optional(),
        text: text(200).optional(),
        decidedFrom: isoDate.optional(),
        decidedTo: isoDate.optional(),
      })
      .strict()
      .default({}),
    sort: z
      .object({ field: z.enum(CASE_SORT_FIELDS), direction: z.enum(['asc', 'desc']) })
      .strict()
      .default({ field: 'updatedAt', direction: 'desc' }),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
    unmask: z.boolean().default(false),
  })
  .strict();

export interface CaseListResult {
  rows: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CaseSaveResult {
  record: CaseRecord;
  /** Other cases that already use this case number (a warning, not an error). */
  duplicateNumberOf: { id: string; name: string }[];
}

export interface CaseFacets {
  agencies: string[];
  tags: string[];
}

const idArgs = z.object({ id: z.string().min(1).max(64) }).strict();

export const caseMethods = {
  'cases.list': defineMethod<CaseListResult>()(caseListArgs),
  'cases.get': defineMethod<CaseRecord>()(idArgs),
  'cases.create': defineMethod<CaseSaveResult>()(z.object({ record: caseInputSchema }).strict()),
  'cases.update': defineMethod<CaseSaveResult>()(
    z.object({ id: z.string().min(1).max(64), record: caseInputSchema }).strict(),
  ),
  /** Moves the case to the recycle bin; `cases.restore` undoes it. */
  'cases.delete': defineMethod<{ id: string }>()(idArgs),
  'cases.restore': defineMethod<CaseRecord>()(idArgs),
  'cases.facets': defineMethod<CaseFacets>()(z.object({}).strict()),
  /** The next live case by case number (the reviewer's "save and next case"); `id: null` after the last. */
  'cases.next': defineMethod<{ id: string | null }>()(idArgs),
};
