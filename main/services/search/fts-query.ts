import { splitRuns, type TextRun } from './bigram';

export interface QueryTerm {
  /** The term as typed (one whitespace-separated part of the query). */
  source: string;
  runs: TextRun[];
  /** FTS5 tokens that must appear consecutively. */
  tokens: string[];
  /** Whether the last token is matched as a prefix. */
  prefix: boolean;
}

/**
 * Tokens for one search term, mirroring how text was indexed:
 * - a CJK run contributes its bigrams; it also contributes its last character
 *   alone when another run follows (the index has that token at the run's end);
 * - a single CJK character at the end of the term matches as a prefix (it is
 *   the first character of some bigram or the final single token);
 * - a Latin/digit word is exact, except at the end of the term where it is a
 *   prefix (typing `gb23` finds `GB2312`).
 */
export function termTokens(source: string): QueryTerm | null {
  const runs = splitRuns(source);
  if (runs.length === 0) return null;
  const tokens: string[] = [];
  runs.forEach((run, i) => {
    const isLast = i === runs.length - 1;
    if (run.kind === 'word') {
      tokens.push(run.text);
      return;
    }
    const chars = [...run.text];
    for (let k = 0; k + 1 < chars.length; k++) tokens.push(`${chars[k]}${chars[k + 1]}`);
    if (!isLast || chars.length === 1) tokens.push(chars[chars.length - 1] ?? '');
  });
  const last = runs[runs.length - 1];
  const prefix = last !== undefined && (last.kind === 'word' || [...last.text].length === 1);
  return { source, runs, tokens, prefix };
}

/** Splits a user query into terms (AND-ed); quotes and FTS syntax characters are plain separators. */
export function parseQuery(query: string): QueryTerm[] {
  return query
    .split(/\s+/u)
    .map((part) => termTokens(part))
    .filter((term): term is QueryTerm => term !== null);
}

/** Quotes a token for FTS5; tokens only hold letters/digits, but never trust that blindly. */
const quote = (token: string): string => `"${token.replace(/"/g, '""')}"`;

/**
 * Builds an FTS5 MATCH expression for the bigram index, or null when the query
 * has nothing searchable (only spaces or punctuation). User input never reaches
 * FTS5 unquoted, so `"`, `*`, `(`, `NEAR`, `AND`, `-` ... cannot cause syntax errors.
 */
export function buildFtsQuery(query: string): string | null {
  const terms = parseQuery(query);
  if (terms.length === 0) return null;
  return terms.map((term) => `${quote(term.tokens.join(' '))}${term.prefix ? '*' : ''}`).join(' AND ');
}
