/**
 * The search behind `/{lang}/search/` (and the quality tests). The index holds Chinese as overlapping bigrams, digits
 * and Latin words (`search-text.ts`), so Pagefind's phrase search ("…": tokens adjacent, in order) finds exactly the records
 * that hold the query, and its count is the true total without reading the records. This code then puts the entries
 * and places the query names first (in Chinese, pinyin or English; a name given in pinyin or English is also searched
 * by its Chinese forms), rules out records that hold the query only inside a longer name of something else (绛县 in
 * 新绛县, 六保 in 一包六保; the parts of a compound term such as 承诺制 in 承诺制+标准地+全代办 do count), loads the
 * results a page at a time, and falls back to records holding the query's characters, labelled as such, only when no
 * record holds the phrase. Nothing is fetched until the first search.
 */
import { comparable, hasChinese, looseTokens, phraseTokens, searchWords } from '../lib/search-text.ts';

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
  /** The form of the query the text holds, to mark in the excerpt and on the page (永济 for “yongji”); else the query. */
  phrase?: string | undefined;
  /** 'zh' for a paragraph of the Chinese text found from an English page (its title, path and text are Chinese). */
  language?: 'zh' | undefined;
}

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  /** Where the query's words are in the record's content; empty when only its metadata matched. */
  words: number[];
  data: () => Promise<PagefindData>;
}
/** Pagefind's merging of another index (a shard, or another language of its own) into an instance. */
interface Merging {
  mergeIndex: (path: string, options?: { language: string }) => Promise<void>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (query: string, options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: PagefindResult[] }>;
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
  /** Per filter, each English value → the Chinese one of the same reports (`place`: Yongji City → 永济市; `type`: report paragraph only). */
  chineseFilters: Record<string, Record<string, string>>;
  /** Per index language (`zh-cn`, `en`), the values each filter takes in the records: the filters' choices. */
  filters: Record<string, Record<string, string[]>>;
  /** The index's shards after the first (`/pagefind-2/`, …), merged into it at query time. */
  shards: string[];
}
let lexicon: Promise<Lexicon> | null = null;

/**
 * Loads Pagefind on first use, with every shard of the index merged into the first (see scripts/build-search.ts);
 * the module path is the built site's, not a source import.
 */
export function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= Promise.all([import(/* @vite-ignore */ url), loadLexicon()]).then(async ([module, names]: [Pagefind & Merging, Lexicon]) => {
    await module.init();
    await Promise.all(names.shards.map((shard) => module.mergeIndex(shard)));
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

let chinesePagefind: Promise<Pagefind> | null = null;
/**
 * The Chinese text's index, for an English page. Pagefind gives an instance the index of `<html lang>`, so this is
 * a second instance with the Chinese index merged in (Pagefind's `mergeIndex` with a `language`). Pagefind skips a
 * merge whose path its own begins with (to avoid counting one index twice), so the same folder is given as
 * `/pagefind/./`, which the browser fetches as `/pagefind/`.
 * Its searches are filtered to report paragraphs by their Chinese type, which leaves out the English records.
 */
function loadChinesePagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  chinesePagefind ??= Promise.all([import(/* @vite-ignore */ url), loadLexicon()]).then(async ([module, names]: [{ createInstance: () => Pagefind & Merging }, Lexicon]) => {
    const instance = module.createInstance();
    await Promise.all(['/pagefind/./', ...names.shards].map((shard) => instance.mergeIndex(shard, { language: 'zh-cn' })));
    await instance.init();
    return instance;
  });
  return chinesePagefind;
}

/** Whether the filters chosen on an English page leave out report paragraphs (a search of glossary terms or places only). */
function excludesText(filters: Record<string, string[]>, names: Lexicon): boolean {
  return (filters.type ?? []).length > 0 && !filters.type!.some((type) => type in (names.chineseFilters.type ?? {}));
}

/** An English page's filters as the Chinese records carry them; the type is always the Chinese report paragraph. */
function inChinese(filters: Record<string, string[]>, names: Lexicon): Record<string, { any: string[] }> {
  const mapped = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values.map((value) => names.chineseFilters[name]?.[value] ?? value) }]));
  return { ...mapped, type: { any: Object.values(names.chineseFilters.type ?? {}) } };
}

export function loadLexicon(): Promise<Lexicon> {
  lexicon ??= fetch('/search/lexicon.json').then((response) => response.json() as Promise<Lexicon>);
  return lexicon;
}

/**
 * Longer names of other terms and places that contain a phrase: the phrase does not match inside them
 * (绛县 inside 新绛县, 六保 inside 一包六保), but does inside another name of its own (放管服 in 放管服效), and inside
 * a name built on it, which begins with it (链长 in 链长制: the system of chain chiefs).
 */
function longerNames(wanted: string, lexicon: Lexicon): string[] {
  const own = new Set(lexicon.owners[wanted] ?? []);
  return Object.keys(lexicon.owners).filter((name) => name.length > wanted.length && name.includes(wanted) && !name.startsWith(wanted) && !lexicon.owners[name]!.some((owner) => own.has(owner)));
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

const PAGE = 20;
/** Above this many candidates, records are checked against longer names page by page instead of all at once. */
const CHECK_ALL = 400;

/** What a query found: the named entries and places, then every record holding the phrase, shown a page at a time. */
export interface SearchResults {
  /** exact: records that hold the phrase (and named entries); loose: no record does, these hold its characters. */
  match: 'exact' | 'loose';
  /** How many records match: the true total, the same whatever the order (an upper bound when `approximate`). */
  total: number;
  /** True when too many records hold the phrase to rule out, before showing them, those holding it only inside a longer name. */
  approximate: boolean;
  /** On an English page, how many of the results are in the Chinese text (they follow the English ones). */
  inChinese?: number;
  /** The hits loaded so far, in the order to show them. */
  hits: SearchHit[];
  /** True when every hit has been loaded. */
  complete: boolean;
  /** Loads the next page of hits (appended to `hits`); resolves to false when all are shown. */
  more: () => Promise<boolean>;
}

/**
 * Records whose text holds the query. Pagefind also matches a record's metadata (the section title, the place), so a
 * paragraph of a section titled “…Xinjiang County…” would be found for “Xinjiang County” without holding it; those
 * come with no word positions, and are left out before anything is loaded.
 */
async function searchText(engine: Pagefind, query: string, options: Parameters<Pagefind['search']>[1]): Promise<{ results: PagefindResult[] }> {
  const found = await engine.search(query, options);
  return { results: found.results.filter((result) => result.words.length > 0) };
}

/** Pagefind's phrase search: the tokens adjacent and in order; a lone Chinese character, which has no phrase, as a prefix. */
function phraseQuery(phrase: string): string {
  const words = phraseTokens(phrase);
  return words.length > 0 ? `"${searchWords(words)}"` : searchWords(looseTokens(phrase));
}
const LOOKUP_RECORDS = { lookup: { any: ['1'] } };

/** A loaded record as a result. */
function toHit(data: PagefindData, match: SearchHit['match']): SearchHit {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    // Where the result is: place › report › the sections above it, its own title being the link (a term or place
    // shows what it is instead).
    path: [data.meta.place, data.meta.report, ...(data.meta.path ?? '').split(' › ')].filter((part, index, parts) => part && parts.indexOf(part) === index && !(index === parts.length - 1 && part === data.meta.title)).join(' › '),
    text: data.meta.text ?? '',
    match,
    uses: data.meta.uses === undefined ? undefined : Number(data.meta.uses),
  };
}

/** Runs a query; returns the first page of hits and a way to load the rest. */
export async function search(rawQuery: string, options: SearchOptions): Promise<SearchResults> {
  const empty: SearchResults = { match: 'exact', total: 0, approximate: false, hits: [], complete: true, more: async () => false };
  const query = await toSimplified(rawQuery.trim());
  const wanted = comparable(query);
  if (wanted === '' || looseTokens(query).length === 0) return empty;
  const [engine, names] = await Promise.all([loadPagefind(), loadLexicon()]);
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  // Pagefind reads an array of values as "all of them"; a range of years means any of them.
  const filters = Object.fromEntries(Object.entries(options.filters).map(([name, values]) => [name, { any: values }]));
  const sort = options.sort === 'date' ? { sort: { date: 'desc' as const } } : {};
  // 1. Entries and places: the ones the query names (in Chinese, pinyin or English) first, then those whose names hold it.
  // Phrases as typed (Pagefind needs the word breaks of “wu zhua”); compared in their comparable form.
  const phrases: string[] = [];
  const addPhrase = (phrase: string) => {
    if (!phrases.some((other) => comparable(other) === comparable(phrase))) phrases.push(phrase);
  };
  for (const phrase of [query, ...(names.expand[wanted] ?? [])]) addPhrase(phrase);
  const groupPages = names.named[wanted]?.[locale] ?? [];
  const named: SearchHit[] = groupPages.map((page) => ({ url: page.url, title: page.title, path: '', text: '', match: 'named' }));
  const lookups: SearchHit[] = [];
  // Entries and places one of whose names begins with the query (“yongji” for Yongji City, yongjishi): likelier meant.
  const prefixed: SearchHit[] = [];
  const seen = new Set<string>(groupPages.map((page) => page.url));
  const lookupFound = await Promise.all(phrases.map((phrase) => searchText(engine, phraseQuery(phrase), { filters: { ...filters, ...LOOKUP_RECORDS } })));
  const chineseNames: string[] = [];
  const lookupData = await Promise.all(lookupFound.flatMap((found) => found.results).map((result) => result.data()));
  for (const data of lookupData) {
    if (seen.has(data.url)) continue;
    seen.add(data.url);
    const forms = (data.meta.forms ?? '').split('|').filter(Boolean);
    // Named: the query is one of its names, or a part of it that the lexicon gives it (承诺制 of 承诺制+标准地+全代办).
    const [, kind, id] = /^\/(?:zh|en)\/(glossary|places)\/([^/]+)\//.exec(data.url) ?? [];
    const owner = kind === 'glossary' ? `glossary:${id}` : `place:${id}`;
    if (forms.map(comparable).includes(wanted) || (names.owners[wanted] ?? []).includes(owner)) {
      named.push(toHit(data, 'named'));
      chineseNames.push(...forms.filter(hasChinese));
    } else if (forms.some((form) => comparable(form).startsWith(wanted))) prefixed.push(toHit(data, 'exact'));
    else lookups.push(toHit(data, 'exact'));
  }
  // A term or place named in pinyin or English (or, with nothing named, the few whose pinyin or English holds the
  // query: “fengqiao”, “wu zhua”) is searched in the reports by its Chinese forms too.
  if (named.length === 0 && !hasChinese(query) && lookups.length <= 3) {
    chineseNames.push(...lookupData.flatMap((data) => (data.meta.forms ?? '').split('|').filter(hasChinese)));
  }
  const searchedForLookups = phrases.length;
  lookups.unshift(...prefixed);
  for (const form of chineseNames) addPhrase(form);

  // 2. Every other record holding one of the phrases: Pagefind's phrase match, then the names rule (绛县 is not in 新绛县).
  const lookupIds = new Set(lookupFound.flatMap((found) => found.results.map((result) => result.id)));
  // The Chinese names of an entry named in pinyin or English were added above: their entries and places too.
  for (const phrase of phrases.slice(searchedForLookups)) {
    for (const result of (await searchText(engine, phraseQuery(phrase), { filters: { ...filters, ...LOOKUP_RECORDS } })).results) {
      if (lookupIds.has(result.id)) continue;
      lookupIds.add(result.id);
      const data = await result.data();
      if (!seen.has(data.url)) lookups.push(toHit(data, 'exact'));
      seen.add(data.url);
    }
  }
  const latin = !hasChinese(query);
  // Entries and places whose names merely hold the query come after the paragraphs of what it names; a pinyin or
  // English query that names nothing (“five grasps”, “fengqiao”) is most likely after the entries and places whose
  // names begin with or hold it: first.
  const lookupsFirst = latin && named.length === 0;
  const lead = lookupsFirst ? [...byUse(prefixed), ...byUse(lookups.slice(prefixed.length))] : byUse(named);
  const own = await phraseResults(engine, names, phrases, { filters, ...sort }, lookupIds, lead, lookupsFirst ? [] : byUse(lookups));
  // On the English pages, the Chinese forms searched (typed, or the Chinese names of what the query names) are also
  // looked up in the Chinese text of the reports, most of which has no English yet; those results follow, labelled.
  const chineseForms = phrases.filter(hasChinese);
  const chinese = locale === 'en' && chineseForms.length > 0 && !excludesText(options.filters, names) ? await phraseResults(await loadChinesePagefind(), names, chineseForms, { filters: inChinese(options.filters, names), ...sort }, new Set(), [], [], 'zh') : null;
  if (own.total + (chinese?.total ?? 0) === 0) return loose(engine, query, filters, sort);
  if (!chinese || chinese.total === 0) return own;
  if (own.total === 0) {
    chinese.inChinese = chinese.total;
    return chinese;
  }
  return followedBy(own, chinese);
}

/**
 * Every record holding one of the phrases (Pagefind's phrase match, then the names rule: 绛县 is not in 新绛县), after
 * `lead` and before `tail`, loaded a page at a time; `skip` holds records already shown.
 */
async function phraseResults(engine: Pagefind, names: Lexicon, phrases: string[], query: { filters: Record<string, { any: string[] }> }, skip: Set<string>, lead: SearchHit[], tail: SearchHit[], language?: 'zh'): Promise<SearchResults> {
  const checks = phrases.map(comparable).map((phrase) => ({ phrase, longer: longerNames(phrase, names) }));
  const needsCheck = checks.some((check) => check.longer.length > 0);
  const candidates: PagefindResult[] = [];
  const ids = new Set<string>(skip);
  for (const phrase of phrases) {
    for (const result of (await searchText(engine, phraseQuery(phrase), query)).results) {
      if (!ids.has(result.id)) candidates.push(result);
      ids.add(result.id);
    }
  }
  const holds = (data: PagefindData) => checks.some((check) => holdsPhrase(data.meta.text ?? '', check.phrase, check.longer));
  // With a longer name to rule out, each record must be read: all of them when there are few (a true total), else
  // page by page, and the total is then an upper bound, said as such.
  const verified = needsCheck && candidates.length <= CHECK_ALL ? (await Promise.all(candidates.map((result) => result.data()))).filter(holds) : null;
  const total = lead.length + tail.length + (verified ? verified.length : candidates.length);
  let next = 0;
  const results: SearchResults = { match: 'exact', total, approximate: needsCheck && verified === null, hits: [...lead], complete: false, more: async () => false };
  results.more = async () => {
    const pool = verified ?? candidates;
    while (next < pool.length) {
      const slice = pool.slice(next, next + PAGE);
      next += slice.length;
      const page = verified ? (slice as PagefindData[]) : (await Promise.all((slice as PagefindResult[]).map((result) => result.data()))).filter((data) => !needsCheck || holds(data));
      results.hits.push(...page.map((data) => ({ ...toHit(data, 'exact'), language, phrase: phrases.find((phrase) => comparable(data.meta.text ?? '').includes(comparable(phrase))) })));
      if (page.length > 0) break;
    }
    if (next >= pool.length && tail.length > 0) results.hits.push(...tail.splice(0));
    results.complete = next >= pool.length;
    return !results.complete;
  };
  await results.more();
  return results;
}

/** One list of results after another: the second's hits are loaded once the first's are all shown. */
function followedBy(first: SearchResults, second: SearchResults): SearchResults {
  const results: SearchResults = { match: 'exact', total: first.total + second.total, approximate: first.approximate || second.approximate, inChinese: second.total, hits: [...first.hits], complete: false, more: async () => false };
  let secondShown = false;
  const showSecond = () => {
    // The second list's first page is loaded already.
    secondShown = true;
    results.hits.push(...second.hits);
    results.complete = second.complete;
  };
  results.more = async () => {
    if (!first.complete) {
      await first.more();
      results.hits.push(...first.hits.slice(results.hits.length));
      if (!first.complete) return true;
    }
    if (!secondShown) showSecond();
    else if (!second.complete) {
      const before = second.hits.length;
      await second.more();
      results.hits.push(...second.hits.slice(before));
      results.complete = second.complete;
    }
    return !results.complete;
  };
  if (first.complete) showSecond();
  return results;
}

/** The fallback when no record holds the phrase: records holding its characters, labelled as such. */
async function loose(engine: Pagefind, query: string, filters: Record<string, { any: string[] }>, sort: object): Promise<SearchResults> {
  const found = await searchText(engine, searchWords(looseTokens(query)), { filters, ...sort });
  let next = 0;
  const results: SearchResults = { match: 'loose', total: found.results.length, approximate: false, hits: [], complete: false, more: async () => false };
  results.more = async () => {
    const slice = found.results.slice(next, next + PAGE);
    next += slice.length;
    for (const data of await Promise.all(slice.map((result) => result.data()))) {
      results.hits.push(toHit(data, 'loose'));
    }
    results.complete = next >= found.results.length;
    return !results.complete;
  };
  await results.more();
  return results;
}

/** The first `limit` hits of a query in order, loading pages as needed (for the quality tests and scripts). */
export async function searchUrls(rawQuery: string, options: SearchOptions, limit = 50): Promise<string[]> {
  const results = await search(rawQuery, options);
  while (results.hits.length < limit && (await results.more()));
  return results.hits.slice(0, limit).map((hit) => hit.url);
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
