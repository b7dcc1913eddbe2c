/**
 * `npm run check:site -- [dist] [--update-urls]`: checks a built site: every internal link and anchor resolves,
 * every page's Content-Security-Policy is strict and covers its inline blocks, and no URL of the committed list
 * `public-urls.txt` has disappeared. `--update-urls` adds the site's new URLs to the
 * list (it never removes one: a URL that must go needs a redirect in astro.config.mjs instead).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditPagePolicy } from './csp-audit.ts';
import { checkLinks, compareUrlList, parseUrlList, siteFiles } from './site-audit.ts';

const root = new URL('..', import.meta.url).pathname;
const listFile = join(root, 'public-urls.txt');
const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? join(root, 'dist');
const siteUrl = process.env.SITE_URL ?? 'https://yuncheng-policy-atlas.org';

const header = readFileSync(listFile, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('#'));
const listed = parseUrlList(readFileSync(listFile, 'utf8'));
const { disappeared, unlisted } = compareUrlList(listed, dir);
if (args.includes('--update-urls') && unlisted.length > 0) {
  writeFileSync(listFile, `${[...header, ...[...listed, ...unlisted].sort()].join('\n')}\n`);
  console.log(`public-urls.txt: added ${unlisted.length} URLs`);
} else if (unlisted.length > 0) {
  console.log(`${unlisted.length} new URLs are not in public-urls.txt (run with --update-urls): ${unlisted.slice(0, 5).join(' ')}`);
}
for (const path of disappeared) console.log(`public-urls.txt: ${path}: URL disappeared; restore it or add a redirect`);

const links = checkLinks(dir, siteUrl);
for (const link of links.broken) console.log(`${link.page}: ${link.reason}: ${link.target}`);
const pages = siteFiles(dir).filter((file) => file.endsWith('.html'));
const policyProblems = pages.flatMap((file) => auditPagePolicy(readFileSync(join(dir, file), 'utf8')).map((problem) => `${file}: ${problem}`));
for (const problem of policyProblems) console.log(problem);
console.log(`${listed.length} listed URLs, ${disappeared.length} disappeared; ${links.checked} internal links (${links.anchors} with anchors), ${links.broken.length} broken; ${pages.length} pages, ${policyProblems.length} Content-Security-Policy problems`);
process.exitCode = disappeared.length + links.broken.length + policyProblems.length > 0 ? 1 : 0;
