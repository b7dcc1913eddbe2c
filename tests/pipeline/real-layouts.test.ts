import { describe, expect, it } from 'vitest';
import { allSections, parseParagraphs } from '../helpers.ts';
import { parseReport } from '../../src/pipeline/index.ts';

/** Rules found by running the parser over real corpora (README, "A real corpus"); one case per rule. */
describe('layouts of real corpora', () => {
  it('source-front-matter: YAML front matter is logged, its title and URL kept as the source header', () => {
    const tree = parseReport('---\nsource: https://www.example.gov.cn/a.html\ntitle: 2024年某省政府工作报告\n---\n\n——2024年1月23日在某省第十四届人民代表大会第二次会议上\n\n各位代表：\n\n一、回顾\n\n正文。\n\n二、任务\n\n正文。');
    expect(tree.metadata.sourceHeader).toEqual({ title: '2024年某省政府工作报告', url: 'https://www.example.gov.cn/a.html' });
    expect(tree.metadata.date).toBe('2024-01-23');
    expect(tree.removals.filter((removal) => removal.rule === 'source-front-matter').map((removal) => removal.line)).toEqual([1, 2, 3, 4]);
  });

  it('html-comment and markdown-blockquote: a photo caption comment is logged, a quote marker dropped', () => {
    const tree = parseReport('<!-- 某某作政府工作报告。记者 某某 摄 -->\n\n> 新华社北京3月5日电\n\n一、回顾\n\n正文。');
    expect(tree.removals.map((removal) => removal.rule)).toEqual(['html-comment', 'markdown-blockquote']);
    expect(tree.front.map((item) => item.text)).toEqual(['新华社北京3月5日电']);
  });

  it('dates in Chinese numerals and date lines without 在 are read', () => {
    expect(parseParagraphs('——二〇〇七年一月二十六日在某省第十届人民代表大会第五次会议上', '一、回顾', '正文。').metadata.date).toBe('2007-01-26');
    expect(parseParagraphs('——2008年1月4日某市第十三届人民代表大会第一次会议上', '一、回顾', '正文。').metadata).toMatchObject({ date: '2008-01-04', session: '某市第十三届人民代表大会第一次会议' });
  });

  it('a Chinese-numeral year typed with the letter O (二O二三) is read as 〇; the text keeps the O', () => {
    const tree = parseParagraphs('——二O二三年三月二十二日在晋中市第五届人民代表大会第三次会议上', '晋中市人民政府代市长 刘星', '各位代表：', '一、回顾', '正文。');
    expect(tree.metadata).toMatchObject({ title: null, date: '2023-03-22', session: '晋中市第五届人民代表大会第三次会议', speaker: { role: '代市长', name: '刘星' } });
    expect(tree.front[0]).toMatchObject({ role: 'subtitle', text: '——二O二三年三月二十二日在晋中市第五届人民代表大会第三次会议上' });
  });

  it('a date line with a character lost after the dash (——?2023年…) is still the date line', () => {
    expect(parseParagraphs('——?2023年3月18日在晋城市第八届人民代表大会第三次会议上', '市长 薛明耀', '各位代表：', '一、回顾', '正文。').metadata).toMatchObject({ title: null, date: '2023-03-18', session: '晋城市第八届人民代表大会第三次会议' });
  });

  it('a date line broken over two lines by the copy is read as one (both lines are the subtitle)', () => {
    const tree = parseParagraphs('——2021年2月23日在太原市第十四届人民代表大会', '第六次会议上', '代市长 张新伟', '各位代表：', '一、回顾', '正文。');
    expect(tree.metadata).toMatchObject({ title: null, date: '2021-02-23', session: '太原市第十四届人民代表大会第六次会议', speaker: { role: '代市长', name: '张新伟' } });
    expect(tree.front.map((item) => item.role)).toEqual(['subtitle', 'subtitle', 'speaker']);
  });

  it('unnumbered headings: bold lines above numbering that starts again become sections without a label', () => {
    const tree = parseParagraphs('各位代表：', '**过去五年工作回顾**', '一、经济实力增强', '正文。', '二、民生改善', '正文。', '**今年的主要任务**', '今年是关键之年。', '一、扩大需求', '正文。');
    expect(tree.sections.map((section) => [section.kind, section.label, section.title, section.children.length])).toEqual([
      ['unnumbered', null, '过去五年工作回顾', 2],
      ['unnumbered', null, '今年的主要任务', 1],
    ]);
    expect(tree.sections[1]!.blocks.map((block) => block.type === 'paragraph' && block.text)).toEqual(['今年是关键之年。']);
  });

  it('unnumbered headings: plain short lines without punctuation, where numbering starts again', () => {
    const tree = parseParagraphs('各位代表：', '（一）经济平稳', '正文。', '（二）民生改善', '正文。', '2014年工作部署', '今年要做好以下工作。', '（一）深化改革', '正文。');
    expect(tree.sections.map((section) => [section.id, section.title])).toEqual([['1', null], ['2', '2014年工作部署']]);
    expect(allSections(tree.sections).map((section) => section.id)).toEqual(['1', '1-1', '1-2', '2', '2-1']);
  });

  it('a second run of numbered items in the same part gets ids with the run letter and a warning', () => {
    const tree = parseParagraphs('一、回顾', '过去一年主要做了以下工作。', '（一）甲', '正文。', '（二）乙', '正文。', '五年来的成就是：', '（一）丙', '正文。', '二、任务', '正文。');
    expect(allSections(tree.sections).map((section) => section.id)).toEqual(['1', '1-1', '1-2', '1-b1', '2']);
    expect(tree.warnings.map((warning) => warning.message)).toContain('numbering starts again at （一） after （二）: a second run of items, or a heading above it that was not recognized');
  });

  it('headings known by their numbering: a long （N） between （N−1） and （N+1）, and （一） after a colon', () => {
    const long = `（二）着力壮大实体经济，加快建设现代化产业体系坚决${'推进'.repeat(40)}`;
    const tree = parseParagraphs('一、任务', '（一）稳增长。正文。', long, '（三）抓改革', '正文。', '二、政府建设', '一年来，我们主要抓好以下工作：（一）转作风。坚持为民。', '（二）强法治', '正文。');
    expect(tree.sections[0]!.children.map((child) => child.label)).toEqual(['（一）', '（二）', '（三）']);
    expect(tree.sections[1]!.blocks.map((block) => block.type === 'paragraph' && block.text)).toEqual(['一年来，我们主要抓好以下工作：']);
    expect(tree.sections[1]!.children.map((child) => child.title)).toEqual(['转作风。', '强法治']);
  });

  it('items before part 二、 belong to part 一 whose heading is not printed (with a warning)', () => {
    const tree = parseParagraphs('各位代表：', '（一）经济平稳', '正文。', '（二）民生改善', '正文。', '二、今年任务', '正文。');
    expect(allSections(tree.sections).map((section) => [section.id, section.headingStyle])).toEqual([['1', 'none'], ['1-1', 'line'], ['1-2', 'line'], ['2', 'line']]);
    expect(tree.warnings.map((warning) => warning.message)).toContain('（一） appears before any part heading: the heading of the part before 二、 is not printed');
  });

  it('a notes heading in a one-paragraph-per-line copy is not glued to note 1, and 〔n〕 markers are read', () => {
    const tree = parseReport('一、回顾\n过去一年，全市经济平稳〔1〕。\n各位代表！\n让我们团结奋斗！\n注释\n〔1〕平稳：增长5%。\n（2）两新：新基建、新城镇化。');
    expect(tree.notesHeading?.text).toBe('注释');
    expect(tree.notes.map((note) => [note.marker, note.label])).toEqual([['〔1〕', '平稳'], ['（2）', '两新']]);
    expect(tree.sections[0]!.blocks[0]!.type === 'paragraph' && tree.sections[0]!.blocks[0]!.marks.some((mark) => mark.kind === 'note-ref')).toBe(true);
  });

  it('a bold run at the start that is a heading is a run-in heading ending with the bold (**一、…** text)', () => {
    const tree = parseParagraphs('**一、深化改革开放** 全年完成改革任务50项。', '**二、聚焦培育现代产业体系，**实施换道领跑战略。');
    expect(tree.sections.map((section) => [section.title, section.headingStyle])).toEqual([['深化改革开放', 'run-in'], ['聚焦培育现代产业体系，', 'run-in']]);
    expect(tree.sections[0]!.blocks.map((block) => block.type === 'paragraph' && block.text)).toEqual([' 全年完成改革任务50项。']);
  });

  it('a run numbered like the parts inside a part (二、 lists 一、…三、, then 三、) belongs to that part', () => {
    const tree = parseParagraphs('一、回顾', '正文。', '二、目标', '**一、关于增长。**正文。', '**二、关于创新。**正文。', '**三、关于开放。**正文。', '三、任务', '（一）抓项目', '正文。');
    expect(allSections(tree.sections).map((section) => [section.id, section.label])).toEqual([
      ['1', '一、'], ['2', '二、'], ['2-1', '一、'], ['2-2', '二、'], ['2-3', '三、'], ['3', '三、'], ['3-1', '（一）'],
    ]);
  });

  it('（一） over 一、 when the document says so: it opens with （一） and goes on with （二） after a run of 一、', () => {
    const tree = parseParagraphs('（一）当前的经济形势', '正文。', '（二）今后的方针', '一、依靠政策', '正文。', '二、提高效率', '正文。', '（三）我国经济的前途', '正文。');
    expect(allSections(tree.sections).map((section) => section.id)).toEqual(['1', '2', '2-1', '2-2', '3']);
  });

  it('a newspaper lede under the title gives date, session and speaker (date在…会议上 role name同志作政府工作报告。)', () => {
    const tree = parseReport('2025年北京市政府工作报告\n来源：北京日报\n2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告。\n各位代表：\n一、回顾\n正文。');
    expect(tree.metadata).toMatchObject({ title: '2025年北京市政府工作报告', date: '2025-01-14', session: '北京市第十六届人民代表大会第三次会议', speaker: { role: '市长', name: '殷勇' } });
    expect(tree.front.map((item) => item.role)).toEqual(['title', 'subtitle']);
  });
});
