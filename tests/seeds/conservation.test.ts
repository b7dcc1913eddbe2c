import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../src/pipeline/index.ts';
import { buildSeed, checkConservation, fixtureBytes, fixturesDir, manifest, parseFixture, seedBytes } from '../helpers.ts';

describe('conservation', () => {
  for (const entry of manifest.reports) {
    it(`accounts for every character of ${entry.file}`, () => {
      const result = checkConservation(decodeReport(seedBytes(entry.id)).text, buildSeed(entry.id).tree);
      expect(result.unaccounted).toEqual([]);
      expect(result.invented).toEqual([]);
      expect(result.outOfOrder).toBe(-1);
      expect(result.publishedCount + result.removedCount).toBe(result.sourceCount);
    });
  }

  const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.txt') && !name.startsWith('bad-'));
  for (const name of fixtures) {
    it(`accounts for every character of fixture ${name}`, () => {
      const result = checkConservation(decodeReport(fixtureBytes(name)).text, parseFixture(name));
      expect(result.unaccounted).toEqual([]);
      expect(result.invented).toEqual([]);
      expect(result.outOfOrder).toBe(-1);
    });
  }

  it('notices a lost character', () => {
    const tree = buildSeed('yanhu-2022-work-report').tree;
    const damaged = structuredClone(tree);
    const paragraph = damaged.sections[0]!.blocks[0]!;
    if (paragraph.type !== 'paragraph') throw new Error('expected a paragraph');
    paragraph.text = paragraph.text.slice(1);
    const result = checkConservation(decodeReport(seedBytes('yanhu-2022-work-report')).text, damaged);
    expect(result.unaccounted).toHaveLength(1);
  });

  it('notices reordered text', () => {
    const tree = buildSeed('yanhu-2022-work-report').tree;
    const damaged = structuredClone(tree);
    damaged.sections.reverse();
    const result = checkConservation(decodeReport(seedBytes('yanhu-2022-work-report')).text, damaged);
    expect(result.unaccounted).toEqual([]);
    expect(result.outOfOrder).not.toBe(-1);
  });
});
