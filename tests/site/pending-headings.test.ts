import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { reportRecords } from '../../src/lib/search-records.ts';
import { flattenSections } from '../../src/lib/report-nav.ts';
import { headingLine, pageDescription, sectionHeading, tableOfContents } from '../../src/lib/report-view.ts';
import type { Section } from '../../src/pipeline/types.ts';
import { buildSeed } from '../helpers.ts';

const en = useTranslations('en');
const zh = useTranslations('zh');
const lost = en('section.lostHeading');

function section(fields: Partial<Section>): Section {
  return { id: '3', number: [3], kind: 'part', label: '三、', title: '坚持大抓工业', headingStyle: 'line', headingLines: { start: 9, end: 9 }, lines: { start: 9, end: 12 }, blocks: [], children: [], afterChildren: [], ...fields };
}

/** A report without English headings is pending, not broken: its English pages name sections by their Chinese titles. */
describe('section headings while the English is pending', () => {
  it('show the Chinese title, marked as Chinese, after the English number', () => {
    const heading = sectionHeading(section({}), null, 'en', en);
    expect(heading).toEqual({ label: 'Part 3', title: '坚持大抓工业', lang: 'zh-CN' });
    expect(headingLine(heading, 'en')).toBe('Part 3 坚持大抓工业');
  });

  it('show the English title, unmarked, once it exists; the Chinese page is unchanged', () => {
    expect(sectionHeading(section({}), 'Focus on industry', 'en', en)).toEqual({ label: 'Part 3', title: 'Focus on industry', lang: null });
    expect(headingLine(sectionHeading(section({}), '坚持大抓工业', 'zh', zh), 'zh')).toBe('三、坚持大抓工业');
  });

  it('say the heading was lost only where the source lost it (no title, heading style none)', () => {
    const gone = section({ label: null, title: null, headingStyle: 'none', headingLines: null });
    expect(sectionHeading(gone, null, 'en', en)).toEqual({ label: 'Part 3', title: lost, lang: null });
    expect(sectionHeading(gone, null, 'zh', zh).title).toBe(zh('section.lostHeading'));
    // A number printed without a title is shown alone, not as lost.
    const bare = section({ kind: 'chapter', label: '第三章', title: null });
    expect(headingLine(sectionHeading(bare, null, 'zh', zh), 'zh')).toBe('第三章');
    expect(headingLine(sectionHeading(bare, null, 'en', en), 'en')).toBe('Chapter 3');
  });

  it('show an unnumbered heading without a number or separator in both languages', () => {
    const unnumbered = section({ kind: 'unnumbered', label: null, title: '过去五年工作回顾' });
    expect(headingLine(sectionHeading(unnumbered, '过去五年工作回顾', 'zh', zh), 'zh')).toBe('过去五年工作回顾');
    expect(headingLine(sectionHeading(unnumbered, 'Review of the past five years', 'en', en), 'en')).toBe('Review of the past five years');
    expect(sectionHeading(unnumbered, null, 'en', en)).toEqual({ label: '', title: '过去五年工作回顾', lang: 'zh-CN' });
    expect(headingLine(sectionHeading(unnumbered, null, 'en', en), 'en')).toBe('过去五年工作回顾');
    // An unnumbered part whose heading is not printed is lost, and says so, still without a number.
    expect(headingLine(sectionHeading(section({ kind: 'unnumbered', label: null, title: null, headingStyle: 'none', headingLines: null }), null, 'en', en), 'en')).toBe(lost);
  });

  it('list a report without English headings in Chinese in its contents and in the English search records, never as lost', () => {
    const document = buildSeed('yuncheng-2024-work-report');
    const withTitle = flattenSections(document.tree.sections).filter((candidate) => candidate.title !== null);
    const toc = tableOfContents(document, 'en', en, () => null);
    const items = (list: typeof toc): typeof toc => list.flatMap((item) => [item, ...items(item.children)]);
    const sectionItems = items(toc).filter((item) => withTitle.some((candidate) => candidate.id === item.id));
    expect(sectionItems.length).toBe(withTitle.length);
    expect(sectionItems.every((item) => item.heading.lang === 'zh-CN' && item.heading.title !== lost)).toBe(true);

    const english = reportRecords(document, () => null).filter((record) => record.language === 'en');
    expect(english.length).toBe(flattenSections(document.tree.sections).length);
    for (const record of english) {
      const target = withTitle.find((candidate) => record.url.endsWith(`/${candidate.id}/`));
      if (!target) continue;
      expect(record.meta.title).toContain(target.title!.slice(0, 4));
      expect(record.meta.title).not.toContain(lost);
      // The Chinese title is indexed as single characters, as on the Chinese side, not as one long word.
      expect(record.content.split(' ')).not.toContain(record.meta.title);
    }
  });

  it('describe a page without a translated first paragraph by its heading line and the report title', () => {
    const page = section({ blocks: [{ type: 'paragraph', id: 'p1', text: '去年，全市经济稳中向好。', lines: { start: 10, end: 10 }, marks: [], role: 'body', runIns: [], annotations: [] } as never] });
    const fallback = `${headingLine(sectionHeading(page, null, 'en', en), 'en')} · Yuncheng 2024 Government Work Report`;
    expect(pageDescription(page, fallback, 'en', new Map())).toBe('Part 3 坚持大抓工业 · Yuncheng 2024 Government Work Report');
    expect(pageDescription(page, fallback, 'en', new Map([['p1', 'Last year the economy grew steadily.']]))).toBe('Last year the economy grew steadily.');
  });
});
