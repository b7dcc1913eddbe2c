/**
 * `npm run bench`: how long decoding and parsing all seeds takes. Prints figures; asserts nothing
 * (timing belongs in a benchmark, not in a test).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeReport, parseReport } from '../src/pipeline/index.ts';
import { manifestSchema, overridesFileSchema } from '../src/schema/manifest.ts';
import { existsSync } from 'node:fs';

const seedsDir = new URL('../seeds', import.meta.url).pathname;
const manifest = manifestSchema.parse(JSON.parse(await readFile(join(seedsDir, 'manifest.json'), 'utf8')));
const inputs = await Promise.all(
  manifest.reports.map(async (entry) => {
    const overridesPath = join(seedsDir, `${entry.id}.overrides.json`);
    const overrides = existsSync(overridesPath) ? overridesFileSchema.parse(JSON.parse(await readFile(overridesPath, 'utf8'))).overrides : [];
    return { id: entry.id, bytes: await readFile(join(seedsDir, entry.file)), overrides };
  }),
);

const parseAll = () => inputs.map((input) => parseReport(decodeReport(input.bytes).text, input.overrides));
parseAll(); // warm-up: the first run includes compiling the regular expressions and JIT warm-up

const rounds = 20;
const timings: number[] = [];
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  parseAll();
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const characters = inputs.reduce((sum, input) => sum + decodeReport(input.bytes).text.length, 0);
const median = timings[Math.floor(rounds / 2)]!;
console.log(`parse all ${inputs.length} seeds (${characters} characters): median ${median.toFixed(1)} ms, min ${timings[0]!.toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms over ${rounds} rounds (Node ${process.version})`);
for (const input of inputs) {
  const start = performance.now();
  parseReport(decodeReport(input.bytes).text, input.overrides);
  console.log(`  ${input.id}: ${(performance.now() - start).toFixed(1)} ms`);
}
