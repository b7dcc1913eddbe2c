/**
 * The search page: the form's state lives in the URL (?q=&place=&year=&kind=&type=&sort=), so a search can be shared;
 * results are rendered as text with the match marked; the count is announced in a live region.
 */
import { languageRuns } from '../lib/language-runs.ts';
import { findInText, loadPagefind, search, toSimplified, type SearchHit, type SearchOptions } from './search.ts';

const FILTERS = ['place', 'year', 'kind', 'type'] as const;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const labels = JSON.parse(document.querySelector<HTMLElement>('#search-labels')!.textContent!) as Record<string, string>;

/** Fills a filter's options from the index on first use; the URL's value survives until the options arrive. */
async function loadFilterOptions() {
  const engine = await loadPagefind();
  const available = await engine.filters();
  for (const name of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const current = new URLSearchParams(location.search).get(name) ?? '';
    const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    select.replaceChildren(new Option(labels.any!, ''), ...values.map((value) => new Option(value, value, false, value === current)));
  }
}

function readForm(): { query: string; options: SearchOptions } {
  const filters: Record<string, string[]> = {};
  for (const name of FILTERS) {
    const value = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;
    if (value) filters[name] = [value];
  }
  return { query: input.value, options: { filters, sort: sort.value === 'date' ? 'date' : 'relevance' } };
}

function writeUrl() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const name of FILTERS) {
    const value = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;
    if (value) params.set(name, value);
  }
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
  if (!at) return mixedText(text.length > 160 ? `${text.slice(0, 160)}…` : text);
  const from = Math.max(0, at.start - 50);
  const to = Math.min(text.length, at.end + 90);
  const mark = document.createElement('mark');
  mark.append(...mixedText(text.slice(at.start, at.end)));
  return [...mixedText(`${from > 0 ? '…' : ''}${text.slice(from, at.start)}`), mark, ...mixedText(`${text.slice(at.end, to)}${to < text.length ? '…' : ''}`)];
}

function render(hits: SearchHit[], query: string) {
  const items: HTMLElement[] = [];
  let looseHeading = false;
  for (const hit of hits.slice(0, 50)) {
    if (hit.match === 'loose' && !looseHeading) {
      looseHeading = true;
      const heading = document.createElement('li');
      heading.className = 'search-loose-heading';
      heading.textContent = labels.loose!;
      items.push(heading);
    }
    const item = document.createElement('li');
    item.className = `search-hit ${hit.match}`;
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
    items.push(item);
  }
  list.replaceChildren(...items);
  const exact = hits.filter((hit) => hit.match !== 'loose').length;
  status.textContent = hits.length === 0 ? labels.none! : labels.count!.replace('{{exact}}', String(exact)).replace('{{loose}}', String(hits.length - exact));
}

let generation = 0;
async function run() {
  const { query, options } = readForm();
  writeUrl();
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const current = ++generation;
  status.textContent = labels.searching!;
  const [hits, simplified] = await Promise.all([search(query, options), toSimplified(query.trim())]);
  // Excerpts and the highlight on arrival mark the text as the reports print it (simplified characters).
  if (current === generation) render(hits, simplified);
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 300);
});
form.addEventListener('change', () => void run());
input.addEventListener('focus', () => void loadFilterOptions(), { once: true });

// A shared URL runs its search at once; otherwise nothing loads until the reader uses the form.
const params = new URLSearchParams(location.search);
if (params.get('q')) {
  input.value = params.get('q')!;
  if (params.get('sort') === 'date') sort.value = 'date';
  void loadFilterOptions().then(run);
}

// For the quality tests: the same search the page runs, returning result URLs in order.
(window as unknown as { atlasSearch: typeof search }).atlasSearch = search;
