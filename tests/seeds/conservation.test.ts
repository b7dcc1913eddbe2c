import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReport, type ReportTree } from '../../src/pipeline/index.ts';
import { buildSeed, fixtureBytes, fixturesDir, manifest, parseFixture, publishedTexts, seedBytes } from '../helpers.ts';

/** Non-whitespace characters of a string, as an array of code points. */
const visible = (text: string): string[] => [...text.replace(/\s/gu, '')];

function tally(characters: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const character of characters) counts.set(character, (counts.get(character) ?? 0) + 1);
  return counts;
}

/**
 * Nothing lost, nothing invented: the source's non-whitespace characters are exactly the published ones plus
 * the logged removals, and the published text follows the source order.
 */
function checkConservation(source: string, tree: ReportTree) {
  const sourceCharacters = visible(source);
  const published = visible(publishedTexts(tree).join(''));
  const removed = visible(tree.removals.map((removal) => removal.text).join(''));
  const expected = tally(sourceCharacters);
  for (const character of [...published, ...removed]) expected.set(character, (expected.get(character) ?? 0) - 1);
  const unaccounted = [...expected].filter(([, count]) => count > 0).map(([character, count]) => `${character}×${count}`);
  const invented = [...expected].filter(([, count]) => count < 0).map(([character, count]) => `${character}×${-count}`);

  // Order: the published characters appear in the source in the same order.
  let cursor = 0;
  let outOfOrder = -1;
  for (const [index, character] of published.entries()) {
    while (cursor < sourceCharacters.length && sourceCharacters[cursor] !== character) cursor++;
    if (cursor === sourceCharacters.length) {
      outOfOrder = index;
      break;
    }
    cursor++;
  }
  return { unaccounted, invented, outOfOrder, sourceCount: sourceCharacters.length, publishedCount: published.length, removedCount: removed.length };
}

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
