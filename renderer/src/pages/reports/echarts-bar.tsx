import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the summary needs: bar charts drawn as SVG (sharp, and no canvas font issues).
echarts.use([BarChart, GridComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface EchartsBarProps {
  title: string;
  labels: string[];
  values: number[];
  max?: number;
  testId?: string;
}

/** One bar chart; re-rendered when its data changes, disposed on unmount. */
export function EchartsBar({ title, labels, values, max, testId }: EchartsBarProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      title: { text: title, textStyle: { fontSize: 14, fontFamily: 'inherit' } },
      tooltip: {},
      grid: { left: 40, right: 16, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
      yAxis: { type: 'value', minInterval: 1, ...(max === undefined ? {} : { max }) },
      series: [{ type: 'bar', data: values, barMaxWidth: 40, label: { show: true, position: 'top' } }],
      textStyle: { fontFamily: 'var(--pingcha-font), sans-serif' },
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [title, labels, values, max]);
  return (
    <div
      ref={ref}
      style={{ width: '100%', height: 260 }}
      data-testid={testId}
      role="img"
      aria-label={title}
    />
  );
}
