import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Appendix, Paragraph } from '../../src/pipeline/types.ts';
import { reportRecords } from '../../src/lib/search-records.ts';
import { linkableTexts } from '../../src/lib/term-matching.ts';
import { appendixView, tableOfContents } from '../../src/lib/report-view.ts';
import { buildSeed } from '../helpers.ts';

const paragraph = (id: string, text: string, line: number, runIns: Paragraph['runIns'] = []): Paragraph => ({
  type: 'paragraph', id, text, lines: { start: line, end: line }, marks: [], role: 'body', runIns, annotations: [],
});

/** A hand-made appendix as the parser will give it: paragraphs numbered from p1, a lead-in, a box with its own paragraph. */
const handMadeAppendix: Appendix = {
  id: 'a1',
  label: '附件1',
  title: '2022年民生实事(十件)',
  headingLines: { start: 300, end: 301 },
  lines: { start: 300, end: 306 },
  blocks: [
    paragraph('p1', '一、新建改扩建中小学校5所。', 302),
    paragraph('p2', '改善农村人居环境。完成改厕1000户。', 304, [{ marker: null, number: null, start: 0, end: 9, id: 'p2-lead' }]),
    { type: 'box', id: 'box-1', label: '专栏1', title: '责任单位', lines: { start: 305, end: 306 }, blocks: [paragraph('p3', '区教育局、区农业农村局。', 306)] },
  ],
};

describe('appendices on the report page', () => {
  it('gives the printed heading in Chinese, and in English a translated label with the printed heading kept as the original', () => {
    const zh = appendixView(handMadeAppendix, 'zh', useTranslations('zh'));
    expect(zh).toMatchObject({ id: 'a1', heading: '附件1 2022年民生实事（十件）', original: null });
    const en = appendixView(handMadeAppendix, 'en', useTranslations('en'));
    expect(en).toMatchObject({ id: 'a1', heading: 'Appendix 1', original: '附件1 2022年民生实事（十件）' });
    expect(appendixView({ ...handMadeAppendix, label: '附件', title: null }, 'zh', useTranslations('zh')).heading).toBe('附件');
  });

  it('gives the paragraphs with their text and anchors prefixed by the appendix id, unique on the page', () => {
    const { blocks } = appendixView(handMadeAppendix, 'zh', useTranslations('zh'));
    const paragraphs = blocks.flatMap((block) => (block.type === 'paragraph' ? [block] : block.type === 'box' ? block.blocks : []));
    expect(paragraphs.map((block) => [block.id, block.type === 'paragraph' ? block.text : null])).toEqual([
      ['a1-p1', '一、新建改扩建中小学校5所。'],
      ['a1-p2', '改善农村人居环境。完成改厕1000户。'],
      ['a1-p3', '区教育局、区农业农村局。'],
    ]);
    expect(blocks[1]!.type === 'paragraph' && blocks[1]!.runIns[0]!.id).toBe('a1-p2-lead');
    expect(blocks[2]!.type === 'box' && blocks[2]!.id).toBe('a1-box-1');
    // Ids the parser already prefixed are kept, and the tree itself is not changed.
    expect(appendixView({ ...handMadeAppendix, blocks: [paragraph('a1-p1', '文字。', 302)] }, 'zh', useTranslations('zh')).blocks[0]).toMatchObject({ id: 'a1-p1' });
    expect(handMadeAppendix.blocks[0]).toMatchObject({ id: 'p1' });
  });

  it('lists appendices after the sections in the contents, linked to their anchor on the report page', () => {
    const document = structuredClone(buildSeed('yanhu-2022-work-report'));
    document.tree.appendices = [handMadeAppendix];
    for (const locale of ['zh', 'en'] as const) {
      const t = useTranslations(locale);
      const toc = tableOfContents(document, locale, t, (section) => section.title);
      expect(toc.at(-1)).toEqual({ id: 'a1', heading: { label: '', title: locale === 'zh' ? '附件1 2022年民生实事（十件）' : 'Appendix 1', lang: null }, href: `/${locale}/reports/yanhu-2022-work-report/#a1`, children: [] });
      expect(toc).toHaveLength(document.tree.sections.length + 1);
    }
  });

  it('makes appendix paragraphs linkable (glossary, places, figures) and searchable at their anchors', () => {
    const document = structuredClone(buildSeed('yanhu-2022-work-report'));
    document.tree.appendices = [handMadeAppendix];
    expect(linkableTexts(document.tree).filter((unit) => unit.anchor?.startsWith('a1-'))).toEqual([
      { section: null, anchor: 'a1-p1', text: '一、新建改扩建中小学校5所。' },
      { section: null, anchor: 'a1-p2', text: '改善农村人居环境。完成改厕1000户。' },
      { section: null, anchor: 'a1-box-1', text: '责任单位' },
      { section: null, anchor: 'a1-p3', text: '区教育局、区农业农村局。' },
    ]);
    const records = reportRecords(document, () => null).filter((record) => record.url.includes('#a1-'));
    expect(records.map((record) => record.url)).toEqual(['a1-p1', 'a1-p2', 'a1-p3'].map((id) => `/zh/reports/yanhu-2022-work-report/#${id}`));
    expect(records[0]!.meta.title).toBe('附件1 2022年民生实事（十件）');
  });
});
