/**
 * `npm run bench:scale -- --synthetic <N>` or `-- --corpus <dir> [--limit <N>] [--source <owner/name>@<commit>]`:
 * builds the site from N reports in a temporary copy of the project and
 * prints what the build costs and what it makes: build time (Astro, search index), peak memory, pages, files in all
 * and per report, the largest pages, and the time to the first results of a cold and a warm query. The last line is
 * one JSON object with the keys `reports, pages, buildSeconds, astroSeconds, searchSeconds, peakRssMB, distMB,
 * distFiles, coldQueryMs, warmQueryMs`, for tables and comparisons.
 * `--keep` leaves the temporary copy (its path printed) for a look at the built site.
 *
 * Synthetic sets are made of the atlas's own parsed reports (with their translations and English headings): all of
 * them, then copies under new ids (`<id>-copy-<k>`) up to N, so the text, translation and glossary density stay those
 * of real reports. N cannot be smaller than the atlas: the glossary's definitions cite every report. It measures; it
 * asserts nothing.
 * A corpus set is the atlas's reports plus every report of a collection laid out as `lawtext/gov` (see
 * `corpus-set.ts`), or `--limit` of them spread over it; the content step (parsing) is then part of the build.
 * `--source` records the collection's repository and commit in the entries, as `add-report --from` would.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, corpusSet, spread } from './corpus-set.ts';
import { siteFiles } from './site-audit.ts';
import { buildEnv, siteBuildSteps } from './site-build-steps.ts';
import { measureSearch } from './search-timing.ts';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const usage = 'usage: npm run bench:scale -- --synthetic <N> | --corpus <dir> [--limit <N>] [--source <owner/name>@<commit>]   [--keep]';
const corpusDir = option('--corpus');
const count = corpusDir === undefined ? Number(option('--synthetic')) : Number(option('--limit') ?? Infinity);
if (corpusDir === undefined ? !Number.isInteger(count) || count < 1 : !(count >= 1)) {
  console.error(usage);
  process.exit(1);
}
const keep = args.includes('--keep');
const atlasReports = readdirSync(join(root, 'content', 'reports')).filter((name) => name.endsWith('.json')).length;
if (corpusDir === undefined && count < atlasReports) {
  console.error(`bench:scale: N must be at least ${atlasReports}, the reports of the atlas (the glossary cites each of them)`);
  process.exit(1);
}
const sourceMatch = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40})$/.exec(option('--source') ?? '');
if (option('--source') !== undefined && !sourceMatch) {
  console.error(`bench:scale: --source must be <owner/name>@<40-hex commit>; ${usage}`);
  process.exit(1);
}

/** A copy of the project that builds on its own: sources copied, node_modules linked, generated folders left out. */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'atlas-scale-'));
  for (const entry of readdirSync(root)) {
    if (['node_modules', 'seeds', 'dist', '.dist-staging', '.git', '.astro', '.scratch'].includes(entry)) continue;
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, 'seeds'));
  return copy;
}

/**
 * Rewrites the copy's reports, translations and headings to N reports. A copy's source file (`seeds/<id>.<ext>`,
 * published for download) links to its original's, and so does its converted text where there is one.
 */
function writeSyntheticContent(copy: string, n: number): void {
  const folders = ['reports', 'translations', 'headings'] as const;
  const originals = Object.fromEntries(folders.map((folder) => [folder, new Map(readdirSync(join(root, 'content', folder)).filter((name) => name.endsWith('.json')).map((name) => [name.replace(/\.json$/, ''), readFileSync(join(root, 'content', folder, name), 'utf8')]))]));
  const ids = [...originals.reports!.keys()].sort();
  for (const folder of folders) {
    rmSync(join(copy, 'content', folder), { recursive: true });
    mkdirSync(join(copy, 'content', folder));
  }
  for (let k = 0; k < n; k++) {
    const base = ids[k % ids.length]!;
    const id = k < ids.length ? base : `${base}-copy-${Math.floor(k / ids.length)}`;
    for (const folder of folders) {
      const text = originals[folder]!.get(base);
      if (text === undefined) continue;
      const data = JSON.parse(text);
      if (folder === 'reports') {
        const original = data.report.file as string;
        data.report.id = id;
        data.report.file = original.replace(base, id);
        symlinkSync(join(root, 'seeds', original), join(copy, 'seeds', data.report.file));
        const converted = join(root, 'content', 'reports', `${base}.converted.txt`);
        if (existsSync(converted)) symlinkSync(converted, join(copy, 'content', 'reports', `${id}.converted.txt`));
      } else data.report = id;
      writeFileSync(join(copy, 'content', folder, `${id}.json`), JSON.stringify(data));
    }
  }
}

/**
 * Writes the copy's seeds for a corpus set: the atlas's seeds and side files linked, the corpus files linked under
 * their ids, the manifest and places extended. Returns how many reports the set has.
 */
function writeCorpusContent(copy: string, dir: string, limit: number): number {
  const manifest = JSON.parse(readFileSync(join(root, 'seeds', 'manifest.json'), 'utf8'));
  const places = JSON.parse(readFileSync(join(root, 'content', 'places.json'), 'utf8'));
  const set = corpusSet(dir, spread(corpusFiles(dir), limit), { entries: manifest.reports, places: places.places }, { repository: sourceMatch?.[1] ?? null, commit: sourceMatch?.[2] ?? null });
  for (const name of readdirSync(join(root, 'seeds'))) if (name !== 'manifest.json') symlinkSync(join(root, 'seeds', name), join(copy, 'seeds', name));
  for (const [name, target] of set.links) symlinkSync(target, join(copy, 'seeds', name));
  writeFileSync(join(copy, 'seeds', 'manifest.json'), JSON.stringify({ ...manifest, reports: [...manifest.reports, ...set.entries] }, null, 2));
  writeFileSync(join(copy, 'content', 'places.json'), JSON.stringify({ ...places, places: [...places.places, ...set.places] }, null, 2));
  const reasons = new Map<string, number>();
  for (const { why } of set.skipped) reasons.set(why.replace(/\d+/g, 'N'), (reasons.get(why.replace(/\d+/g, 'N')) ?? 0) + 1);
  console.log(`corpus: ${set.entries.length} reports added to the atlas's ${manifest.reports.length}, ${set.places.length} places added; left out ${set.skipped.length}${[...reasons].map(([why, n]) => `; ${n}× ${why}`).join('')}`);
  return manifest.reports.length + set.entries.length;
}

/** Resident memory (KB) of a process and all its descendants, read from /proc. */
function treeRssKB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended while we looked.
    }
  }
  const total = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((sum, child) => sum + total(child), 0);
  return total(root);
}

/**
 * Runs one build step, for its wall time and its peak resident memory: the most its processes held at once, sampled
 * every half second (GNU time's figure is the largest single process that was waited for, which missed Pagefind's
 * service once the index ran in shard processes).
 */
async function timedStep(name: string, stepArgs: string[], cwd: string): Promise<{ seconds: number; peakKB: number }> {
  const start = performance.now();
  const child = spawn(process.execPath, stepArgs, { cwd, env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakKB = 0;
  const sampler = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(child.pid!))), 500);
  const [status, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (code, killed) => resolve([code, killed])));
  clearInterval(sampler);
  const seconds = (performance.now() - start) / 1000;
  // Thrown, not exited: the temporary copy (gigabytes at thousands of reports) is removed on the way out.
  if (status !== 0) throw new Error(`${name} failed (${signal ?? `exit ${status}`}, peak ${(peakKB / 1024).toFixed(0)} MB after ${seconds.toFixed(0)} s):\n${output}`);
  return { seconds, peakKB };
}

const copy = projectCopy();
const dist = join(copy, 'dist');
try {
  const reports = corpusDir === undefined ? (writeSyntheticContent(copy, count), count) : writeCorpusContent(copy, corpusDir, count);
  const steps: { name: string; seconds: number; peakKB: number }[] = [];
  for (const { name, args: stepArgs } of siteBuildSteps(copy, dist, { content: corpusDir !== undefined })) steps.push({ name, ...(await timedStep(name, stepArgs, copy)) });
  const astro = steps.find((step) => step.name === 'astro')!;
  const search = steps.find((step) => step.name === 'search index')!;
  const buildSeconds = steps.reduce((sum, step) => sum + step.seconds, 0);
  const peakRssMB = Math.max(...steps.map((step) => step.peakKB)) / 1024;

  const files = siteFiles(dist);
  const sizes = files.map((file) => ({ file, size: statSync(join(dist, file)).size }));
  const distMB = sizes.reduce((sum, { size }) => sum + size, 0) / 1024 / 1024;
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const largest = sizes.filter(({ file }) => file.endsWith('.html')).sort((a, b) => b.size - a.size).slice(0, 5);
  const largestData = sizes.filter(({ file }) => file.startsWith('data/')).sort((a, b) => b.size - a.size).slice(0, 3);

  const [search1] = await measureSearch(dist, [{ lang: 'zh', queries: ['五抓一优一促', '招商引资'] }]);
  const [cold, warm] = search1!.queries;

  console.log(`reports: ${reports}`);
  console.log(`build: ${buildSeconds.toFixed(1)} s (${steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s, peak ${(step.peakKB / 1024).toFixed(0)} MB`).join('; ')})`);
  console.log(`site: ${pages} HTML pages, ${files.length} files (${(files.length / reports).toFixed(0)} per report), ${distMB.toFixed(0)} MB`);
  console.log(`largest pages: ${largest.map(({ file, size }) => `${file} ${(size / 1024).toFixed(0)} KB`).join(', ')}`);
  console.log(`largest data files: ${largestData.map(({ file, size }) => `${file} ${(size / 1024).toFixed(0)} KB`).join(', ')}`);
  console.log(`search: cold 五抓一优一促 ${cold!.ms.toFixed(0)} ms (${(cold!.bytes / 1024).toFixed(0)} KB), warm 招商引资 ${warm!.ms.toFixed(0)} ms (${(warm!.bytes / 1024).toFixed(0)} KB)`);
  console.log(
    JSON.stringify({
      reports,
      pages,
      buildSeconds: +buildSeconds.toFixed(1),
      astroSeconds: +astro.seconds.toFixed(1),
      searchSeconds: +search.seconds.toFixed(1),
      peakRssMB: Math.round(peakRssMB),
      distMB: Math.round(distMB),
      distFiles: files.length,
      coldQueryMs: Math.round(cold!.ms),
      warmQueryMs: Math.round(warm!.ms),
    }),
  );
} finally {
  if (keep) console.error(`kept ${copy}`);
  else if (existsSync(copy)) rmSync(copy, { recursive: true, force: true });
}
