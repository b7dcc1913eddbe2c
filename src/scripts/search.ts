/**
 * The search behind `/{lang}/search/` (and the quality tests): Pagefind finds candidates by single-character tokens,
 * then this code keeps the ones that contain the query as an exact phrase, falls back to the looser token match
 * (marked as such) only when none does, and puts a glossary entry or place first when the query names it (in
 * Chinese, pinyin or English).
 * Nothing is fetched until the first search.
 */
import { comparable, tokens } from '../lib/search-text.ts';

export interface SearchOptions {
  /** Per filter, the values any of which a result may have (a year range is its years). */
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
}

export interface SearchHit {
  url: string;
  title: string;
  path: string;
  text: string;
  /** exact: the record contains the query as a phrase; named: a glossary entry or place the query names; loose: only the tokens. */
  match: 'named' | 'exact' | 'loose';
  /** For a glossary entry: how many reports use the term. */
  uses?: number | undefined;
}

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (query: string, options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | null = null;
let traditional: Promise<Record<string, string>> | null = null;
/** Names of terms and places, written by scripts/build-search.ts. */
interface Lexicon {
  /** Comparable name → the entries or places it names (`glossary:<slug>`, `place:<id>`, `group:<form>`). */
  owners: Record<string, string[]>;
  /** Comparable name → other forms to search as well (新绛 and 绛州 for 新绛县; 鹳雀楼 for 鹤雀楼). */
  expand: Record<string, string[]>;
  /** Comparable group abbreviation → the place pages it names, per language. */
  named: Record<string, Record<'zh' | 'en', { url: string; title: string }[]>>;
}
let lexicon: Promise<Lexicon> | null = null;

/** Loads Pagefind on first use; the module path is the built site's, not a source import. */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
}

/** Traditional characters typed by a reader, mapped to the simplified ones the reports use. */
export async function toSimplified(query: string): Promise<string> {
  if (![...query].some((character) => /\p{Script=Han}/u.test(character))) return query;
  traditional ??= fetch('/search/t2s.json').then((response) => response.json() as Promise<Record<string, string>>);
  const map = await traditional;
  return [...query].map((character) => map[character] ?? character).join('');
}

function loadLexicon(): Promise<Lexicon> {
  lexicon ??= fetch('/search/lexicon.json').then((response) => response.json() as Promise<Lexicon>);
  return lexicon;
}

/**
 * Longer names of other terms and places that contain a phrase: the phrase does not match inside them
 * (绛县 inside 新绛县, 六保 inside 一包六保), but does inside another name of its own (放管服 in 放管服效).
 */
function longerNames(wanted: string, lexicon: Lexicon): string[] {
  const own = new Set(lexicon.owners[wanted] ?? []);
  return Object.keys(lexicon.owners).filter((name) => name.length > wanted.length && name.includes(wanted) && !lexicon.owners[name]!.some((owner) => own.has(owner)));
}

/** Whether a record's text holds the phrase on its own: not only inside a longer name, and a number not inside a longer number. */
function holdsPhrase(text: string, wanted: string, longer: string[]): boolean {
  let rest = comparable(text);
  for (const name of longer) rest = rest.split(name).join('\u0000');
  for (let at = rest.indexOf(wanted); at !== -1; at = rest.indexOf(wanted, at + 1)) {
    const digitBefore = /\d/.test(wanted[0]!) && /\d/.test(rest[at - 1] ?? '');
    const digitAfter = /\d/.test(wanted.at(-1)!) && /\d/.test(rest[at + wanted.length] ?? '');
    if (!digitBefore && !digitAfter) return true;
  }
  return false;
}

const BATCH = 20;
const MAX_CANDIDATES = 120;
const ENOUGH = 30;

/** Runs a query; returns hits in the order to show them. */
export async function search(rawQuery: string, options: SearchOptions): Promise<SearchHit[]> {
  const query = await toSimplified(rawQuery.trim());
  const wanted = comparable(query);
  if (wanted === '' || tokens(query).length === 0) return [];
  const [engine, names] = await Promise.all([loadPagefind(), loadLexicon()]);
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  // The query and the other forms of what it names: a place's short forms, a term's aliases, known misspellings.
  const phrases = [...new Set([wanted, ...(names.expand[wanted] ?? []).map(comparable)])];
  const checks = phrases.map((phrase) => ({ phrase, longer: longerNames(phrase, names) }));
  // A group abbreviation (盐临夏) names its member places' pages.
  const groupPages = names.named[wanted]?.[locale] ?? [];
  // Pagefind reads an array of values as "all of them"; a range of years means any of them.
  const anyOf = Object.fromEntries(Object.entries(options.filters).map(([name, values]) => [name, { any: values }]));
  const seen = new Set<string>();
  const candidates: PagefindResult[] = [];
  for (const phrase of [query, ...(names.expand[wanted] ?? [])]) {
    const found = await engine.search(tokens(phrase).join(' '), { filters: anyOf, ...(options.sort === 'date' ? { sort: { date: 'desc' as const } } : {}) });
    for (const result of found.results.slice(0, MAX_CANDIDATES)) {
      if (!seen.has(result.id)) candidates.push(result);
      seen.add(result.id);
    }
  }
  const named: SearchHit[] = groupPages.map((page) => ({ url: page.url, title: page.title, path: '', text: '', match: 'named' }));
  const exact: SearchHit[] = [];
  const loose: SearchHit[] = [];
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = await Promise.all(candidates.slice(start, start + BATCH).map((result) => result.data()));
    for (const data of batch) {
      const uses = data.meta.uses === undefined ? undefined : Number(data.meta.uses);
      // Where the result is: place › report › section path (a term or place shows what it is instead).
      const path = [data.meta.place, data.meta.report, data.meta.path].filter((part, index, parts) => part && parts.indexOf(part) === index).join(' › ');
      const hit = { url: data.url, title: data.meta.title ?? data.url, path, text: data.meta.text ?? '', uses };
      const forms = (data.meta.forms ?? '').split('|').filter(Boolean).map(comparable);
      if (groupPages.some((page) => page.url === data.url)) continue;
      // The readable text (a paragraph) or the names (a term, a place), not the token content: tokens split numbers.
      const haystack = data.meta.forms ?? data.meta.text ?? '';
      if (forms.includes(wanted)) named.push({ ...hit, match: 'named' });
      else if (checks.some((check) => holdsPhrase(haystack, check.phrase, check.longer))) exact.push({ ...hit, match: 'exact' });
      else loose.push({ ...hit, match: 'loose' });
    }
    if (named.length + exact.length >= ENOUGH) break;
  }
  // The looser token match is only a fallback: shown, as such, when nothing holds the phrase.
  return named.length + exact.length > 0 ? [...byUse(named), ...byUse(exact)] : loose;
}

/**
 * Glossary entries matched alike, the more widely used first, each in a slot an entry had: paragraphs and places keep
 * the places the ranking gave them.
 */
function byUse(hits: SearchHit[]): SearchHit[] {
  const entries = hits.filter((hit) => hit.uses !== undefined).sort((a, b) => b.uses! - a.uses!);
  return hits.map((hit) => (hit.uses === undefined ? hit : entries.shift()!));
}

/**
 * Where the query occurs in a text, for the excerpt: offsets in the original text of the first exact occurrence
 * (punctuation and spaces ignored as in matching), or null.
 */
export function findInText(text: string, query: string): { start: number; end: number } | null {
  const wanted = comparable(query);
  if (wanted === '') return null;
  const positions: number[] = [];
  let folded = '';
  [...text].forEach((character, index) => {
    const part = comparable(character);
    for (const unit of part) {
      folded += unit;
      positions.push(index);
    }
  });
  const at = folded.indexOf(wanted);
  if (at === -1) return null;
  const characters = [...text];
  const startIndex = positions[at]!;
  const endIndex = positions[at + wanted.length - 1]! + 1;
  const offset = (index: number) => characters.slice(0, index).join('').length;
  return { start: offset(startIndex), end: offset(endIndex) };
}
