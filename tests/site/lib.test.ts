import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../src/lib/language-runs.ts';
import { neighbours, paragraphNumber, sectionTrail } from '../../src/lib/report-nav.ts';
import { toSegmentGroups } from '../../src/lib/segments.ts';
import { sectionPath, switchLocale } from '../../src/lib/urls.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { buildSeed } from '../helpers.ts';

describe('toSegmentGroups', () => {
  it('cuts text at marks and groups run-in headings', () => {
    const groups = toSegmentGroups('一是加快打造四大板块。按照部署PM2.5下降。', [{ kind: 'strong', start: 2, end: 10 }, { kind: 'sub', start: 17, end: 20 }], [{ marker: '一是', number: 1, start: 0, end: 11, id: 'p1-i1' }], []);
    expect(groups.map((group) => [group.runIn?.id ?? null, group.segments.map((segment) => `${segment.text}${segment.strong ? '*' : ''}${segment.sub ? '_' : ''}`)])).toEqual([
      ['p1-i1', ['一是', '加快打造四大板块*', '。']],
      [null, ['按照部署PM', '2.5_', '下降。']],
    ]);
  });

  it('keeps every character once, in order', () => {
    const text = '加快抗议制药重整，推动合作。';
    const groups = toSegmentGroups(text, [{ kind: 'strong', start: 0, end: 4 }], [], [{ kind: 'suspected-typo', line: 1, message: 'm', span: { start: 2, end: 6 }, suggestion: '康意制药' }]);
    expect(groups.flatMap((group) => group.segments.map((segment) => segment.text)).join('')).toBe(text);
    expect(groups[0]!.segments.filter((segment) => segment.annotation === 0).map((segment) => segment.text).join('')).toBe('抗议制药');
  });
});

describe('report navigation', () => {
  const { tree } = buildSeed('yongji-2021-five-year-plan');

  it('finds the trail from chapter to section', () => {
    expect(sectionTrail(tree.sections, '3-2').map((section) => section.id)).toEqual(['3', '3-2']);
    expect(sectionTrail(tree.sections, '99')).toEqual([]);
  });

  it('links previous and next sections in reading order, across chapters', () => {
    expect(neighbours(tree.sections, '1-5')).toMatchObject({ previous: { id: '1-4' }, next: { id: '2' } });
    expect(neighbours(tree.sections, '1').previous).toBeNull();
    expect(neighbours(tree.sections, '10-6').next).toBeNull();
  });

  it('reads the paragraph number from an id', () => {
    expect([paragraphNumber('p12'), paragraphNumber('c1')]).toEqual([12, 1]);
  });
});

describe('urls', () => {
  it('builds section paths and swaps the locale segment only', () => {
    expect(sectionPath('en', 'yanhu-2022-work-report', '2-3')).toBe('/en/reports/yanhu-2022-work-report/2-3/');
    expect(switchLocale('/en/reports/zh-report/2-3/', 'zh')).toBe('/zh/reports/zh-report/2-3/');
  });
});

describe('useTranslations', () => {
  it('fills placeholders', () => {
    expect(useTranslations('en')('cite.paragraph', { n: 3 })).toBe('paragraph 3');
    expect(useTranslations('zh')('cite.paragraph', { n: 3 })).toBe('第 3 段');
  });
});

describe('languageRuns', () => {
  const marked = (text: string) => languageRuns(text).map((run) => (run.chinese ? `[${run.text}]` : run.text)).join('');

  it('marks Chinese runs with the punctuation and digits inside them, and leaves the English sentence’s own punctuation English', () => {
    expect(marked('the Yanhu–Linyi–Xia County core area (盐临夏).')).toBe('the Yanhu–Linyi–Xia County core area ([盐临夏]).');
    expect(marked('the 14th Five-Year Plan (十四五) period, and (三化三制、“1+N”改革), too')).toBe('the 14th Five-Year Plan ([十四五]) period, and ([三化三制、“1+N”改革]), too');
    expect(marked('(承诺制+标准地+全代办)')).toBe('([承诺制+标准地+全代办])');
    expect(marked('运城。')).toBe('[运城。]');
    expect(marked('(盐临夏) and (运城)')).toBe('([盐临夏]) and ([运城])');
    expect(marked('the plan (十四五（２０２１）), too')).toBe('the plan ([十四五（２０２１）]), too');
    expect(marked('运城/Yuncheng/盐湖 or 运城 / Yuncheng')).toBe('[运城/Yuncheng/盐湖] or [运城] / Yuncheng');
    expect(marked('no Chinese here')).toBe('no Chinese here');
  });
});
