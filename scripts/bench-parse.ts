/**
 * `npm run bench`: how long decoding and parsing all seeds takes. Prints figures; asserts nothing
 * (timing belongs in a benchmark, not in a test).
 */
import { decodeReport, parseReport } from '../src/pipeline/index.ts';
import { readManifest, readSeed } from './seed-files.ts';

const seedsDir = new URL('../seeds', import.meta.url).pathname;
const manifest = await readManifest(seedsDir);
const inputs = await Promise.all(manifest.reports.map(async (entry) => ({ id: entry.id, ...(await readSeed(seedsDir, entry)) })));

const parseAll = () => inputs.map((input) => parseReport(decodeReport(input.bytes).text, input.options));
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
  parseReport(decodeReport(input.bytes).text, input.options);
  console.log(`  ${input.id}: ${(performance.now() - start).toFixed(1)} ms`);
}
