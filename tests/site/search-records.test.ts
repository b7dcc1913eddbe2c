import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishParagraphRecords, reportRecords } from '../../src/lib/search-records.ts';
import { translationOf, translationUnits } from '../../src/lib/translation.ts';
import { translationFileSchema } from '../../src/schema/translation.ts';
import { indexTokens, searchWords } from '../../src/lib/search-text.ts';
import { buildSeed, root } from '../helpers.ts';

describe('search records', () => {
  const records = reportRecords(buildSeed('yanhu-2022-work-report'), () => 'An English heading');

  it('index every Chinese paragraph once, linked to its anchor, as bigram tokens', () => {
    const chinese = records.filter((record) => record.language === 'zh-cn' && !/#note-\d+$/.test(record.url));
    expect(chinese.every((record) => /#(p|c)\d+$/.test(record.url))).toBe(true);
    expect(new Set(chinese.map((record) => record.url)).size).toBe(chinese.length);
    const first = chinese.find((record) => record.url.endsWith('/2-1/#p1'))!;
    expect(first.content).toBe(searchWords(indexTokens(first.meta.text!)));
  });

  it('keep untranslated Chinese paragraphs out of the English index: English records are headings only', () => {
    const english = records.filter((record) => record.language === 'en');
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((record) => !record.url.includes('#') && record.meta.text === record.meta.title)).toBe(true);
  });

  it('index each note of the notes appendix under its anchor, with its label and text', () => {
    const document = buildSeed('yanhu-2022-work-report');
    const notes = records.filter((record) => /#note-\d+$/.test(record.url));
    expect(notes.map((record) => record.url)).toEqual(document.tree.notes.map((note) => `/zh/reports/yanhu-2022-work-report/#note-${note.number}`));
    const first = document.tree.notes[0]!;
    expect(notes[0]!.meta.text).toContain(first.text.slice(0, 10));
  });

  it('index table captions, rows (with the row heading and values) and box titles in Chinese, each under its anchor', () => {
    const plan = reportRecords(buildSeed('yongji-2021-five-year-plan'), () => null).filter((record) => record.language === 'zh-cn');
    const rows = plan.filter((record) => /#(?:box-\d+-)?table(?:-\d+)?-r\d+$/.test(record.url));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((record) => record.meta.text!.includes('GDP') || record.meta.text!.includes('地区生产总值'))).toBe(true);
    expect(rows.every((record) => record.meta.text!.includes(' · ') || !record.meta.text!.includes('\t'))).toBe(true);
    expect(plan.some((record) => /#box-\d+$/.test(record.url))).toBe(true);
    expect(new Set(rows.map((record) => record.url)).size).toBe(rows.length);
  });

  it('index each translated table row once in English, its cells in order, under the row\'s anchor', () => {
    const document = buildSeed('yongji-2021-five-year-plan');
    const file = translationFileSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'translations', 'yongji-2021-five-year-plan.json'), 'utf8')));
    const english = englishParagraphRecords(document, file, () => null);
    expect(new Set(english.map((record) => record.url)).size).toBe(english.length);
    const rows = english.filter((record) => /-r\d+$/.test(record.url));
    expect(rows.length).toBeGreaterThan(20);
    // Each row's text is its translated cells joined in order.
    const cells = translationUnits(document).filter((unit) => /:r\d+c\d+$/.test(unit.key));
    for (const row of rows) {
      const [, section, table, index] = /\/reports\/[^/]+\/([^/]+)\/#(.+)-r(\d+)$/.exec(row.url)!;
      const own = cells.filter((unit) => unit.key.startsWith(`${section}#${table}:r${index}c`)).map((unit) => translationOf(unit, file).en).filter((en): en is string => en !== null && en.trim() !== '');
      expect(row.meta.text, row.url).toBe(own.join(' · '));
    }
  });
});
