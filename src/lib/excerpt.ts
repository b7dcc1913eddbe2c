/**
 * Where to cut a result's excerpt: about `context` characters either side of the match, so the match sits in the
 * middle, and never inside a Latin word (an English excerpt starts and ends at a space) or inside a surrogate pair.
 * Chinese text has no spaces and may be cut between any two characters. Pure: offsets in, offsets out.
 * @example excerptBounds('aaa bbb match ccc ddd', 8, 13, 6) // => { from: 4, to: 17 }
 */
export function excerptBounds(text: string, start: number, end: number, context = 70): { from: number; to: number } {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  const latin = (index: number) => /[A-Za-z0-9]/.test(text[index] ?? '');
  // Move outwards to the start of a word cut in two, inwards if that would pass the match.
  if (from > 0 && latin(from) && latin(from - 1)) {
    const space = text.lastIndexOf(' ', from);
    from = space >= 0 && start - space <= context * 1.5 ? space + 1 : text.indexOf(' ', from) + 1 || from;
    if (from > start) from = start;
  }
  if (to < text.length && latin(to - 1) && latin(to)) {
    const space = text.indexOf(' ', to);
    to = space >= 0 && space - end <= context * 1.5 ? space : Math.max(end, text.lastIndexOf(' ', to));
  }
  // Never split a surrogate pair (a rare character outside the Basic Multilingual Plane).
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from -= 1;
  if (/[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to += 1;
  return { from, to };
}
