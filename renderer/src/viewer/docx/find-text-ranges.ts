/**
 * Finds every occurrence of `query` in the text of `root` as DOM ranges, ignoring
 * whitespace on both sides: the search index removes the spaces of letter-spaced
 * Chinese (normalize-text.ts), and a hit may cross element boundaries (<strong>, <a>).
 */
export function findTextRanges(root: Node, query: string): Range[] {
  const wanted = query.replace(/\s+/gu, '');
  if (!wanted) return [];
  // Every non-space character of the text, with the text node and offset it came from.
  const chars: string[] = [];
  const places: Array<{ node: Text; offset: number }> = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let offset = 0; offset < text.length; offset++) {
      if (/\s/u.test(text[offset]!)) continue;
      chars.push(text[offset]!);
      places.push({ node, offset });
    }
  }
  const haystack = chars.join('');
  const ranges: Range[] = [];
  for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + wanted.length)) {
    const start = places[at]!;
    const end = places[at + wanted.length - 1]!;
    const range = root.ownerDocument!.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    ranges.push(range);
  }
  return ranges;
}
