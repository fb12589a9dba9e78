import { extracted, foldFullWidth, type Extracted } from './extracted-value';

export interface OfficerMention {
  readonly name: string;
  readonly certificateNumber: string;
}

// 张三（证号：42010012345） / 张三(执法证号:42010012345) / 张三，执法证号 42010012345
const NAME = '[\\u4e00-\\u9fa5·]{2,4}';
const LABEL = '(?:执法证号|执法证件号|执法证编号|证件号|证号|编号)';
const CERT = '([A-Za-z0-9\\-]{5,20})';
const PAREN = new RegExp(`(${NAME})\\s*[（(]\\s*${LABEL}\\s*[:：]?\\s*${CERT}\\s*[）)]`, 'g');
const COMMA = new RegExp(`(${NAME})\\s*[，,、]\\s*${LABEL}\\s*[:：]?\\s*${CERT}`, 'g');
/** Words that precede names in 笔录 headers and must not be glued to them. */
const PREFIX = /^(?:执法人员|检查人员|调查人员|询问人|记录人|承办人|办案人员|执法人|人员)[:：]?/;

function cleanName(raw: string): string {
  return raw.replace(PREFIX, '');
}

// 执法人员：张三、李四，执法证号：42010012345、42010012346 — names and numbers listed separately, paired by order.
const LISTED = new RegExp(
  `(?:执法人员|检查人员|调查人员|办案人员)\\s*[:：]?\\s*(${NAME}(?:\\s*[、,，]\\s*${NAME})+)\\s*[，,；;]\\s*${LABEL}\\s*[:：]?\\s*([A-Za-z0-9\\-]{5,20}(?:\\s*[、,，]\\s*[A-Za-z0-9\\-]{5,20})+)`,
  'g',
);

interface Span {
  readonly start: number;
  readonly end: number;
}

function extractListed(
  text: string,
  folded: string,
  page: number | undefined,
): { found: Extracted<OfficerMention>[]; spans: Span[] } {
  const out: Extracted<OfficerMention>[] = [];
  const spans: Span[] = [];
  for (const m of folded.matchAll(LISTED)) {
    const end = m.index + m[0].length;
    // The whole list is consumed even when it cannot be paired, so the
    // "name，证号" pattern does not pair its last name with its first number.
    spans.push({ start: m.index, end });
    const names = (m[1] ?? '').split(/\s*[、,，]\s*/);
    const certs = (m[2] ?? '').split(/\s*[、,，]\s*/);
    if (names.length !== certs.length) continue; // cannot pair safely
    names.forEach((name, i) => {
      const cert = certs[i];
      if (cert) out.push(extracted({ name, certificateNumber: cert }, text, m.index, end, page));
    });
  }
  return { found: out, spans };
}

/**
 * Officer names with certificate numbers from 笔录 text, e.g.
 * "执法人员：张三（证号：42010012345）、李四（证号：42010012346）".
 */
export function extractOfficers(text: string, page?: number): Extracted<OfficerMention>[] {
  const folded = foldFullWidth(text);
  const listed = extractListed(text, folded, page);
  const out: Extracted<OfficerMention>[] = listed.found;
  for (const re of [PAREN, COMMA]) {
    for (const m of folded.matchAll(re)) {
      const raw = m[1] ?? '';
      const name = cleanName(raw);
      const cert = m[2] ?? '';
      if (name.length < 2) continue;
      const start = m.index + (raw.length - name.length);
      const end = m.index + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      if (listed.spans.some((o) => start < o.end && end > o.start)) continue;
      out.push(extracted({ name, certificateNumber: cert }, text, start, end, page));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
