/** What an import job reports when it ends (also the CLI's output). */
export interface CaseImportSummary {
  caseId: string;
  caseName: string;
  imported: number;
  duplicates: number;
  failed: { fileName: string; reason: string }[];
  cancelled: number;
}

export interface ImportSummary {
  cases: CaseImportSummary[];
  imported: number;
  duplicates: number;
  failed: number;
  /** Files not processed because the user cancelled. */
  cancelled: number;
  skipped: string[];
  /** Manifest problems (sheet, row, column) for rows that were not imported. */
  problems: string[];
}
