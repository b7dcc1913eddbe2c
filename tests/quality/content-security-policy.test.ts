import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { auditPagePolicy, parsePolicy } from '../../scripts/csp-audit.ts';
import { siteFiles } from '../../scripts/site-audit.ts';
import { cspHash } from '../../src/lib/csp.ts';
import { highlightJsonExamples } from '../../src/lib/highlight.ts';

const site = inject('site');

const script = 'document.title = "x";';
const policyWith = (extra: string) => `default-src 'self';object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' '${cspHash(script)}'${extra}`;
const page = (policy: string, head = '', body = '') =>
  `<!doctype html><html lang="en"><head><title>t</title><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe('Content-Security-Policy audit', () => {
  it('accepts a strict policy that lists the hash of the page’s inline script', () => {
    expect(auditPagePolicy(page(policyWith(''), '', `<script>${script}</script><script type="application/ld+json">{"a":1}</script>`))).toEqual([]);
  });

  it('names each way a page can escape or weaken its policy', () => {
    expect(auditPagePolicy('<!doctype html><html><head><title>t</title></head><body></body></html>')).toEqual(['0 Content-Security-Policy <meta> elements, expected 1']);
    expect(auditPagePolicy(page(policyWith(''), '', '<script>alert(1)</script>'))).toEqual(['an inline script without its hash in script-src: alert(1)']);
    expect(auditPagePolicy(page(policyWith(" 'unsafe-inline' https://cdn.example.org")))).toEqual(["script-src allows 'unsafe-inline'", 'script-src allows https://cdn.example.org']);
    expect(auditPagePolicy(page("script-src 'self'"))).toContain('default-src is "(missing)", expected "\'self\'"');
    expect(auditPagePolicy(page(policyWith(''), '<style>p{}</style>'))).toEqual(['an inline style without its hash in style-src: p{}']);
    expect(auditPagePolicy(page(policyWith(''), '', '<pre><span style="color:red">x</span></pre><button type="button" onclick="go()">b</button><a href="javascript:go()">a</a>'))).toEqual([
      '<span style="color:red">: a style attribute',
      '<button onclick>: an event handler attribute',
      '<a href="javascript:go()">: a javascript: URL',
    ]);
    const late = `<!doctype html><html lang="en"><head><script>${script}</script><meta http-equiv="content-security-policy" content="${policyWith('')}"></head><body></body></html>`;
    expect(auditPagePolicy(late)).toEqual(['<script> comes before the policy, which cannot cover it']);
  });

  it('sees through the disguises a weakened policy or an escaping block could wear', () => {
    // A browser obeys the first of two script-src directives, so a lenient one in front must not hide behind a strict one.
    expect(auditPagePolicy(page(`script-src 'unsafe-inline'; ${policyWith('')}`))).toEqual(['script-src is given twice (browsers obey the first)', "script-src allows 'unsafe-inline'"]);
    const before = (head: string) => `<!doctype html><html lang="en"><head>${head}<meta http-equiv="Content-Security-Policy" content="${policyWith('')}"></head><body></body></html>`;
    expect(auditPagePolicy(before(`<script type=" Module ">${script}</script><script type="text/ecmascript">${script}</script>`))).toEqual([
      '<script> comes before the policy, which cannot cover it',
      '<script> comes before the policy, which cannot cover it',
    ]);
    expect(auditPagePolicy(before('<base href="https://example.org/"><link rel="StyleSheet" href="/a.css"><script type="application/ld+json">{}</script>'))).toEqual([
      '<base> comes before the policy, which cannot cover it',
      '<link> comes before the policy, which cannot cover it',
    ]);
    expect(auditPagePolicy(page(policyWith(''), '', '<a href="java\tscript:go()">a</a><a href="java&#10;script:go()">b</a>'))).toHaveLength(2);
  });

  it('finds every built page sound: one strict policy that covers all its inline blocks, and no inline style or handler', () => {
    const pages = siteFiles(site.dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(500);
    const problems = pages.flatMap((file) => auditPagePolicy(readFileSync(join(site.dir, file), 'utf8')).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('allows scripts and styles from the site only, and WebAssembly for Pagefind, on every page', () => {
    const sources = new Set<string>();
    for (const file of siteFiles(site.dir).filter((name) => name.endsWith('.html'))) {
      const { directives } = parsePolicy(readFileSync(join(site.dir, file), 'utf8').match(/http-equiv="content-security-policy" content="([^"]+)"/)![1]!);
      for (const [name, list] of directives) for (const source of list) if (!source.startsWith("'sha256-")) sources.add(`${name} ${source}`);
    }
    expect([...sources].sort()).toEqual(["base-uri 'self'", "default-src 'self'", "form-action 'self'", "object-src 'none'", "script-src 'self'", "script-src 'wasm-unsafe-eval'", "style-src 'self'"]);
  });

  it('gives static hosts the directives a <meta> policy cannot carry, in _headers', () => {
    const headers = readFileSync(join(site.dir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'self'$/m);
  });

  it('highlights the data page’s examples with classes, not style attributes, and escapes report text', async () => {
    const { html, css } = await highlightJsonExamples([JSON.stringify({ text: '<script>alert(1)</script><img src=x onerror=alert(2)>' })]);
    expect(html[0]).not.toMatch(/style=|<script|<img/);
    expect(html[0]).toContain('&#x3C;script>');
    expect(css).toMatch(/^\.shiki-[a-z0-9]+\{color:#[0-9A-Fa-f]{6}\}/);
  });
});
