/**
 * One page of every page type, as the accessibility tests and the screenshot script visit them. `path` follows the
 * language prefix (except for the 404 page); `parallel` turns side-by-side reading on first; `click` is a control to
 * use once the page has loaded (the cite dialog); `waitFor` is a selector that appears once the page has finished
 * its client-side work (search results, the open dialog).
 */
export interface PageType {
  name: string;
  path: string;
  parallel?: boolean;
  click?: string;
  waitFor?: string;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '' },
  { name: 'report', path: 'reports/yongji-2021-five-year-plan/' },
  { name: 'section', path: 'reports/yongji-2021-five-year-plan/2-1/' },
  { name: 'table', path: 'reports/yongji-2021-five-year-plan/1-1/' },
  { name: 'cite dialog', path: 'reports/xinjiang-county-2023-work-report/2-1/', click: '#p2 .cite-button', waitFor: '#cite-dialog[open]' },
  { name: 'parallel view', path: 'reports/xinjiang-county-2023-work-report/1/', parallel: true },
  { name: 'reports', path: 'reports/' },
  { name: 'glossary index', path: 'glossary/' },
  { name: 'glossary entry', path: 'glossary/wu-zhua-yi-you-yi-cu/' },
  { name: 'place', path: 'places/yongji/' },
  { name: 'places', path: 'places/' },
  { name: 'compare', path: 'compare/' },
  { name: 'search with results', path: 'search/?q=%E4%BA%94%E6%8A%93%E4%B8%80%E4%BC%98%E4%B8%80%E4%BF%83', waitFor: '.search-hit a' },
  { name: 'about', path: 'about/' },
  { name: 'data', path: 'data/' },
  { name: '404', path: 'no-such-page/' },
];

/** The URL of a page type in a language, on a server. */
export function pageTypeUrl(server: string, lang: string, type: PageType): string {
  return type.name === '404' ? `${server}/${type.path}` : `${server}/${lang}/${type.path}`;
}
