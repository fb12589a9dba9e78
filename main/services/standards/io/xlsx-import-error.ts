/**
 * A problem found while importing a spreadsheet. `row` is the 1-based Excel
 * row; `column` is the letter plus header, e.g. `H（扣分选项）`, so staff can
 * find the cell directly.
 */
export interface XlsxImportError {
  sheet: string;
  row?: number;
  column?: string;
  itemCode?: string;
  message: string;
}
