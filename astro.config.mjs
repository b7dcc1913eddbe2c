// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Static output only: the site is files, with no server and no runtime network.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
});
