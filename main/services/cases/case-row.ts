import type { Selectable } from 'kysely';
import type { CasesTable } from '../../db/schema';
import type { CaseFields, CaseRecord, CaseSummary } from '../../../preload/contract/methods/cases';
import { maskIdNumber } from './mask-id-number';

type CaseRow = Selectable<CasesTable>;

const jsonArray = <T>(text: string): T[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
};

/** Validated case fields → the columns written to `cases`. */
export function caseFieldsToColumns(fields: CaseFields) {
  return {
    case_number: fields.caseNumber,
    name: fields.name,
    agency: fields.agency,
    sector: fields.sector,
    act_type: fields.actType,
    procedure: fields.procedure,
    party_name: fields.party.name,
    party_kind: fields.party.kind,
    party_id_number: fields.party.idNumber,
    filed_date: fields.dates.filed,
    decided_date: fields.dates.decided,
    served_date: fields.dates.served,
    closed_date: fields.dates.closed,
    penalty_types: JSON.stringify(fields.penalty.types),
    penalty_amount: fields.penalty.amount,
    officers: JSON.stringify(fields.officers),
    tags: JSON.stringify(fields.tags),
    notes: fields.notes,
    status: fields.status,
  };
}

export function rowToRecord(row: CaseRow, documentCount: number): CaseRecord {
  return {
    id: row.id,
    caseNumber: row.case_number ?? '',
    name: row.name ?? '',
    agency: row.agency ?? '',
    sector: row.sector,
    actType: (row.act_type ?? '其他') as CaseFields['actType'],
    procedure: row.procedure as CaseFields['procedure'],
    party: {
      name: row.party_name,
      kind: row.party_kind as CaseFields['party']['kind'],
      idNumber: row.party_id_number,
    },
    dates: {
      filed: row.filed_date,
      decided: row.decided_date,
      served: row.served_date,
      closed: row.closed_date,
    },
    penalty: { types: jsonArray<string>(row.penalty_types), amount: row.penalty_amount },
    officers: jsonArray<CaseFields['officers'][number]>(row.officers),
    tags: jsonArray<string>(row.tags),
    notes: row.notes,
    status: row.status as CaseFields['status'],
    documentCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rowToSummary(row: CaseRow, documentCount: number, unmask: boolean): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number ?? '',
    name: row.name ?? '',
    agency: row.agency ?? '',
    actType: (row.act_type ?? '其他') as CaseSummary['actType'],
    procedure: row.procedure as CaseSummary['procedure'],
    partyName: row.party_name,
    partyIdNumber: unmask ? row.party_id_number : maskIdNumber(row.party_id_number),
    decidedDate: row.decided_date,
    status: row.status as CaseSummary['status'],
    tags: jsonArray<string>(row.tags),
    documentCount,
    updatedAt: row.updated_at,
  };
}
