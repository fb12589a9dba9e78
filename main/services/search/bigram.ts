/**
 * Bigram splitting for Chinese full-text search with SQLite FTS5.
 *
 * FTS5's `trigram` tokenizer returns no rows (and no error) for 1-2 character
 * queries, which are the norm in Chinese (罚款, 听证). Instead each run of CJK
 * characters is indexed as overlapping bigrams plus its last character alone:
 * 行政处罚 → `行政 政处 处罚 罚`. Every character therefore starts exactly one
 * token, so a 1-character query is a prefix query (`"罚"*`), a 2-character query
 * is one token and a longer one is a phrase of consecutive bigrams: all three
 * find exactly the pages `LIKE '%q%'` finds (within runs of CJK text).
 * Latin letters and digits are indexed as whole words (case-folded by FTS5).
 */

export type RunKind = 'cjk' | 'word';

export interface TextRun {
  kind: RunKind;
  text: string;
}

const CJK_SCRIPTS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Bopomofo}';
/** A CJK run, or a run of other letters/digits/marks; everything else separates runs. */
const RUN = new RegExp(`([${CJK_SCRIPTS}]+)|((?:(?![${CJK_SCRIPTS}])[\\p{L}\\p{N}\\p{M}])+)`, 'gu');

/** Splits text into CJK runs and Latin/digit word runs; punctuation and spaces are dropped. */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of text.normalize('NFC').matchAll(RUN)) {
    if (match[1]) runs.push({ kind: 'cjk', text: match[1] });
    else if (match[2]) runs.push({ kind: 'word', text: match[2] });
  }
  return runs;
}

/** Index tokens of one CJK run: all bigrams, then the last character alone. */
export function cjkRunTokens(run: string): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  const last = chars[chars.length - 1];
  if (last) tokens.push(last);
  return tokens;
}

/** Tokens for indexing, in order. */
export function indexTokens(text: string): string[] {
  return splitRuns(text).flatMap((run) => (run.kind === 'cjk' ? cjkRunTokens(run.text) : [run.text]));
}

/** The text stored in the FTS table: tokens separated by spaces. */
export const toIndexText = (text: string): string => indexTokens(text).join(' ');
