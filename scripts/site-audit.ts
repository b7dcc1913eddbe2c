import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { HTMLElement, parse, type Node } from 'node-html-parser';
import { redirectsFileSchema } from '../src/schema/redirects.ts';

/**
 * Checks a built site in a folder: every internal link and anchor resolves, and the list of public URLs.
 * Hand-written because the maintained checkers (linkinator, hyperlink) crawl over HTTP and report fragments only
 * partly; this walks dist/ directly, resolves URLs the way a static host does (folder → index.html) and checks
 * each fragment against the ids of the target page.
 */

/** A link or anchor that does not resolve. */
export interface BrokenLink {
  /** Site path of the page that holds the link, e.g. `/zh/reports/x/3-2/`. */
  page: string;
  /** The attribute value as written in the page. */
  target: string;
  /** Why it does not resolve. */
  reason: 'missing page or file' | 'missing anchor';
}

/** Build folders that hold hashed or generated assets, not public URLs anyone cites. */
const ASSET_FOLDERS = ['_astro', 'pagefind'];
/** Files a static host reads as its configuration and does not serve. */
const HOST_FILES = ['_headers'];

/** Every file of the site, as paths relative to the folder with forward slashes. */
export function siteFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The URL path a file is served at: `zh/index.html` → `/zh/`, `data/glossary.json` → `/data/glossary.json`. */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The public URLs of a site: every page and every open-data or source file, without hashed assets and the
 * search index (they change with every build and nobody links them) and the host's `_headers` file.
 */
export function publicUrls(dir: string): string[] {
  return siteFiles(dir)
    .filter((file) => !ASSET_FOLDERS.some((folder) => file.startsWith(`${folder}/`)) && !HOST_FILES.includes(file))
    .map(urlOfFile)
    .sort();
}

/** The file that a URL path resolves to on a static host, or undefined. */
function resolveFile(dir: string, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(dir, path, 'index.html')] : [join(dir, path), join(dir, path, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** What a link check found: the links that do not resolve, out of how many internal links and anchors. */
export interface LinkReport {
  broken: BrokenLink[];
  /** Internal links checked (href, src, form action), counting each occurrence. */
  checked: number;
  /** Of those, links with a fragment checked against the target page's ids. */
  anchors: number;
}

/** Checks every internal link (href, src, form action) in the site's HTML pages against its files and anchors. */
export function checkLinks(dir: string, siteUrl: string): LinkReport {
  const origin = new URL(siteUrl).origin;
  const pages = siteFiles(dir).filter((file) => file.endsWith('.html'));
  const idsByFile = new Map<string, Set<string>>();
  const documents = new Map(pages.map((file) => [join(dir, file), parse(readFileSync(join(dir, file), 'utf8'))]));
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const root = documents.get(file);
      ids = new Set(root ? root.querySelectorAll('[id]').map((element) => element.getAttribute('id')!) : []);
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  let anchors = 0;
  for (const page of pages) {
    const pageFile = join(dir, page);
    const pageUrl = new URL(urlOfFile(page), origin);
    for (const element of documents.get(pageFile)!.querySelectorAll('[href], [src], form[action]')) {
      const target = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')!;
      const url = new URL(target, pageUrl);
      if (url.origin !== origin) continue;
      checked += 1;
      const file = resolveFile(dir, decodeURIComponent(url.pathname));
      if (!file) {
        broken.push({ page: urlOfFile(page), target, reason: 'missing page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // An empty fragment and the HTML spec's `#top` always scroll to the top of the page.
      if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) continue;
      anchors += 1;
      if (!idsOf(file).has(fragment)) broken.push({ page: urlOfFile(page), target, reason: 'missing anchor' });
    }
  }
  return { broken, checked, anchors };
}

/** A URL path that a static host serves from the folder (a page, a redirect page or a file). */
export function urlResolves(dir: string, path: string): boolean {
  return resolveFile(dir, decodeURIComponent(path)) !== undefined;
}

/** Reads a committed URL list: one path per line, `#` comments and blank lines ignored. */
export function parseUrlList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Compares the committed URL list with a built site. */
export function compareUrlList(listed: string[], dir: string): { disappeared: string[]; unlisted: string[] } {
  const listedSet = new Set(listed);
  return {
    disappeared: listed.filter((path) => !urlResolves(dir, path)),
    unlisted: publicUrls(dir).filter((path) => !listedSet.has(path)),
  };
}

/** A citable anchor of a Chinese page (`/zh/reports/x/3-2/#p4`) and a fingerprint of the Chinese text it points to. */
export interface CitableAnchor {
  url: string;
  /** First 8 hex digits of the SHA-256 of the anchor's Chinese text, whitespace removed. */
  fingerprint: string;
}

/** Elements a citation can point at: paragraphs, notes and closing paragraphs (`.para`), run-in headings, boxes. */
const CITABLE = 'main .para[id], main .run-in[id], main aside[id]';
/** Parts of a citable element that are not the report's Chinese text: the translation, tooltips, the tools. */
const NOT_CITED_TEXT = new Set(['en-text', 'term-tip', 'para-tools']);

/** The report text of an element: its Chinese text where it has a translation beside it, without tooltips or tools. */
function citedText(element: HTMLElement): string {
  const source = element.querySelector(':scope > .zh-text') ?? element;
  const collect = (node: Node): string => {
    if (node instanceof HTMLElement) {
      if (node.classList && [...NOT_CITED_TEXT].some((name) => node.classList.contains(name))) return '';
      return node.childNodes.map(collect).join('');
    }
    return node.text;
  };
  return collect(source).replace(/\s+/g, '');
}

/**
 * The citable anchors of the site's Chinese pages. Teachers and journalists cite paragraphs (`…/3-2/#p4`), so a
 * paragraph that disappears, or an anchor that comes to point at other text (paragraphs renumbered by a parser
 * change), breaks a citation as surely as a missing page. English pages have the same anchors (checked apart).
 */
export function citableAnchors(dir: string): CitableAnchor[] {
  const anchors: CitableAnchor[] = [];
  for (const file of siteFiles(dir).filter((candidate) => candidate.startsWith('zh/') && candidate.endsWith('.html'))) {
    const root = parse(readFileSync(join(dir, file), 'utf8'));
    for (const element of root.querySelectorAll(CITABLE)) {
      const fingerprint = createHash('sha256').update(citedText(element)).digest('hex').slice(0, 8);
      anchors.push({ url: `${urlOfFile(file)}#${element.id}`, fingerprint });
    }
  }
  return anchors.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The ids of the citable anchors of one page, for comparing a Chinese page with its English twin. */
export function citableIds(html: string): string[] {
  return parse(html).querySelectorAll(CITABLE).map((element) => element.id);
}

/** Reads a committed anchor list: `url fingerprint` per line, `#` comments and blank lines ignored. */
export function parseAnchorList(text: string): CitableAnchor[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [url = '', fingerprint = ''] = line.split(/\s+/);
      return { url, fingerprint };
    });
}

/**
 * Compares the committed anchor list with a built site: anchors gone, anchors now on other text, anchors not listed.
 * An anchor of a page that moved (`moved`: old path → new path, from content/redirects.json) is looked for on the new
 * page, where the forwarding page sends its readers.
 */
export function compareAnchorList(listed: CitableAnchor[], dir: string, moved = new Map<string, string>()): { disappeared: string[]; changed: string[]; unlisted: CitableAnchor[] } {
  const built = new Map(citableAnchors(dir).map((anchor) => [anchor.url, anchor.fingerprint]));
  const current = (url: string) => {
    const [path = '', id = ''] = url.split('#');
    return moved.has(path) ? `${moved.get(path)}#${id}` : url;
  };
  const reached = new Set(listed.map((anchor) => current(anchor.url)));
  return {
    disappeared: listed.filter((anchor) => !built.has(current(anchor.url))).map((anchor) => anchor.url),
    changed: listed.filter((anchor) => built.has(current(anchor.url)) && built.get(current(anchor.url)) !== anchor.fingerprint).map((anchor) => anchor.url),
    unlisted: [...built].filter(([url]) => !reached.has(url)).map(([url, fingerprint]) => ({ url, fingerprint })),
  };
}

/** The moved pages of a project, old path → new path, from its content/redirects.json. */
export function movedPages(projectRoot: string): Map<string, string> {
  const file = redirectsFileSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'content', 'redirects.json'), 'utf8')));
  return new Map(file.redirects.map((redirect) => [redirect.from, redirect.to]));
}
