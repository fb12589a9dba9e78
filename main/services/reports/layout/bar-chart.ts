import { rgb } from '@cantoo/pdf-lib';
import { GREY, INK, RULE, type PdfWriter } from './pdf-writer';

export interface BarChartSpec {
  title: string;
  labels: string[];
  values: number[];
  /** Top of the value axis; defaults to the largest value rounded up. */
  max?: number;
  format?: (v: number) => string;
  width?: number;
  height?: number;
}

const BAR = rgb(0.27, 0.45, 0.7);

/** A round axis top: 1, 2 or 5 × 10ⁿ at or above `v`. */
export function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p;
}

/**
 * A vertical bar chart drawn with PDF paths (rectangles and lines), so it
 * prints sharply at any zoom; labels use the report font.
 */
export function drawBarChart(w: PdfWriter, spec: BarChartSpec): void {
  const width = spec.width ?? w.contentWidth;
  const height = spec.height ?? 170;
  const fmt = spec.format ?? ((v: number) => String(v));
  const max = spec.max ?? niceMax(Math.max(0, ...spec.values));
  const titleSize = 10.5;
  const labelSize = 7.5;
  w.ensure(height + titleSize * 2 + labelSize * 3);
  w.text(spec.title, w.margin.left, w.y - titleSize, titleSize);
  w.y -= titleSize * 2;
  const axisX = w.margin.left + 32;
  const plotW = width - 40;
  const bottom = w.y - height;
  // Grid lines with their values.
  for (let i = 0; i <= 4; i++) {
    const y = bottom + (height * i) / 4;
    w.page.drawLine({
      start: { x: axisX, y },
      end: { x: axisX + plotW, y },
      thickness: i === 0 ? 0.8 : 0.3,
      color: i === 0 ? INK : RULE,
    });
    const label = fmt(round((max * i) / 4));
    w.text(label, axisX - 4 - w.measure(label, labelSize), y - labelSize / 3, labelSize, GREY);
  }
  const n = Math.max(1, spec.values.length);
  const slot = plotW / n;
  const barW = Math.min(40, slot * 0.6);
  spec.values.forEach((v, i) => {
    const h = max === 0 ? 0 : (Math.min(v, max) / max) * height;
    const x = axisX + slot * i + (slot - barW) / 2;
    if (h > 0) w.page.drawRectangle({ x, y: bottom, width: barW, height: h, color: BAR });
    const value = fmt(v);
    w.text(value, x + (barW - w.measure(value, labelSize)) / 2, bottom + h + 2, labelSize);
    w.wrap(spec.labels[i] ?? '', labelSize, slot - 2)
      .slice(0, 2)
      .forEach((line, j) =>
        w.text(
          line,
          axisX + slot * i + (slot - w.measure(line, labelSize)) / 2,
          bottom - labelSize - 3 - j * (labelSize + 2),
          labelSize,
        ),
      );
  });
  w.y = bottom - labelSize * 3 - 8;
}

const round = (v: number) => Math.round(v * 100) / 100;
