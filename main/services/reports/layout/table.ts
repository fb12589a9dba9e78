import { rgb } from '@cantoo/pdf-lib';
import type { PdfWriter } from './pdf-writer';

export interface TableColumn {
  title: string;
  /** Share of the table width; shares are normalised. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableSpec {
  columns: TableColumn[];
  rows: string[][];
  size?: number;
  /** Label/value tables have no header row; the first column is shaded instead. */
  header?: boolean;
  shadeFirstColumn?: boolean;
}

const HEADER_FILL = rgb(0.9, 0.9, 0.9);
const BORDER = rgb(0.3, 0.3, 0.3);
const PAD = 4;

/**
 * A bordered table that flows across pages: a row that does not fit moves to
 * the next page, where the header row is repeated; a single row taller than a
 * page is split between lines (the header is repeated there too).
 */
export function drawTable(w: PdfWriter, spec: TableSpec): void {
  const size = spec.size ?? 9.5;
  const lineHeight = size * 1.45;
  const total = spec.columns.reduce((s, c) => s + c.width, 0);
  const widths = spec.columns.map((c) => (c.width / total) * w.contentWidth);
  const xs = widths.map((_, i) => w.margin.left + widths.slice(0, i).reduce((s, v) => s + v, 0));
  const cellLines = (cells: string[]) =>
    spec.columns.map((_, i) => w.wrap(cells[i] ?? '', size, widths[i]! - PAD * 2));
  const header = spec.header === false ? null : cellLines(spec.columns.map((c) => c.title));
  const heightOf = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length)) * lineHeight + PAD * 2;

  const drawRow = (lines: string[][], fillAll: boolean) => {
    const h = heightOf(lines);
    lines.forEach((cell, i) => {
      const fill = fillAll || (spec.shadeFirstColumn && i === 0);
      w.page.drawRectangle({
        x: xs[i]!,
        y: w.y - h,
        width: widths[i]!,
        height: h,
        borderColor: BORDER,
        borderWidth: 0.5,
        ...(fill ? { color: HEADER_FILL } : {}),
      });
      const align = fillAll ? 'center' : (spec.columns[i]!.align ?? 'left');
      cell.forEach((line, j) => {
        const lw = w.measure(line, size);
        const x =
          align === 'left'
            ? xs[i]! + PAD
            : align === 'right'
              ? xs[i]! + widths[i]! - PAD - lw
              : xs[i]! + (widths[i]! - lw) / 2;
        w.text(line, x, w.y - PAD - size - j * lineHeight + size * 0.15, size);
      });
    });
    w.y -= h;
  };

  const startPage = () => {
    w.newPage();
    if (header) drawRow(header, true);
  };

  if (header) {
    // Never leave a header alone at the bottom of a page.
    if (w.y - heightOf(header) - lineHeight - PAD * 2 < w.floor) w.newPage();
    drawRow(header, true);
  }
  for (const cells of spec.rows) {
    let lines = cellLines(cells);
    while (w.y - heightOf(lines) < w.floor) {
      const room = Math.floor((w.y - w.floor - PAD * 2) / lineHeight);
      const fresh = w.pageHeight - w.margin.top - w.floor - (header ? heightOf(header) : 0);
      if (heightOf(lines) <= fresh || room < 1) {
        startPage();
        if (heightOf(lines) <= fresh) break;
        continue;
      }
      // Taller than a whole page: draw what fits here, continue on the next page.
      drawRow(
        lines.map((l) => l.slice(0, room)),
        false,
      );
      lines = lines.map((l) => l.slice(room));
      startPage();
    }
    drawRow(lines, false);
  }
  w.y -= 4;
}
