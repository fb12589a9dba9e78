import { DOC_TYPES, type DocTypeCode } from './doc-types';

export type EvidenceSource = 'title' | 'file-name' | 'metadata' | 'content' | 'file-type';

export interface ClassificationEvidence {
  source: EvidenceSource;
  /** The matched text (normalised), e.g. “行政处罚决定书”. */
  text: string;
  /** 0-based line among the first non-empty lines, for `title`. */
  line?: number;
}

export interface Classification {
  code: DocTypeCode | null;
  label: string | null;
  /** 0-1; 0 when nothing matched. */
  confidence: number;
  evidence: ClassificationEvidence[];
}

export interface ClassifyInput {
  fileName: string;
  /** Extracted text (first pages are enough). */
  text: string;
  /** Title from the file's metadata (PDF /Title, often “Microsoft Word - 询问笔录.doc”). */
  metadataTitle?: string | null;
  /** Import route of the detected file type: audio/video is always 音像记录. */
  route?: 'pdf' | 'docx' | 'image' | 'media';
}

const TITLE_LINES = 10;
/** Titles are short lines; a longer line only mentions a document name. */
const TITLE_MAX_CHARS = 30;
const CONTENT_CHARS = 4000;

/** Removes whitespace and unifies brackets, so “行政处罚事先(听证) 告知书” matches the patterns. */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[(（〔［[]/g, '（')
    .replace(/[)）〕］\]]/g, '）');
}

const COMPILED = DOC_TYPES.map((type) => ({
  type,
  titles: type.titles.map((source) => new RegExp(source, 'u')),
}));

interface Candidate {
  code: DocTypeCode;
  label: string;
  weight: number;
  matchLength: number;
  order: number;
  evidence: ClassificationEvidence[];
}

function longestTitleMatch(text: string, patterns: readonly RegExp[]): string | null {
  let best: string | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (!best || match[0].length > best.length)) best = match[0];
  }
  return best;
}

function titleWeight(line: string, matched: string, lineIndex: number): number {
  // “送达文书：行政处罚决定书” names another document in a form field; it is not this document's title.
  const isFieldValue = /[：:]/u.test(line.slice(0, Math.max(0, line.indexOf(matched))));
  const base =
    line.length > TITLE_MAX_CHARS || isFieldValue ? 0.6 : matched.length * 2 >= line.length ? 0.95 : 0.85;
  return base - lineIndex * 0.01;
}

/**
 * Classifies a dossier document (卷内文书类型) from its title lines, file name
 * and content. The most specific title wins: 不予行政处罚决定书 and 当场行政处罚决定书
 * are excluded from 行政处罚决定书 by lookbehinds, and when several types match
 * one line the longest matched title is taken. Weights: title line 0.95 (short
 * line mostly made of the title), 0.85 (short line), 0.6 (long line or form field value); file name
 * 0.8; metadata title 0.75; content hints 0.55; +0.04 when file name and title agree.
 */
export function classifyDocument(input: ClassifyInput): Classification {
  const candidates = new Map<DocTypeCode, Candidate>();
  const consider = (
    code: DocTypeCode,
    label: string,
    order: number,
    weight: number,
    matched: string,
    evidence: ClassificationEvidence,
  ) => {
    const current = candidates.get(code);
    if (!current) {
      candidates.set(code, { code, label, weight, matchLength: matched.length, order, evidence: [evidence] });
      return;
    }
    current.evidence.push(evidence);
    if (weight > current.weight) current.weight = weight;
    current.matchLength = Math.max(current.matchLength, matched.length);
  };

  if (input.route === 'media') {
    const av = COMPILED.findIndex((c) => c.type.code === 'av_record');
    consider('av_record', '音像记录', av, 0.9, '', { source: 'file-type', text: '音像文件' });
  }

  // Only the first non-empty lines can be titles; a DOCX arrives as one long page.
  const lines: string[] = [];
  for (const raw of input.text.split('\n')) {
    const line = normalizeForMatching(raw);
    if (line.length > 0) lines.push(line);
    if (lines.length === TITLE_LINES) break;
  }
  const stem = normalizeForMatching(input.fileName.replace(/\.[^.]+$/u, ''));
  const content = normalizeForMatching(input.text.slice(0, CONTENT_CHARS));
  const metadataTitle = input.metadataTitle ? normalizeForMatching(input.metadataTitle) : null;

  COMPILED.forEach(({ type, titles }, order) => {
    lines.forEach((line, lineIndex) => {
      const matched = longestTitleMatch(line, titles);
      if (matched)
        consider(type.code, type.label, order, titleWeight(line, matched, lineIndex), matched, {
          source: 'title',
          text: matched,
          line: lineIndex,
        });
    });
    const inName = longestTitleMatch(stem, titles);
    if (inName) consider(type.code, type.label, order, 0.8, inName, { source: 'file-name', text: inName });
    const inMetadata = metadataTitle ? longestTitleMatch(metadataTitle, titles) : null;
    if (inMetadata)
      consider(type.code, type.label, order, 0.75, inMetadata, { source: 'metadata', text: inMetadata });
    const hints: readonly (readonly string[])[] = 'contentHints' in type ? type.contentHints : [];
    for (const group of hints) {
      if (group.every((keyword) => content.includes(keyword)))
        consider(type.code, type.label, order, 0.55, '', { source: 'content', text: group.join('、') });
    }
  });

  for (const candidate of candidates.values()) {
    const sources = new Set(candidate.evidence.map((e) => e.source));
    if (sources.has('title') && sources.has('file-name'))
      candidate.weight = Math.min(0.99, candidate.weight + 0.04);
  }
  const ranked = [...candidates.values()].sort(
    (a, b) => b.weight - a.weight || b.matchLength - a.matchLength || a.order - b.order,
  );
  const best = ranked[0];
  if (!best) return { code: null, label: null, confidence: 0, evidence: [] };
  return {
    code: best.code,
    label: best.label,
    confidence: Math.round(best.weight * 100) / 100,
    evidence: best.evidence,
  };
}
