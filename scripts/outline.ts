/**
 * `npm run outline -- <file>`: prints the parsed outline of any report file as JSON.
 * Warnings go to stderr; bad input prints one `file:line: message` line and exits 1.
 */
import { readFile } from 'node:fs/promises';
import { decodeReport, parseReport, ReportError, toOutline } from '../src/pipeline/index.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run outline -- <report.txt>');
  process.exit(1);
}
try {
  const tree = parseReport(decodeReport(await readFile(file)).text);
  for (const warning of tree.warnings) console.error(`${file}:${warning.line}: warning: ${warning.message}`);
  process.stdout.write(`${JSON.stringify(toOutline(tree), null, 2)}\n`);
} catch (error) {
  if (error instanceof ReportError) {
    console.error(`${file}:${error.line}: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof Error && 'code' in error) {
    console.error(`${file}:1: cannot read file (${String(error.code)})`);
    process.exit(1);
  }
  throw error;
}
