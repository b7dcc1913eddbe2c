/**
 * `npm run check:site -- [dist] [--update-urls]`: checks a built site: every internal link and anchor resolves,
 * every page's Content-Security-Policy is strict and covers its inline blocks, and no URL of the committed list
 * `public-urls.txt` has disappeared, and no citable paragraph anchor of `public-anchors.txt` has disappeared or come
 * to point at other text. `--update-urls` adds the site's new URLs and anchors to the lists; it never removes or
 * changes a line (a URL that must go needs a redirect in content/redirects.json; an anchor whose text was repaired on
 * purpose gets its new fingerprint by hand, with the reason in the commit).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditPagePolicy } from './csp-audit.ts';
import { checkLinks, compareAnchorList, compareUrlList, movedPages, parseAnchorList, parseUrlList, siteFiles } from './site-audit.ts';

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

const anchorFile = join(root, 'public-anchors.txt');
const anchorText = readFileSync(anchorFile, 'utf8');
const listedAnchors = parseAnchorList(anchorText);
const anchors = compareAnchorList(listedAnchors, dir, movedPages(root));
if (args.includes('--update-urls') && anchors.unlisted.length > 0) {
  const anchorHeader = anchorText.split('\n').filter((line) => line.startsWith('#'));
  const lines = [...listedAnchors, ...anchors.unlisted].map((anchor) => `${anchor.url} ${anchor.fingerprint}`).sort();
  writeFileSync(anchorFile, `${[...anchorHeader, ...lines].join('\n')}\n`);
  console.log(`public-anchors.txt: added ${anchors.unlisted.length} anchors`);
} else if (anchors.unlisted.length > 0) {
  console.log(`${anchors.unlisted.length} new anchors are not in public-anchors.txt (run with --update-urls): ${anchors.unlisted.slice(0, 5).map((anchor) => anchor.url).join(' ')}`);
}
for (const url of anchors.disappeared) console.log(`public-anchors.txt: ${url}: citable anchor disappeared; restore it`);
for (const url of anchors.changed) console.log(`public-anchors.txt: ${url}: now points at other text; restore it, or if the text was repaired on purpose, update its fingerprint by hand`);

const links = checkLinks(dir, siteUrl);
for (const link of links.broken) console.log(`${link.page}: ${link.reason}: ${link.target}`);
const pages = siteFiles(dir).filter((file) => file.endsWith('.html'));
const policyProblems = pages.flatMap((file) => auditPagePolicy(readFileSync(join(dir, file), 'utf8')).map((problem) => `${file}: ${problem}`));
for (const problem of policyProblems) console.log(problem);
console.log(`${listed.length} listed URLs, ${disappeared.length} disappeared; ${listedAnchors.length} listed anchors, ${anchors.disappeared.length} disappeared, ${anchors.changed.length} changed; ${links.checked} internal links (${links.anchors} with anchors), ${links.broken.length} broken; ${pages.length} pages, ${policyProblems.length} Content-Security-Policy problems`);
process.exitCode = disappeared.length + anchors.disappeared.length + anchors.changed.length + links.broken.length + policyProblems.length > 0 ? 1 : 0;
