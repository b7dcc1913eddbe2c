/**
 * `npm run corpus -- <dir> [--quiet]`: parses every `.txt`/`.md` file (and `.html`/`.docx`, converted as add-report does) under a folder, as a maintainer would before
 * adding reports from a new source, and prints one line per file (ok / error `file:line: …` / warnings by kind)
 * and totals. It reads the files and writes nothing; it asserts nothing (the figures go in the README).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../src/lib/report-document.ts';
import { corpusFindings, decodeReport, parseReport, ReportError, type CorpusFindings } from '../src/pipeline/index.ts';
import { convertToText, needsConversion } from './convert-document.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run corpus -- <dir> [--quiet]');
  process.exit(1);
}
const quiet = process.argv.includes('--quiet');

async function* reportFiles(folder: string): AsyncGenerator<string> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path)).isDirectory())) yield* reportFiles(path);
    else if (/\.(?:txt|md|html?|docx)$/i.test(entry.name) && !/^readme\.md$/i.test(entry.name)) yield path;
  }
}

interface Totals {
  files: number;
  parsed: number;
  failed: number;
  times: number[];
  notes: number;
  noDate: number;
  noSpeaker: number;
  noClosing: number;
  suspiciousHeadings: number;
  leftoverLines: number;
  warnings: Map<string, number>;
}

const totals: Totals = { files: 0, parsed: 0, failed: 0, times: [], notes: 0, noDate: 0, noSpeaker: 0, noClosing: 0, suspiciousHeadings: 0, leftoverLines: 0, warnings: new Map() };

function describe(findings: CorpusFindings): string {
  const parts = [`${findings.sections} parts`, `${findings.notes} notes`];
  if (!findings.date) parts.push('no date');
  if (!findings.speaker) parts.push('no speaker');
  if (!findings.closing) parts.push('no closing');
  if (findings.appendices > 0) parts.push(`${findings.appendices} appendices`);
  for (const heading of findings.suspiciousHeadings) parts.push(`suspicious heading L${heading.line} (${heading.why})`);
  for (const line of findings.leftoverLines) parts.push(`leftover? L${line.line} “${line.text.slice(0, 30)}”`);
  const kinds = [...findings.warningKinds].map(([kind, count]) => `${count}× ${kind}`);
  if (kinds.length > 0) parts.push(`warnings: ${kinds.join(', ')}`);
  return parts.join('; ');
}

for await (const path of reportFiles(dir)) {
  totals.files++;
  const shown = relative(process.cwd(), path);
  const bytes = await readFile(path);
  const start = performance.now();
  try {
    const text = needsConversion(path) ? await convertToText(path, bytes, shown) : decodeReport(bytes).text;
    const tree = parseReport(text);
    totals.times.push(performance.now() - start);
    totals.parsed++;
    const findings = corpusFindings(tree);
    totals.notes += findings.notes;
    if (!findings.date) totals.noDate++;
    if (!findings.speaker) totals.noSpeaker++;
    if (!findings.closing) totals.noClosing++;
    totals.suspiciousHeadings += findings.suspiciousHeadings.length;
    totals.leftoverLines += findings.leftoverLines.length;
    for (const [kind, count] of findings.warningKinds) totals.warnings.set(kind, (totals.warnings.get(kind) ?? 0) + count);
    if (!quiet) console.log(`ok     ${shown}: ${describe(findings)}`);
  } catch (error) {
    totals.times.push(performance.now() - start);
    if (!(error instanceof ReportError) && !(error instanceof InputError)) throw error;
    totals.failed++;
    console.log(error instanceof InputError ? `error  ${error.message}` : `error  ${shown}:${error.line}: ${error.message}`);
  }
}

const times = [...totals.times].sort((a, b) => a - b);
const median = times.length > 0 ? times[Math.floor(times.length / 2)]! : 0;
const percent = (count: number) => (totals.files === 0 ? '0' : ((100 * count) / totals.files).toFixed(1));
console.log('');
console.log(`files ${totals.files}, parsed ${totals.parsed} (${percent(totals.parsed)}%), failed ${totals.failed}`);
console.log(`parse time per file: median ${median.toFixed(1)} ms, maximum ${(times.at(-1) ?? 0).toFixed(1)} ms (Node ${process.version})`);
console.log(`notes found ${totals.notes}`);
console.log(`no date ${totals.noDate}, no speaker ${totals.noSpeaker}, no closing ${totals.noClosing}`);
console.log(`suspicious headings ${totals.suspiciousHeadings}, lines that look like leftovers ${totals.leftoverLines}`);
console.log(`warnings: ${[...totals.warnings].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none'}`);
