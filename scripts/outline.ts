/**
 * `npm run outline -- <file>`: prints the parsed outline of any report file as one JSON document:
 * title, date, sections, notes, stats (the pipeline's `toOutline`), then the rest of the title block (session,
 * speaker as {organization, role, name}), the closing's first paragraph, the appendices (id, label, title, number
 * of blocks) and the warnings (line, message). Warnings also go to stderr as `file:line: warning: …`.
 *
 * A seed (a file whose folder holds a `manifest.json` with an entry for it, like `seeds/<id>.txt`) is parsed the
 * way `npm run content` parses it, with `<id>.overrides.json` and `<id>.annotations.json`; a seed whose bytes no
 * longer match the manifest's SHA-256 gets a warning on stderr. `--overrides <file>` (`{"overrides": [...]}`, the
 * format of `seeds/<id>.overrides.json`) parses any file with those overrides instead, seed or not.
 *
 * `npm run outline -- --tree <file>` prints the full document instead: for a seed, exactly what is published as
 * `/data/reports/<id>.json` (and committed as `content/reports/<id>.json`); the report document needs a manifest
 * entry, so for any other file it prints the tree as `parseReport` returns it.
 *
 * Bad input prints one `file:line: message` line and exits 1.
 */
import { readFile } from 'node:fs/promises';
import { buildReportDocument, InputError, sha256 } from '../src/lib/report-document.ts';
import { decodeReport, parseReport, ReportError, toOutline, type Block, type ParseOptions, type ReportTree } from '../src/pipeline/index.ts';
import { convertToText, needsConversion } from './convert-document.ts';
import { findSeed, readOverrides, readSeed, shown } from './seed-files.ts';

const usage = 'usage: npm run outline -- [--tree] [--overrides <overrides.json>] <report.txt>';
let tree = false;
let overridesFile: string | null = null;
const files: string[] = [];
let unknown = false;
for (let index = 2; index < process.argv.length; index++) {
  const argument = process.argv[index]!;
  if (argument === '--tree') tree = true;
  else if (argument === '--overrides' && index + 1 < process.argv.length) overridesFile = process.argv[++index]!;
  else if (argument.startsWith('--')) unknown = true;
  else files.push(argument);
}
if (unknown || files.length !== 1) {
  console.error(usage);
  process.exit(1);
}
const file = files[0]!;

/** The text a block starts with: a paragraph's text, a list's first item, a table's or box's title; null for a gap. */
function blockText(block: Block): string | null {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items[0]?.text ?? null;
    case 'table':
    case 'box':
      return block.title;
    case 'gap':
      return null;
  }
}

/** The outline of the pipeline, then the fields a maintainer checks after it. */
function fullOutline(parsed: ReportTree) {
  const { speaker } = parsed.metadata;
  return {
    ...toOutline(parsed),
    session: parsed.metadata.session,
    speaker: speaker ? { organization: speaker.organization, role: speaker.role, name: speaker.name } : null,
    closing: parsed.closing[0] ? blockText(parsed.closing[0]) : null,
    appendices: parsed.appendices.map((appendix) => ({ id: appendix.id, label: appendix.label, title: appendix.title, blocks: appendix.blocks.length })),
    warnings: parsed.warnings.map((warning) => ({ line: warning.line, message: warning.message })),
  };
}

async function main(): Promise<void> {
  const overrides = overridesFile === null ? null : await readOverrides(overridesFile);
  const seed = await findSeed(file);
  let bytes: Uint8Array;
  let options: ParseOptions;
  const notices: string[] = [];
  if (seed) {
    const input = await readSeed(seed.seedsDir, seed.entry);
    bytes = input.bytes;
    options = overrides === null ? input.options : { ...input.options, overrides };
    const actual = sha256(bytes);
    if (actual !== seed.entry.sha256 && !tree) notices.push(`${file}:1: warning: SHA-256 is ${actual}, the manifest says ${seed.entry.sha256}; npm run content will reject it`);
  } else {
    bytes = await readFile(file);
    options = { overrides: overrides ?? [] };
  }
  // A Word document or saved web page is read through its text, as `npm run content` reads it.
  const converted = needsConversion(file) ? await convertToText(file, bytes, file) : null;

  const warn = (warnings: { line: number; message: string }[]) => {
    for (const warning of warnings) console.error(`${file}:${warning.line}: warning: ${warning.message}`);
    for (const notice of notices) console.error(notice);
  };
  // The published files are written with one-space indentation (src/pages/data/reports/[id].json.ts).
  const print = (value: unknown, indent: number) => process.stdout.write(`${JSON.stringify(value, null, indent)}\n`);
  if (seed && tree) {
    // Checked against the manifest entry (SHA-256 included) and the published schema, as `npm run content` does.
    const document = buildReportDocument(seed.entry, bytes, options, file, converted);
    warn(document.tree.warnings);
    print(document, 1);
    return;
  }
  const parsed = parseReport(converted ?? decodeReport(bytes).text, options);
  warn(parsed.warnings);
  if (tree) print(parsed, 1);
  else print(fullOutline(parsed), 2);
}

try {
  await main();
} catch (error) {
  if (error instanceof ReportError) {
    console.error(`${file}:${error.line}: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof InputError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof Error && 'code' in error) {
    // Name the file that could not be read: the report, or the overrides or side file.
    const path = 'path' in error && typeof error.path === 'string' && error.path !== file ? shown(error.path) : file;
    console.error(`${path}:1: cannot read file (${String(error.code)})`);
    process.exit(1);
  }
  throw error;
}
