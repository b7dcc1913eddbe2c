// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Static output only: the site is files, with no server and no runtime network.
// SITE_URL sets the public address used in canonical links, hreflang alternates and /sitemap.xml.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://yuncheng-policy-atlas.org',
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx()],
});
