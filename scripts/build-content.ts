/**
 * Seeds → pipeline → `content/reports/<id>.json`, the only script that writes content.
 * `--check` writes nothing and exits 1 if the committed content differs from what the seeds produce,
 * so a parser change is always reviewed as a diff of the published content.
 * Bad input prints one `file:line: message` line, exits 1 and writes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { buildReportDocument, InputError } from '../src/lib/report-document.ts';
import { manifestSchema, overridesFileSchema } from '../src/schema/manifest.ts';

const root = new URL('..', import.meta.url).pathname;
/** `--seeds <dir>` and `--out <dir>` let tests run the script on a copy. */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1]!;
}
const seedsDir = option('--seeds', join(root, 'seeds'));
const outputDir = option('--out', join(root, 'content', 'reports'));
const check = process.argv.includes('--check');
/** Paths in messages are relative to where the command runs, as compilers print them. */
const shown = (path: string) => relative(process.cwd(), path) || path;

/** Reads and validates a JSON file, naming the file in any error. */
async function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readFile(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    throw new InputError(shown(path), line, `invalid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new InputError(shown(path), 1, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

async function main(): Promise<number> {
  const manifestPath = join(seedsDir, 'manifest.json');
  const manifest = await readJson(manifestPath, manifestSchema);
  const ids = new Set<string>();
  const outputs = new Map<string, string>();
  for (const entry of manifest.reports) {
    if (ids.has(entry.id)) throw new InputError(shown(manifestPath), 1, `duplicate report id ${entry.id}`);
    ids.add(entry.id);
    const seedPath = join(seedsDir, entry.file);
    if (!existsSync(seedPath)) throw new InputError(shown(manifestPath), 1, `${entry.id}: ${shown(seedPath)} does not exist`);
    const overridesPath = join(seedsDir, `${entry.id}.overrides.json`);
    const overrides = existsSync(overridesPath) ? (await readJson(overridesPath, overridesFileSchema)).overrides : [];
    const document = buildReportDocument(entry, await readFile(seedPath), overrides, shown(seedPath));
    for (const warning of document.tree.warnings) console.error(`${shown(seedPath)}:${warning.line}: warning: ${warning.message}`);
    outputs.set(`${entry.id}.json`, `${JSON.stringify(document, null, 1)}\n`);
  }

  const existing = existsSync(outputDir) ? (await readdir(outputDir)).filter((name) => name.endsWith('.json')) : [];
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
  if (error instanceof InputError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
