import { describe, expect, it } from 'vitest';
import { pageTermLinks, termLinks } from '../../src/lib/glossary.ts';
import { findOccurrences, findTerms, type TermPattern } from '../../src/lib/term-matching.ts';
import type { Paragraph } from '../../src/pipeline/index.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schema/glossary.ts';
import { parseParagraphs, sectionById } from '../helpers.ts';

const entry = (slug: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry =>
  glossaryEntrySchema.parse({
    slug,
    term,
    pinyin: 'x',
    theme: 'development-strategy',
    en: { rendering: 'a rendering', standing: { kind: 'editorial' }, literal: 'a literal gloss', explanation: 'An explanation long enough.' },
    definitions: [{ source: 'editorial', zh: '编辑说明文字', en: 'An editorial explanation.' }],
    match: 'plain',
    ...extra,
  });
const pattern = (slug: string, forms: string[], match: TermPattern['match'] = 'plain', scope: TermPattern['scope'] = null): TermPattern => ({ slug, forms, match, scope });
const matched = (text: string, patterns: TermPattern[]) => findTerms(text, patterns).map((span) => [span.slug, text.slice(span.start, span.end)]);

describe('the term linker', () => {
  it('prefers the longer of two overlapping terms: 六保 inside 一包六保 is not 六保', () => {
    const patterns = [pattern('liu-bao', ['六保'], 'quoted'), pattern('yi-bao-liu-bao', ['一包六保'])];
    expect(matched('压实县级领导“一包六保”责任，落实“六保”任务', patterns)).toEqual([['yi-bao-liu-bao', '一包六保'], ['liu-bao', '六保']]);
    expect(matched('标准地+承诺制', [pattern('biao-zhun-di', ['标准地']), pattern('cheng-nuo', ['承诺制+标准地+全代办', '标准地+承诺制+全代办'])])).toEqual([['biao-zhun-di', '标准地']]);
    expect(matched('“标准地+承诺制+全代办”改革', [pattern('biao-zhun-di', ['标准地']), pattern('cheng-nuo', ['承诺制+标准地+全代办', '标准地+承诺制+全代办'])])).toEqual([['cheng-nuo', '标准地+承诺制+全代办']]);
  });

  it('matches quoted codes only between quotation marks, and plain terms with or without them', () => {
    expect(matched('拨打12345热线，落实“2345”工作机制', [pattern('2345', ['2345'], 'quoted')])).toEqual([['2345', '2345']]);
    expect(matched('培育“专精特新”企业，专精特新企业达到5家', [pattern('zhuan-jing-te-xin', ['专精特新'])])).toEqual([
      ['zhuan-jing-te-xin', '专精特新'],
      ['zhuan-jing-te-xin', '专精特新'],
    ]);
  });

  it('gives each meaning of a homonym only where it applies', () => {
    const units = pattern('san-wu-dan-wei', ['三无'], 'quoted', [{ report: 'plan' }]);
    const business = pattern('san-wu-ying-shang', ['三无'], 'quoted', [{ report: 'yanhu' }]);
    const text = '深入开展“三无”单位创建';
    const tree = parseParagraphs('一、任务', text);
    expect(findOccurrences('plan', tree, [units, business]).map((occurrence) => occurrence.slug)).toEqual(['san-wu-dan-wei']);
    expect(findOccurrences('yanhu', tree, [units, business]).map((occurrence) => occurrence.slug)).toEqual(['san-wu-ying-shang']);
    const national = pattern('wu-wei-yi-ti-zong-ti', ['五位一体'], 'quoted', [{ report: 'plan', sections: ['1-3'] }]);
    const city = pattern('wu-wei-yi-ti-cheng-shi', ['五位一体'], 'quoted', [{ report: 'plan', sections: ['2'] }]);
    const planTree = parseParagraphs('一、甲', '（一）乙', '统筹推进“五位一体”总体布局。', '二、丙', '（一）丁', '感知、分析、服务、指挥、监察“五位一体”。');
    expect(findOccurrences('plan', planTree, [national, city]).map((occurrence) => [occurrence.slug, occurrence.section])).toEqual([['wu-wei-yi-ti-cheng-shi', '2-1']]);
    const nationalHere = pattern('wu-wei-yi-ti-zong-ti', ['五位一体'], 'quoted', [{ report: 'plan', sections: ['1-1'] }]);
    expect(findOccurrences('plan', planTree, [nationalHere, city]).map((occurrence) => [occurrence.slug, occurrence.section])).toEqual([['wu-wei-yi-ti-zong-ti', '1-1'], ['wu-wei-yi-ti-cheng-shi', '2-1']]);
  });

  it('finds a term that a page break had split, once the pipeline joined the paragraph', () => {
    const tree = parseParagraphs('一、任务', '积极推广社会治理“五', '四”工作机制、“123456”矛盾纠纷多元化解机制。');
    const paragraph = sectionById(tree, '1').blocks[0] as Paragraph;
    expect(matched(paragraph.text, [pattern('wu-si', ['五四'], 'quoted'), pattern('123456', ['123456'], 'quoted'), pattern('12345', ['12345'], 'quoted')])).toEqual([
      ['wu-si', '五四'],
      ['123456', '123456'],
    ]);
  });

  it('links only the first occurrence of each term on a page', () => {
    const entries = [entry('fang-guan-fu', '放管服')];
    const links = pageTermLinks(
      [
        { id: 'p1', text: '深化“放管服”改革，“放管服”见效。', section: '1' },
        { id: 'p2', text: '继续推进“放管服”改革。', section: '1' },
      ],
      entries,
      'r',
    );
    expect([links.get('p1')!.map((link) => link.start), links.get('p2')]).toEqual([[3], []]);
  });

  it('skips a homonym whose meaning does not apply in this section', () => {
    const seen = new Set<string>();
    const scoped = entry('san-wu-dan-wei', '三无', { match: 'quoted', scope: [{ report: 'plan' }] });
    expect(termLinks('打造“三无”“三可”营商环境', [scoped], 'yanhu', '2-7', seen)).toEqual([]);
  });
});
