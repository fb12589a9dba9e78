import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  extractAmounts,
  extractCaseNumbers,
  extractDates,
  extractFromPages,
  extractOfficers,
  parseChineseInteger,
} from '../../../main/services/checks/extract';

describe('Chinese numerals', () => {
  it('parses positional numerals in both cases', () => {
    expect(parseChineseInteger('八')).toBe(8);
    expect(parseChineseInteger('十')).toBe(10);
    expect(parseChineseInteger('十八')).toBe(18);
    expect(parseChineseInteger('二十八')).toBe(28);
    expect(parseChineseInteger('贰仟')).toBe(2000);
    expect(parseChineseInteger('壹万伍仟')).toBe(15000);
    expect(parseChineseInteger('壹拾贰万零伍佰')).toBe(120500);
    expect(parseChineseInteger('叁仟零伍拾')).toBe(3050);
    expect(parseChineseInteger('二二')).toBeUndefined();
    expect(parseChineseInteger('')).toBeUndefined();
  });

  it('round-trips 1–99,999 written in 大写 (property)', () => {
    const D = '零壹贰叁肆伍陆柒捌玖';
    const write = (n: number): string => {
      const units: [number, string][] = [
        [10000, '万'],
        [1000, '仟'],
        [100, '佰'],
        [10, '拾'],
      ];
      let out = '';
      let rest = n;
      let zero = false;
      for (const [u, name] of units) {
        const q = Math.floor(rest / u);
        rest %= u;
        if (q > 0) {
          if (zero) out += '零';
          out += (D[q] ?? '') + name;
          zero = false;
        } else if (out) zero = true;
      }
      if (rest > 0) out += (zero ? '零' : '') + (D[rest] ?? '');
      return out;
    };
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => parseChineseInteger(write(n)) === n));
  });
});

describe('dates', () => {
  it.each([
    ['于2024年10月8日送达', '2024-10-08', '2024年10月8日'],
    ['日期：2024.10.08。', '2024-10-08', '2024.10.08'],
    ['2024-10-08 作出', '2024-10-08', '2024-10-08'],
    ['2024/10/8', '2024-10-08', '2024/10/8'],
    ['二〇二四年十月八日', '2024-10-08', '二〇二四年十月八日'],
    ['二〇二四年十月十八日', '2024-10-18', '二〇二四年十月十八日'],
    ['二〇二四年十月二十八日', '2024-10-28', '二〇二四年十月二十八日'],
    ['２０２４年１０月８日', '2024-10-08', '２０２４年１０月８日'],
    ['2024 年 10 月 8 日', '2024-10-08', '2024 年 10 月 8 日'],
  ])('%s → %s', (text, iso, quote) => {
    const found = extractDates(text, 3);
    expect(found).toHaveLength(1);
    expect(found[0]?.value).toBe(iso);
    expect(found[0]?.quote).toBe(quote);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(quote);
    expect(found[0]?.page).toBe(3);
  });

  it('skips impossible dates and numbers that only look like dates', () => {
    expect(extractDates('2024年2月30日')).toEqual([]);
    expect(extractDates('版本 1.2.3 与 12024.10.08')).toEqual([]);
    expect(extractDates('电话 2024-10-081')).toEqual([]);
  });

  it('returns several dates in text order', () => {
    const found = extractDates('立案2024年8月1日，二〇二四年九月三日送达，2024.09.27决定');
    expect(found.map((d) => d.value)).toEqual(['2024-08-01', '2024-09-03', '2024-09-27']);
  });
});

describe('amounts', () => {
  it.each([
    ['决定：罚款人民币贰仟元整。', 2000, true, '贰仟元整'],
    ['罚款2000元', 2000, true, '2000元'],
    ['没收违法所得2,000.00元', 2000, false, '2,000.00元'],
    ['罚款壹万伍仟元', 15000, true, '壹万伍仟元'],
    ['罚款1.5万元', 15000, true, '1.5万元'],
    ['货值￥3,500', 3500, false, '￥3,500'],
    ['罚款人民币叁佰元伍角', 300.5, true, '叁佰元伍角'],
  ])('%s → %d', (text, yuan, isFine, quote) => {
    const found = extractAmounts(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.value).toEqual({ yuan, isFine });
    expect(found[0]?.quote).toBe(quote);
  });

  it('finds several amounts and ignores bare numbers', () => {
    const found = extractAmounts('罚款2000元，没收违法所得500元，面积300平方米');
    expect(found.map((a) => [a.value.yuan, a.value.isFine])).toEqual([
      [2000, true],
      [500, false],
    ]);
  });
});

describe('officers', () => {
  it('reads names with certificate numbers from 笔录 headers', () => {
    const text = '执法人员：张三（证号：42010012345）、李四（证号：42010012346），记录人：王五';
    const found = extractOfficers(text, 2);
    expect(found.map((o) => o.value)).toEqual([
      { name: '张三', certificateNumber: '42010012345' },
      { name: '李四', certificateNumber: '42010012346' },
    ]);
    expect(found[0]?.quote).toBe('张三（证号：42010012345）');
    expect(found[0]?.page).toBe(2);
  });

  it('accepts half-width brackets, 执法证号 and comma forms', () => {
    expect(extractOfficers('检查人员：欧阳明(执法证号:HB-0042-123)').map((o) => o.value)).toEqual([
      { name: '欧阳明', certificateNumber: 'HB-0042-123' },
    ]);
    expect(extractOfficers('执法人员赵六，执法证号42010099999').map((o) => o.value.name)).toEqual(['赵六']);
  });
});

describe('officers listed separately from their numbers', () => {
  it('pairs names and numbers by order', () => {
    const found = extractOfficers('执法人员：张三、李四，执法证号：42010012345、42010012346。');
    expect(found.map((o) => o.value)).toEqual([
      { name: '张三', certificateNumber: '42010012345' },
      { name: '李四', certificateNumber: '42010012346' },
    ]);
    expect(found[0]?.quote).toBe('执法人员：张三、李四，执法证号：42010012345、42010012346');
  });

  it('does not guess when the counts differ', () => {
    expect(extractOfficers('执法人员：张三、李四、王五，执法证号：42010012345、42010012346')).toEqual([]);
  });
});

describe('case numbers', () => {
  it('reads 〔〕 and [] forms with 第', () => {
    const a = extractCaseNumbers('根据随城管罚〔2024〕12号决定书');
    expect(a.map((x) => x.value)).toEqual([
      { text: '随城管罚〔2024〕12号', prefix: '随城管罚', year: 2024, serial: 12 },
    ]);
    expect(a[0]?.quote).toBe('随城管罚〔2024〕12号');
    const b = extractCaseNumbers('鄂环罚字[2024]第3号');
    expect(b.map((x) => x.value)).toEqual([
      { text: '鄂环罚字〔2024〕第3号', prefix: '鄂环罚字', year: 2024, serial: 3 },
    ]);
    expect(extractCaseNumbers('文号：某市监罚（2025）105号')[0]?.value.prefix).toBe('某市监罚');
  });
});

describe('extractFromPages', () => {
  it('keeps the page number of each value', () => {
    const r = extractFromPages([
      { page: 1, text: '随城管罚〔2024〕12号 2024年9月27日' },
      { page: 2, text: '罚款人民币贰仟元整' },
    ]);
    expect(r.caseNumbers[0]?.page).toBe(1);
    expect(r.dates[0]?.page).toBe(1);
    expect(r.amounts[0]?.page).toBe(2);
  });
});
