import { describe, expect, it } from 'vitest';
import { excerptBounds } from '../../src/lib/excerpt.ts';

describe('search result excerpts', () => {
  it('centre the match, with the same context on both sides where the text allows', () => {
    const text = `${'甲'.repeat(200)}承诺制${'乙'.repeat(200)}`;
    const { from, to } = excerptBounds(text, 200, 203, 70);
    expect([200 - from, to - 203]).toEqual([70, 70]);
    expect(excerptBounds('短文承诺制', 2, 5, 70)).toEqual({ from: 0, to: 5 });
  });

  it('never cut an English word in two', () => {
    const text = 'We implemented the commitment system, the standard land system and full agency services for projects in every development zone of the city this year.';
    const start = text.indexOf('standard land');
    const { from, to } = excerptBounds(text, start, start + 'standard land'.length, 30);
    expect(from === 0 || text[from - 1] === ' ').toBe(true);
    expect(to === text.length || text[to] === ' ').toBe(true);
    expect(from).toBeLessThanOrEqual(start);
    expect(to).toBeGreaterThanOrEqual(start + 'standard land'.length);
  });

  it('keeps a character outside the Basic Multilingual Plane whole', () => {
    const text = `${'甲'.repeat(10)}𠀋${'乙'.repeat(5)}承诺制`;
    const start = text.indexOf('承诺制');
    const { from } = excerptBounds(text, start, start + 3, start - 10 - 1);
    expect(text.slice(from).startsWith('𠀋')).toBe(true);
  });
});
