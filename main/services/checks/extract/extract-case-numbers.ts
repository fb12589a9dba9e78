import { extracted, foldFullWidth, type Extracted } from './extracted-value';

export interface CaseNumber {
  /** Normalised form with 〔〕, e.g. 鄂环罚〔2024〕3号 keeps 字/第 as written: 鄂环罚字〔2024〕第3号. */
  readonly text: string;
  /** Agency prefix, e.g. 随城管罚. */
  readonly prefix: string;
  readonly year: number;
  readonly serial: number;
}

// 随城管罚〔2024〕12号 / 鄂环罚字[2024]第3号 / 某某罚（2024）5号 / 【2024】
const CASE_NO =
  /([\u4e00-\u9fa5]{1,20})\s*[〔[（(【]\s*((?:19|20)\d{2})\s*[〕\]）)】]\s*(第?)\s*(\d{1,6})\s*号/g;

/**
 * A run of Chinese characters before the bracket includes the surrounding
 * sentence ("根据随城管罚…"); cut it after the last lead-in word.
 */
const LEAD_IN =
  /^.*(?:根据|依据|按照|作出|出具|下达|送达|文号为?|编号为?|案号为?|决定书|通知书|告知书|的|为|见)/;

/** Case and decision numbers (文号) such as 随城管罚〔2024〕12号 or 鄂环罚字[2024]第3号. */
export function extractCaseNumbers(text: string, page?: number): Extracted<CaseNumber>[] {
  const folded = foldFullWidth(text);
  const out: Extracted<CaseNumber>[] = [];
  for (const m of folded.matchAll(CASE_NO)) {
    const raw = m[1] ?? '';
    const prefix = raw.replace(LEAD_IN, '');
    if (prefix.length === 0) continue;
    const start = m.index + (raw.length - prefix.length);
    const year = Number(m[2]);
    const serial = Number(m[4]);
    out.push(
      extracted(
        { text: `${prefix}〔${year}〕${m[3] ?? ''}${serial}号`, prefix, year, serial },
        text,
        start,
        m.index + m[0].length,
        page,
      ),
    );
  }
  return out;
}
