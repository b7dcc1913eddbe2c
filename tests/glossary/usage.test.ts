import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from '../../src/lib/glossary.ts';
import { termUsage, USAGE_TIERS } from '../../src/lib/term-usage.ts';
import { glossaryEntrySchema } from '../../src/schema/glossary.ts';
import { reportDocumentSchema } from '../../src/schema/report.ts';
import { root } from '../helpers.ts';

const read = (dir: string) => readdirSync(join(root, 'content', dir)).map((name) => JSON.parse(readFileSync(join(root, 'content', dir, name), 'utf8')));
const documents = read('reports').map((data) => reportDocumentSchema.parse(data));
const entries = read('glossary').map((data) => glossaryEntrySchema.parse(data));
const index = buildGlossaryIndex(entries, documents);
const usageOf = (term: string) => termUsage(index.occurrences.get(entries.find((entry) => entry.term === term)!.slug)!, documents);

describe('a term\'s use over time', () => {
  it('counts, per year and tier, the reports using the term out of the reports the atlas has', () => {
    for (const entry of entries) {
      const occurrences = index.occurrences.get(entry.slug)!;
      const usage = termUsage(occurrences, documents);
      const using = new Set(occurrences.map((occurrence) => occurrence.report));
      expect(usage.years.reduce((sum, year) => sum + year.using, 0), entry.slug).toBe(using.size);
      for (const year of usage.years) {
        for (const tier of USAGE_TIERS) {
          const cell = year.tiers[tier];
          expect(cell.using.length).toBeLessThanOrEqual(cell.of);
          for (const id of cell.using) expect(documents.find((document) => document.report.id === id)!.report.year).toBe(year.year);
        }
      }
      expect(usage.first === null).toBe(using.size === 0);
    }
  });

  it('shows every year of the atlas, oldest first, also the years without use', () => {
    const years = [...new Set(documents.map((document) => document.report.year))].sort((a, b) => a - b);
    expect(usageOf('五抓一优一促').years.map((year) => year.year)).toEqual(years);
  });

  it('dates 十四五 from the province and the prefectures of 2020/2021 to the county reports, first before latest', () => {
    const usage = usageOf('十四五');
    expect(usage.first!.report.year).toBeLessThanOrEqual(usage.latest!.report.year);
    const earliestUse = Math.min(...documents.filter((document) => index.occurrences.get('shi-si-wu')?.some((occurrence) => occurrence.report === document.report.id)).map((document) => document.report.year));
    expect(usage.first!.report.year).toBe(earliestUse);
    expect(usage.years.some((year) => year.tiers.province.using.length > 0)).toBe(true);
    expect(usage.years.some((year) => year.tiers.county.using.length > 0)).toBe(true);
  });
});
