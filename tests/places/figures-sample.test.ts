import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures, INDICATORS, type Figure } from '../../src/lib/indicators.ts';
import { handReadFiguresSchema } from '../../src/schema/expected.ts';
import { buildSeed, root } from '../helpers.ts';

/**
 * The extractor measured against figures read by hand from reports it was not written on (tests/fixtures/figures/):
 * precision and recall per indicator, printed, and held at the floors below so a change that loses figures fails.
 * A figure matches when its indicator, measure, year, kind (an estimate counts as a result) and amount agree (amounts
 * compared in one unit: 1.765 万亿元 is 17650 亿元); its basis and qualifier are checked apart, on the matched figures.
 */
const dir = join(root, 'tests', 'fixtures', 'figures');
const samples = readdirSync(dir).map((name) => {
  const file = join(dir, name);
  const result = handReadFiguresSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`);
  return result.data;
});

const SCALE: Partial<Record<Figure['unit'], number>> = { 万亿元: 10_000, 亿元: 1, 万元: 0.0001, 万人: 10_000, 人: 1 };
type Comparable = Pick<Figure, 'indicator' | 'measure' | 'year' | 'kind' | 'value' | 'unit'>;
const matchKey = (figure: Comparable) =>
  [figure.indicator, figure.measure, figure.year, figure.kind === 'target' ? 'target' : 'result', figure.value === null ? figure.value : +(figure.value * (SCALE[figure.unit] ?? 1)).toFixed(6)].join('|');

/** Floors: the measured figures of this fixture (printed below), rounded down; recall is low where reports word results freely. */
const FLOORS = { precision: 0.96, recall: 0.84 };

describe('headline figures against a hand-read sample', () => {
  const read = samples.flatMap((sample) => sample.figures.map((figure) => ({ ...figure, report: sample.report })));
  const extracted = samples.flatMap((sample) => extractFigures(buildSeed(sample.report)));
  const readKeys = new Map(read.map((figure) => [`${figure.report}|${matchKey(figure)}`, figure]));
  const extractedKeys = new Map(extracted.map((figure) => [`${figure.report}|${matchKey(figure)}`, figure]));
  const rows = INDICATORS.map((indicator) => {
    const expected = [...readKeys].filter(([, figure]) => figure.indicator === indicator);
    const found = [...extractedKeys].filter(([, figure]) => figure.indicator === indicator);
    const hits = found.filter(([key]) => readKeys.has(key)).length;
    return { indicator, read: expected.length, extracted: found.length, hits, precision: found.length ? hits / found.length : 1, recall: expected.length ? hits / expected.length : 1 };
  });
  const total = rows.reduce((sum, row) => ({ read: sum.read + row.read, extracted: sum.extracted + row.extracted, hits: sum.hits + row.hits }), { read: 0, extracted: 0, hits: 0 });

  it('covers at least eight reports read by hand', () => {
    expect(samples.length).toBeGreaterThanOrEqual(8);
    expect(read.length).toBeGreaterThan(0);
  });

  it(`finds the figures read by hand with precision ≥ ${FLOORS.precision} and recall ≥ ${FLOORS.recall}`, () => {
    console.log(['indicator | read | extracted | matched | precision | recall', ...rows.map((row) => `${row.indicator} | ${row.read} | ${row.extracted} | ${row.hits} | ${row.precision.toFixed(2)} | ${row.recall.toFixed(2)}`), `all | ${total.read} | ${total.extracted} | ${total.hits} | ${(total.hits / total.extracted).toFixed(3)} | ${(total.hits / total.read).toFixed(3)}`].join('\n'));
    expect(total.hits / total.extracted).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(total.hits / total.read).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  it('gives the matched figures the basis read by hand', () => {
    const differing = [...extractedKeys].filter(([key]) => readKeys.has(key)).filter(([key, figure]) => figure.basis !== readKeys.get(key)!.basis || (figure.from ?? null) !== (readKeys.get(key)!.from ?? null));
    expect(differing.map(([key, figure]) => `${key}: ${figure.basis} ${figure.from ?? ''} vs ${readKeys.get(key)!.basis} ${readKeys.get(key)!.from ?? ''}`)).toEqual([]);
  });
});
