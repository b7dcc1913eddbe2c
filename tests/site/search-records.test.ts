import { describe, expect, it } from 'vitest';
import { reportRecords } from '../../src/lib/search-records.ts';
import { tokens } from '../../src/lib/search-text.ts';
import { buildSeed } from '../helpers.ts';

describe('search records', () => {
  const records = reportRecords(buildSeed('yanhu-2022-work-report'), () => 'An English heading');

  it('index every Chinese paragraph once, linked to its anchor, as single-character tokens', () => {
    const chinese = records.filter((record) => record.language === 'zh-cn');
    expect(chinese.every((record) => /#(p|c)\d+$/.test(record.url))).toBe(true);
    expect(new Set(chinese.map((record) => record.url)).size).toBe(chinese.length);
    const first = chinese.find((record) => record.url.endsWith('/2-1/#p1'))!;
    expect(first.content).toBe(tokens(first.meta.text!).join(' '));
  });

  it('keep untranslated Chinese paragraphs out of the English index: English records are headings only', () => {
    const english = records.filter((record) => record.language === 'en');
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((record) => !record.url.includes('#') && record.meta.text === record.meta.title)).toBe(true);
  });
});
