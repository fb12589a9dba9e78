import type { Rate, SummaryRow } from '../../../preload/contract/model/summary-data';

/** 0.8333 → "83.3%"; an undecidable rate prints as a dash, never as 0 %. */
export const percent = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

export const rateText = (r: Rate): string =>
  r.rate === null ? '—' : `${percent(r.rate)}（${r.ok}/${r.of}）`;

/** GS / JL / FZ flags in one cell: √ compliant, × problem, — nothing to judge (as on paper forms). */
export const flagsText = (row: SummaryRow): string =>
  (['公示', '全过程记录', '法制审核'] as const)
    .map(
      (k) =>
        `${k === '全过程记录' ? '记录' : k === '法制审核' ? '审核' : k}${row.flags[k] === '符合' ? '√' : row.flags[k] === '不符合' ? '×' : '—'}`,
    )
    .join(' ');
