import { parse, type HTMLElement } from 'node-html-parser';
import { cspHash } from '../src/lib/csp.ts';

/**
 * Checks a built page against its own Content-Security-Policy, statically: the browser test proves the policy does
 * not block the site, this proves the policy is strict and covers every inline block of every page. Hand-written
 * because the maintained CSP tools (csp-evaluator, helmet) judge a policy string or send one, and none compares a
 * static page's inline blocks with the hashes in its <meta> policy.
 */

/** Sources a fetch directive may list: the site itself, Pagefind's WebAssembly compilation, hashes, 'none'. */
const ALLOWED_SOURCE = /^(?:'self'|'none'|'wasm-unsafe-eval'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;
/** Directives every page's policy must have, with the value it must have. */
const REQUIRED = { 'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'self'", 'form-action': "'self'" } as const;
/** Script types a browser runs or that CSP governs (the HTML spec's JavaScript MIME types, modules, import maps). */
const SCRIPT_TYPES = new Set([
  '', 'module', 'importmap', 'speculationrules',
  'application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript',
  'text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2', 'text/javascript1.3',
  'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript', 'text/x-ecmascript', 'text/x-javascript',
]);
/** Elements that load or run something, or change how URLs resolve, and so must come after the policy. */
const GOVERNED = 'meta, script, style, link, base, iframe, object, embed';

/** A policy as directive → sources, and the directives given twice (a browser obeys the first and ignores the rest). */
export function parsePolicy(policy: string): { directives: Map<string, string[]>; repeated: string[] } {
  const directives = new Map<string, string[]>();
  const repeated: string[] = [];
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (directives.has(key)) repeated.push(key);
    else directives.set(key, sources);
  }
  return { directives, repeated };
}

/** Whether a <script> element runs as script, or is otherwise governed by CSP (JSON-LD and other data blocks are not). */
const executable = (script: HTMLElement) => SCRIPT_TYPES.has((script.getAttribute('type') ?? '').trim().toLowerCase());

/** Whether an element must be covered by the policy when it comes before it. */
function governed(element: HTMLElement): boolean {
  if (element.tagName === 'SCRIPT') return executable(element);
  if (element.tagName === 'LINK') return /(^|\s)(stylesheet|preload|modulepreload)(\s|$)/i.test(element.getAttribute('rel') ?? '');
  return element.tagName !== 'META';
}

/** What is wrong with one page's policy, as readable problems (empty when the page is sound). */
export function auditPagePolicy(html: string): string[] {
  // <pre> and <noscript> parsed as elements (the default keeps them as text), so a style attribute inside code is seen.
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const problems: string[] = [];
  const isPolicy = (element: HTMLElement) => element.tagName === 'META' && element.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy';
  const metas = root.querySelectorAll('meta').filter(isPolicy);
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy <meta> elements, expected 1`];
  const meta = metas[0]!;
  if (meta.parentNode?.tagName !== 'HEAD') problems.push('the policy <meta> is not in <head>');
  // A <meta> policy covers only what the parser meets after it.
  const ordered = root.querySelectorAll(GOVERNED);
  for (const element of ordered.slice(0, ordered.indexOf(meta)).filter(governed)) {
    problems.push(`<${element.tagName.toLowerCase()}> comes before the policy, which cannot cover it`);
  }

  const { directives, repeated } = parsePolicy(meta.getAttribute('content') ?? '');
  for (const name of repeated) problems.push(`${name} is given twice (browsers obey the first)`);
  for (const [name, value] of Object.entries(REQUIRED)) {
    if (directives.get(name)?.join(' ') !== value) problems.push(`${name} is "${directives.get(name)?.join(' ') ?? '(missing)'}", expected "${value}"`);
  }
  for (const [name, sources] of directives) {
    for (const source of sources) if (!ALLOWED_SOURCE.test(source)) problems.push(`${name} allows ${source}`);
  }
  // The directive a browser applies to inline <script> and <style> elements: the -elem one first, then the fallbacks.
  const sourcesFor = (...names: string[]) => new Set(directives.get(names.find((name) => directives.has(name)) ?? '') ?? []);
  const scriptSources = sourcesFor('script-src-elem', 'script-src', 'default-src');
  const styleSources = sourcesFor('style-src-elem', 'style-src', 'default-src');
  const quotedHash = (text: string) => `'${cspHash(text)}'`;
  for (const script of root.querySelectorAll('script').filter(executable)) {
    if (script.hasAttribute('src')) continue;
    if (!scriptSources.has(quotedHash(script.rawText))) problems.push(`an inline script without its hash in script-src: ${script.rawText.trim().slice(0, 60)}`);
  }
  for (const style of root.querySelectorAll('style')) {
    if (!styleSources.has(quotedHash(style.rawText))) problems.push(`an inline style without its hash in style-src: ${style.rawText.trim().slice(0, 60)}`);
  }
  // Attributes that no hash list covers: style attributes, event handlers, javascript: URLs (browsers drop tabs and
  // line breaks inside a URL's scheme, so `java&#9;script:` counts).
  for (const element of root.querySelectorAll('*')) {
    for (const name of Object.keys(element.attributes)) {
      const lower = name.toLowerCase();
      const value = element.getAttribute(name) ?? '';
      if (lower === 'style') problems.push(`<${element.tagName.toLowerCase()} style="${value}">: a style attribute`);
      else if (lower.startsWith('on')) problems.push(`<${element.tagName.toLowerCase()} ${name}>: an event handler attribute`);
      else if (/^\s*javascript:/i.test(value.replace(/[\t\n\r]/g, ''))) problems.push(`<${element.tagName.toLowerCase()} ${name}="${value}">: a javascript: URL`);
    }
  }
  return problems;
}
