import { createHash } from 'node:crypto';
import { parse, type HTMLElement } from 'node-html-parser';

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

/** A policy as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Whether a <script> element runs as JavaScript (JSON-LD and other data blocks do not, and CSP ignores them). */
const executable = (script: HTMLElement) => ['', 'module', 'text/javascript', 'application/javascript'].includes((script.getAttribute('type') ?? '').toLowerCase());

/** What is wrong with one page's policy, as readable problems (empty when the page is sound). */
export function auditPagePolicy(html: string): string[] {
  // <pre> and <noscript> parsed as elements (the default keeps them as text), so a style attribute inside code is seen.
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const problems: string[] = [];
  const metas = root.querySelectorAll('meta').filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy <meta> elements, expected 1`];
  const meta = metas[0]!;
  if (meta.parentNode?.tagName !== 'HEAD') problems.push('the policy <meta> is not in <head>');
  // A <meta> policy covers only what the parser meets after it.
  const ordered = root.querySelectorAll('meta, script, style, link[rel~="stylesheet"]');
  const before = ordered.slice(0, ordered.indexOf(meta)).filter((element) => element.tagName !== 'META' && (element.tagName !== 'SCRIPT' || executable(element)));
  for (const element of before) problems.push(`<${element.tagName.toLowerCase()}> comes before the policy, which cannot cover it`);

  const policy = parsePolicy(meta.getAttribute('content') ?? '');
  for (const [name, value] of Object.entries(REQUIRED)) {
    if (policy.get(name)?.join(' ') !== value) problems.push(`${name} is "${policy.get(name)?.join(' ') ?? '(missing)'}", expected "${value}"`);
  }
  for (const [name, sources] of policy) {
    for (const source of sources) if (!ALLOWED_SOURCE.test(source)) problems.push(`${name} allows ${source}`);
  }
  const scriptSources = new Set(policy.get('script-src') ?? policy.get('default-src') ?? []);
  const styleSources = new Set(policy.get('style-src') ?? policy.get('default-src') ?? []);
  for (const script of root.querySelectorAll('script').filter(executable)) {
    if (script.hasAttribute('src')) continue;
    if (!scriptSources.has(sha256(script.rawText))) problems.push(`an inline script without its hash in script-src: ${script.rawText.trim().slice(0, 60)}`);
  }
  for (const style of root.querySelectorAll('style')) {
    if (!styleSources.has(sha256(style.rawText))) problems.push(`an inline style without its hash in style-src: ${style.rawText.trim().slice(0, 60)}`);
  }
  // Attributes that no hash list covers: style attributes, event handlers, javascript: URLs.
  for (const element of root.querySelectorAll('*')) {
    for (const name of Object.keys(element.attributes)) {
      const lower = name.toLowerCase();
      const value = element.getAttribute(name) ?? '';
      if (lower === 'style') problems.push(`<${element.tagName.toLowerCase()} style="${value}">: a style attribute`);
      else if (lower.startsWith('on')) problems.push(`<${element.tagName.toLowerCase()} ${name}>: an event handler attribute`);
      else if (/^\s*javascript:/i.test(value)) problems.push(`<${element.tagName.toLowerCase()} ${name}="${value}">: a javascript: URL`);
    }
  }
  return problems;
}
