// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Static output only: the site is files, with no server and no runtime network.
// SITE_URL sets the public address used in canonical links, hreflang alternates and /sitemap.xml.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://yuncheng-policy-atlas.org',
  output: 'static',
  trailingSlash: 'always',
  // Two routes building the same page is an error, not a warning: a redirect in content/redirects.json whose old
  // address is still a page would otherwise be dropped silently.
  prerenderConflictBehavior: 'error',
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx()],
  // Stylesheets stay files: inlined, each page type's styles would add its hash to the policy of every page (Astro
  // writes all the hashes everywhere), and files are cached from page to page.
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      // The cite dialog's script (1.6 KB gzip) is the one script every report page carries that is big enough to be
      // worth caching: served as a file, a reader going through a report's sections downloads it once instead of on
      // every page. Other small scripts stay inline (the default: under 4 KB), saving a request each.
      assetsInlineLimit: (filePath) => (/CiteDialog/.test(filePath) ? false : undefined),
    },
  },
  // Content-Security-Policy as a <meta> element in every page: Astro adds the hashes of the scripts and styles it
  // inlines, the layout adds the hash of its one is:inline script (src/lib/csp.ts). Only the site's own files may load;
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine (it evaluates no JavaScript).
  // Directives a <meta> element cannot carry (frame-ancestors) are in public/_headers for hosts that read it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
