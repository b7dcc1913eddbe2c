import { languageRuns } from './language-runs.ts';

/** A glossary entry as the English matcher sees it: the Chinese forms a translation brackets, and the English rendering. */
export interface EnglishTermCandidate {
  slug: string;
  /** The term and its aliases as the reports print them (`承诺制+标准地+全代办`). */
  forms: string[];
  /** The entry's recommended English rendering (`entry.en.rendering`), a leading “the ” included or not. */
  rendering: string;
}

/** A piece of English text: a glossary term's link (its entry's slug) or plain text. */
export interface EnglishSegment {
  text: string;
  slug?: string;
}

interface Span {
  slug: string;
  start: number;
  end: number;
  /** Found by the Chinese form the English keeps (bracketed, or a quoted code), not by the English rendering. */
  original: boolean;
}

/** Straight and curly quotation marks fold to one form, so `"five grasps"` matches `“five grasps”`. */
const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‟': '"', '‘': "'", '’': "'", '‚': "'", '‛': "'" };

/**
 * Lower case, one quotation mark of each kind: a character-for-character fold, so offsets in the folded text are
 * offsets in the original (a character whose lower case is longer, such as İ, is kept as it is).
 */
function fold(text: string): string {
  let folded = '';
  for (const character of text) {
    const quote = QUOTES[character];
    const lower = character.toLowerCase();
    folded += quote ?? (lower.length === character.length ? lower : character);
  }
  return folded;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether a match at [start, end) stands on its own: no letter or digit glued to a word character at either edge. */
function standsAlone(text: string, start: number, end: number): boolean {
  const gluedBefore = start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!);
  const gluedAfter = end < text.length && WORD.test(text[end]!) && WORD.test(text[end - 1]!);
  return !gluedBefore && !gluedAfter;
}

/** Every start of `needle` in `haystack`. */
function indexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let index = haystack.indexOf(needle); index !== -1; index = haystack.indexOf(needle, index + 1)) found.push(index);
  return found;
}

const HAN = /\p{Script=Han}/u;

/**
 * The Chinese forms a translation gives in brackets after its English, alone or as one item of a list there:
 * `(承诺制+标准地+全代办)`, `（小升规）`, `(“1+N”)`, `(SRDI; 专精特新)`, `(个转企、小升规、规改股、股上市)`. The span is the form
 * itself, without brackets or quotation marks. A longer item (`(三块地改革)` for 三块地) is not the form and does not match.
 */
function bracketedSpans(text: string, candidate: EnglishTermCandidate): Span[] {
  const spans: Span[] = [];
  for (const group of text.matchAll(/[(（]([^()（）]*)[)）]/gu)) {
    const content = group[1]!;
    const offset = group.index + 1;
    for (const form of candidate.forms) {
      for (const start of indexesOf(content, form)) {
        const end = start + form.length;
        // The form is a whole item: between the bracket or a separator on each side, with spaces or quotation marks around it.
        const before = content.slice(0, start).replace(/[\s“"]*$/u, '');
        const after = content.slice(end).replace(/^[\s”"]*/u, '');
        if ((before === '' || /[、，,;；]$/u.test(before)) && (after === '' || /^[、，,;；]/u.test(after))) spans.push({ slug: candidate.slug, start: offset + start, end: offset + end, original: true });
      }
    }
  }
  return spans;
}

/**
 * A code without Chinese characters (`1311`, `3+2`, `1+N`) is kept as it is in the English, in quotation marks:
 * `the “1311” major projects`. The span is the code, inside the marks, as the Chinese pages link quoted terms.
 */
function quotedCodeSpans(text: string, candidate: EnglishTermCandidate): Span[] {
  return candidate.forms
    .filter((form) => !HAN.test(form))
    .flatMap((form) =>
      indexesOf(text, form)
        .filter((start) => /[“"]/u.test(text[start - 1] ?? '') && /[”"]/u.test(text[start + form.length] ?? ''))
        .map((start) => ({ slug: candidate.slug, start, end: start + form.length, original: true })),
    );
}

/**
 * The entry's English rendering in the text, without a leading “the ” or a trailing gloss in brackets (`“standard
 * land” (industrial land supplied with preset standards)` is found as `“standard land”`), in any case and with
 * either kind of quotation marks, not glued to a longer word.
 */
function renderingSpans(folded: string, text: string, candidate: EnglishTermCandidate): Span[] {
  const rendering = fold(
    candidate.rendering
      .trim()
      .replace(/^the\s+/i, '')
      .replace(/\s*\([^()]*\)$/u, ''),
  );
  // A rendering of one or two letters would match inside ordinary prose; none is that short, but guard the matcher anyway.
  if (rendering.length < 3) return [];
  return indexesOf(folded, rendering)
    .filter((start) => standsAlone(text, start, start + rendering.length))
    .map((start) => ({ slug: candidate.slug, start, end: start + rendering.length, original: false }));
}

/**
 * The glossary terms to link in an English text, as the text cut into segments (every character once, in order).
 * `candidates` are the entries the Chinese original of this text uses (the Chinese matcher found them there), so a
 * link is grounded in the Chinese, never in an English phrase alone. Each term is found by the Chinese form the English
 * keeps, `(承诺制+标准地+全代办)` in brackets or a code such as “1311”, or else by its English rendering; a kept form
 * wins over the rendering wherever the two are in the text, then the longer match, then the earlier one. A term in
 * `seen` (linked earlier on the page) is not linked again; a linked term is added to it.
 * @example englishTermSegments('the “X” reform (承诺制)', [{ slug: 'c', forms: ['承诺制'], rendering: 'the “X” reform' }], new Set())
 * // => [{ text: 'the “X” reform (' }, { text: '承诺制', slug: 'c' }, { text: ')' }]
 */
export function englishTermSegments(text: string, candidates: EnglishTermCandidate[], seen: Set<string>): EnglishSegment[] {
  const folded = fold(text);
  const spans = candidates.filter((candidate) => !seen.has(candidate.slug)).flatMap((candidate) => [...bracketedSpans(text, candidate), ...quotedCodeSpans(text, candidate), ...renderingSpans(folded, text, candidate)]);
  spans.sort((a, b) => Number(b.original) - Number(a.original) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const span of spans) {
    if (seen.has(span.slug) || chosen.some((other) => span.start < other.end && other.start < span.end)) continue;
    seen.add(span.slug);
    chosen.push(span);
  }
  chosen.sort((a, b) => a.start - b.start);
  const segments: EnglishSegment[] = [];
  let at = 0;
  for (const span of chosen) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), slug: span.slug });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

/** A stretch of English text to render: its language runs, inside a link (the index of its link) or not. */
export interface LinkedRuns {
  link: number | null;
  runs: { text: string; chinese: boolean }[];
}

/**
 * English text cut at its links' edges, each piece in language runs as `languageRuns` finds them in the whole text,
 * so a link changes no `lang` marking: a Chinese run split by a link's edge stays Chinese on both sides.
 * `links` are [start, end) offsets that do not overlap, in order.
 */
export function linkedRuns(text: string, links: { start: number; end: number }[]): LinkedRuns[] {
  const edges = [...new Set([0, ...links.flatMap((link) => [link.start, link.end]), text.length])].sort((a, b) => a - b);
  const linkAt = (offset: number) => {
    const index = links.findIndex((link) => link.start <= offset && offset < link.end);
    return index === -1 ? null : index;
  };
  const pieces: LinkedRuns[] = [];
  let runStart = 0;
  const runs = languageRuns(text).map((run) => {
    const start = runStart;
    runStart += run.text.length;
    return { ...run, start, end: runStart };
  });
  for (let index = 0; index + 1 < edges.length; index++) {
    const from = edges[index]!;
    const to = edges[index + 1]!;
    const piece: LinkedRuns = { link: linkAt(from), runs: [] };
    for (const run of runs) {
      if (run.end <= from || run.start >= to) continue;
      piece.runs.push({ text: text.slice(Math.max(from, run.start), Math.min(to, run.end)), chinese: run.chinese });
    }
    pieces.push(piece);
  }
  return pieces;
}
