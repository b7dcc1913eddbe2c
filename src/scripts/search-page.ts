/**
 * The search page: the form's state lives in the URL (?q=&place=&level=&yearFrom=&yearTo=&kind=&type=&sort=), so a
 * search can be shared (an older link's ?year= selects that one year); results are rendered as text with the match
 * marked; the count is announced in a live region.
 */
import { excerptBounds } from '../lib/excerpt.ts';
import { languageRuns } from '../lib/language-runs.ts';
import { findInText, loadLexicon, loadPagefind, search, searchUrls, toSimplified, type SearchHit, type SearchOptions, type SearchResults } from './search.ts';

/** Filters the index has, each chosen with one select. */
const FILTERS = ['place', 'level', 'kind', 'type'] as const;
/** The year range: two selects over the index's `year` values, searched as any year between them. */
const YEAR_BOUNDS = ['yearFrom', 'yearTo'] as const;
let years: string[] = [];

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const labels = JSON.parse(document.querySelector<HTMLElement>('#search-labels')!.textContent!) as Record<string, string>;

/**
 * Fills a filter's options on first use, from the values the build found in the records (the lexicon), not from
 * Pagefind's `filters()`, which would load every filter and make every later search count them all; the URL's value
 * survives until the options arrive.
 */
async function loadFilterOptions() {
  const available = (await loadLexicon()).filters[document.documentElement.lang.toLowerCase()] ?? {};
  const params = new URLSearchParams(location.search);
  const fill = (name: string, values: string[], current: string) =>
    form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.replaceChildren(new Option(labels.any!, ''), ...values.map((value) => new Option(value, value, false, value === current)));
  for (const name of FILTERS) fill(name, (available[name] ?? []).toSorted((a, b) => a.localeCompare(b)), params.get(name) ?? '');
  years = (available.year ?? []).toSorted((a, b) => a.localeCompare(b));
  for (const bound of YEAR_BOUNDS) fill(bound, years, params.get(bound) ?? params.get('year') ?? '');
}

const selected = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;

function readForm(): { query: string; options: SearchOptions } {
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) if (selected(name)) filters[name] = [selected(name)];
  // A range chosen backwards (2024 to 2021) means the same years.
  const [from, to] = YEAR_BOUNDS.map(selected).sort((a, b) => (a && b ? a.localeCompare(b) : 0));
  if (from || to) filters.year = years.filter((year) => (!from || year >= from) && (!to || year <= to));
  return { query: input.value, options: { filters, sort: sort.value === 'date' ? 'date' : 'relevance' } };
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const name of [...FILTERS, ...YEAR_BOUNDS]) if (selected(name)) params.set(name, selected(name));
  if (sort.value === 'date') params.set('sort', 'date');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

const englishPage = document.documentElement.lang === 'en';

/** Text as DOM nodes; on English pages each Chinese run is marked `lang="zh-CN"` (WCAG 3.1.2). */
function mixedText(text: string): Node[] {
  if (!englishPage) return [document.createTextNode(text)];
  return languageRuns(text).map((run) => {
    if (!run.chinese) return document.createTextNode(run.text);
    const span = document.createElement('span');
    span.lang = 'zh-CN';
    span.textContent = run.text;
    return span;
  });
}

/** The excerpt as DOM nodes: text around the match, the match in <mark>; never HTML from the index. */
function excerpt(text: string, query: string): Node[] {
  const at = findInText(text, query);
  if (!at) {
    const { to } = excerptBounds(text, 0, 0, 160);
    return mixedText(to < text.length ? `${text.slice(0, to)}…` : text);
  }
  const { from, to } = excerptBounds(text, at.start, at.end);
  const mark = document.createElement('mark');
  mark.append(...mixedText(text.slice(at.start, at.end)));
  return [...mixedText(`${from > 0 ? '…' : ''}${text.slice(from, at.start)}`), mark, ...mixedText(`${text.slice(at.end, to)}${to < text.length ? '…' : ''}`)];
}

/** One result as a list item: its title linking to the paragraph (the match marked there), where it is, the excerpt. */
function hitItem(hit: SearchHit, typed: string): HTMLElement {
  const query = hit.phrase ?? typed;
  const item = document.createElement('li');
  item.className = `search-hit ${hit.match}`;
  // A paragraph of the Chinese text found from an English page: its title, path and text are Chinese.
  if (hit.language) item.lang = 'zh-CN';
  const link = document.createElement('a');
  const [path, hash] = hit.url.split('#');
  link.href = `${path}?pagefind-highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
  link.append(...mixedText(hit.title));
  const where = document.createElement('p');
  where.className = 'search-path';
  where.append(...mixedText(hit.path));
  const text = document.createElement('p');
  text.append(...excerpt(hit.text, query));
  item.append(link, where, text);
  return item;
}

const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
let current: { results: SearchResults; query: string; shown: number } | null = null;

/** Shows the hits not shown yet, and the "more results" button while some remain. */
function showNew(hasMore: boolean) {
  if (!current) return;
  const { results, query } = current;
  for (const [index, hit] of results.hits.entries()) {
    if (index < current.shown) continue;
    // The Chinese text's results, after the English ones, under a heading that says what they are.
    if (hit.language && !results.hits[index - 1]?.language) list.append(groupHeading(labels.inChinese!));
    list.append(hitItem(hit, query));
  }
  current.shown = results.hits.length;
  moreButton.hidden = !hasMore;
}

/** A heading item in the results list, for a group of results. */
function groupHeading(text: string): HTMLElement {
  const heading = document.createElement('li');
  heading.className = 'search-group-heading';
  heading.textContent = text;
  return heading;
}

function render(results: SearchResults, query: string, hasMore: boolean) {
  current = { results, query, shown: 0 };
  list.replaceChildren();
  if (results.match === 'loose' && results.total > 0) list.append(groupHeading(labels.loose!));
  showNew(hasMore);
  // One result is “1 result”: the singular form where the language has one.
  const one = new Intl.PluralRules(document.documentElement.lang).select(results.total) === 'one';
  const template = results.match === 'loose' ? (one ? labels.countLooseOne! : labels.countLoose!) : results.approximate ? labels.countApproximate! : results.inChinese ? labels.countInChinese! : one ? labels.countOne! : labels.count!;
  const count = results.total === 0 ? labels.none! : template.replace('{{n}}', String(results.total)).replace('{{zh}}', String(results.inChinese ?? 0));
  status.textContent = count;
}

moreButton.addEventListener('click', async () => {
  if (!current) return;
  moreButton.disabled = true;
  const hasMore = await current.results.more();
  moreButton.disabled = false;
  const firstNew = current.shown;
  showNew(hasMore);
  // Keyboard and screen-reader users continue at the first new result.
  list.querySelectorAll<HTMLAnchorElement>('.search-hit a')[firstNew]?.focus();
});

let generation = 0;
async function run() {
  const { query, options } = readForm();
  writeUrl();
  if (!query.trim()) {
    list.replaceChildren();
    moreButton.hidden = true;
    current = null;
    status.textContent = '';
    return;
  }
  const generationNow = ++generation;
  status.textContent = labels.searching!;
  // The list shown is the previous search's until this one arrives: say so to assistive technology (and to tests).
  list.setAttribute('aria-busy', 'true');
  const [results, simplified] = await Promise.all([search(query, options), toSimplified(query.trim())]);
  // Excerpts and the highlight on arrival mark the text as the reports print it (simplified characters).
  if (generationNow === generation) {
    render(results, simplified, !results.complete);
    list.removeAttribute('aria-busy');
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  // The search typed is run now: not once more when the typing's pause ends.
  clearTimeout(timer);
  void run();
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 300);
});
form.addEventListener('change', () => void run());
// The index starts loading as the reader comes to the box, not when the first query is sent: at thousands of reports
// its shards' metadata take most of a first query's time.
input.addEventListener(
  'focus',
  () => {
    void loadFilterOptions();
    void loadPagefind();
  },
  { once: true },
);

// A shared URL runs its search at once; otherwise nothing loads until the reader uses the form.
const params = new URLSearchParams(location.search);
// The filters are folded on phones, so the first result shows without scrolling; open on wider screens, or when the
// URL sets one.
const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
filterPanel.open = matchMedia('(min-width: 48rem)').matches || [...FILTERS, ...YEAR_BOUNDS, 'year'].some((name) => params.get(name));
if (params.get('q')) {
  input.value = params.get('q')!;
  if (params.get('sort') === 'date') sort.value = 'date';
  void loadFilterOptions().then(run);
}

// For the quality tests: the same search the page runs, returning result URLs in order, and its totals.
Object.assign(window, { atlasSearch: searchUrls, atlasSearchResults: search });
