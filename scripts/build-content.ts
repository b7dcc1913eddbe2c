/**
 * Seeds → pipeline → `content/reports/<id>.json`, the only script that writes content.
 * `--check` writes nothing and exits 1 if the committed content differs from what the seeds produce,
 * so a parser change is always reviewed as a diff of the published content.
 * Every report is tried: each one that fails prints one `file:line: message` line (after the warnings of the
 * others), then the script exits 1 and writes nothing. Before that, the manifest, `content/places.json` and the side
 * files are checked (`validate-inputs.ts`): each of their problems is one line naming the report or place and the line
 * of its entry, printed with the others; reports with such a problem are not built.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReportDocument, InputError } from '../src/lib/report-document.ts';
import { readSeed, shown } from './seed-files.ts';
import { validateInputs } from './validate-inputs.ts';

const root = new URL('..', import.meta.url).pathname;
/** `--seeds <dir>`, `--places <file>` and `--out <dir>` let tests run the script on a copy. */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1]!;
}
const seedsDir = option('--seeds', join(root, 'seeds'));
const placesPath = option('--places', join(root, 'content', 'places.json'));
const outputDir = option('--out', join(root, 'content', 'reports'));
const check = process.argv.includes('--check');

/** One line per failing report: what `InputError` says, or the file that could not be read. */
function failure(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error && 'code' in error && 'path' in error && typeof error.path === 'string') {
    return `${shown(error.path)}:1: cannot read file (${String(error.code)})`;
  }
  throw error;
}

async function main(): Promise<number> {
  const inputs = await validateInputs(seedsDir, placesPath);
  const ids = new Set<string>();
  const outputs = new Map<string, string>();
  const failures: string[] = [...inputs.problems];
  for (const entry of inputs.entries) {
    try {
      if (ids.has(entry.id)) throw new InputError(shown(join(seedsDir, 'manifest.json')), 1, `duplicate report id ${entry.id}`);
      ids.add(entry.id);
      const seed = await readSeed(seedsDir, entry);
      const document = buildReportDocument(entry, seed.bytes, seed.options, shown(seed.path), seed.text);
      // The text of a converted seed (Word, web page) is published and checked like the report's JSON.
      if (seed.text !== null) outputs.set(`${entry.id}.converted.txt`, seed.text);
      for (const warning of document.tree.warnings) console.error(`${shown(seed.path)}:${warning.line}: warning: ${warning.message}`);
      outputs.set(`${entry.id}.json`, `${JSON.stringify(document, null, 1)}\n`);
    } catch (error) {
      failures.push(failure(error));
    }
  }
  if (failures.length > 0) {
    for (const line of failures) console.error(line);
    return 1;
  }

  const existing = existsSync(outputDir) ? (await readdir(outputDir)).filter((name) => name.endsWith('.json') || name.endsWith('.converted.txt')) : [];
  if (check) {
    const stale = [...new Set([...existing, ...outputs.keys()])];
    let differs = 0;
    for (const name of stale) {
      const committed = existing.includes(name) ? await readFile(join(outputDir, name), 'utf8') : null;
      if (committed !== outputs.get(name)) {
        console.error(`${shown(join(outputDir, name))}: differs from what the seeds produce; run npm run content and review the diff`);
        differs++;
      }
    }
    return differs === 0 ? 0 : 1;
  }

  // Write everything to a fresh folder first, then swap: a failure leaves the old content intact.
  const staging = `${outputDir}.tmp-${process.pid}`;
  await mkdir(staging, { recursive: true });
  for (const [name, text] of outputs) await writeFile(join(staging, name), text);
  await rm(outputDir, { recursive: true, force: true });
  await rename(staging, outputDir);
  console.error(`wrote ${outputs.size} reports to ${shown(outputDir)}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(failure(error));
  process.exitCode = 1;
}
