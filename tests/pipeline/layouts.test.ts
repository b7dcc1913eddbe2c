import { describe, expect, it } from 'vitest';
import { parseReport, type Paragraph, type ReportTree } from '../../src/pipeline/index.ts';
import { allSections, checkConservation, sectionById } from '../helpers.ts';

/** Layouts of real reports beyond the seeds, each of which once lost text or mis-parsed (found in review). */
const texts = (tree: ReportTree, id: string) => sectionById(tree, id).blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type));

function parseFaithfully(text: string, options?: Parameters<typeof parseReport>[1]): ReportTree {
  const tree = parseReport(text, options);
  const result = checkConservation(text, tree);
  expect(result.unaccounted).toEqual([]);
  expect(result.invented).toEqual([]);
  expect(result.outOfOrder).toBe(-1);
  return tree;
}

describe('captions, boxes and tables', () => {
  it('keeps a table caption that no table follows as a paragraph', () => {
    const tree = parseFaithfully(['一、回顾', '表1：主要指标完成情况', '（表格略）', '二、任务', '表2：计划草案指标', '指标\t单位\t目标\nGDP\t亿元\t200'].join('\n\n'));
    expect(texts(tree, '1')).toEqual(['表1：主要指标完成情况', '（表格略）']);
    expect(sectionById(tree, '2').blocks[0]).toMatchObject({ type: 'table', id: 'table-2', label: '表2：', title: '计划草案指标' });
  });

  it('reads a caption given as the first TAB row', () => {
    const tree = parseFaithfully('一、目标\n\n表1：主要指标\t\t\n指标\t单位\t目标\nGDP\t亿元\t200');
    expect(sectionById(tree, '1').blocks[0]).toMatchObject({ type: 'table', label: '表1：', title: '主要指标', rows: [{ kind: 'header' }, { kind: 'body' }] });
  });

  it('makes an empty box of a box caption row with no table under it', () => {
    const tree = parseFaithfully(['第一章 总则', '第一节 项目', '专栏 1：重点项目\t\t', '交通项目。甲。'].join('\n\n'));
    expect(sectionById(tree, '1-1').blocks[0]).toMatchObject({ type: 'box', id: 'box-1', blocks: [{ type: 'paragraph' }] });
  });

  it('keeps a box in reading order after a part resumes', () => {
    const text = ['一、回顾', '（一）甲', '正文。', '一年来，成绩显著。', '专栏 1：重点项目', '交通项目。甲。'].join('\n\n');
    const tree = parseFaithfully(text, { overrides: [{ line: 7, rule: 'parent-resumes', reason: 'sums up part 一' }] });
    expect(sectionById(tree, '1').afterChildren.map((block) => block.type)).toEqual(['paragraph', 'box']);
  });
});

describe('page breaks', () => {
  it('moves a doubled-character flag with its text when a run-in heading is split off', () => {
    const tree = parseFaithfully(['一、任务', '（一）治污染。全年细颗', '颗粒物浓度下降。'].join('\n\n'));
    const paragraph = sectionById(tree, '1-1').blocks[0] as Paragraph;
    const span = paragraph.annotations[0]!.span!;
    expect(paragraph.text.slice(span.start, span.end)).toBe('颗颗');
  });

  it('marks bold that a page break cut in two', () => {
    const tree = parseFaithfully(['一、回顾', '**推动高质量', '发展**取得新成效。'].join('\n\n'));
    const paragraph = sectionById(tree, '1').blocks[0] as Paragraph;
    expect(paragraph.text).toBe('推动高质量发展取得新成效。');
    expect(paragraph.marks.map((mark) => paragraph.text.slice(mark.start, mark.end)).join('')).toBe('推动高质量发展');
  });

  it('joins a continuation that starts with a decimal number', () => {
    const tree = parseFaithfully(['一、回顾', '地区生产总值达到', '172.71亿元，增长4.5%。'].join('\n\n'));
    expect(texts(tree, '1')).toEqual(['地区生产总值达到172.71亿元，增长4.5%。']);
  });

  it('drops bare and decorated page numbers, even inside wrapped lines, and joins what they cut', () => {
    const tree = parseFaithfully(['一、回顾', '全年完成投资', '12', '亿元。过去一年，我们坚持', '- 3 -\n高质量发展。', '·4·', '下一段。'].join('\n\n'));
    expect(texts(tree, '1')).toEqual(['全年完成投资亿元。过去一年，我们坚持高质量发展。', '下一段。']);
    expect(tree.removals.filter((removal) => removal.rule === 'page-number').map((removal) => removal.text)).toEqual(['12', '- 3 -', '·4·']);
  });

  it('does not put a space into soft-wrapped digits', () => {
    const tree = parseFaithfully('一、回顾\n\n全年完成投资1\n23亿元。');
    expect(texts(tree, '1')).toEqual(['全年完成投资123亿元。']);
  });

  it('drops a running header with year and place, but not a table title that resembles one', () => {
    const tree = parseFaithfully(['一、回顾', '推动', '2024年某某县政府工作报告', '高质量发展。', '2023年国民经济和社会发展计划主要指标：', '正文。'].join('\n\n'));
    expect(texts(tree, '1')).toEqual(['推动高质量发展。', '2023年国民经济和社会发展计划主要指标：', '正文。']);
    expect(tree.removals.map((removal) => removal.text)).toEqual(['2024年某某县政府工作报告']);
  });
});

describe('headings and numbering', () => {
  it('accepts chapters numbered straight through volumes', () => {
    const tree = parseFaithfully(['第一篇 总体要求', '第一章 基础', '正文。', '第二章 目标', '正文。', '第二篇 任务', '第三章 产业', '正文。'].join('\n\n'));
    // Ids keep the printed numbers: 第三章 is 2-3 under 第二篇.
    expect(allSections(tree.sections).map((section) => `${section.id} ${section.label}`)).toEqual(['1 第一篇', '1-1 第一章', '1-2 第二章', '2 第二篇', '2-3 第三章']);
  });

  it('nests 一、 directly under a chapter that has no 节', () => {
    const tree = parseFaithfully(['第一章 总则', '第一节 基础', '正文。', '第二章 任务', '一、产业', '正文。', '二、城市', '正文。'].join('\n\n'));
    expect(sectionById(tree, '2').children.map((section) => `${section.id} ${section.label}`)).toEqual(['2-1 一、', '2-2 二、']);
  });

  it('reads 第一部分 as a part heading', () => {
    const tree = parseFaithfully(['第一部分　2023年工作回顾', '过去一年成绩显著。', '第二部分　2024年工作安排', '正文。'].join('\n\n'));
    expect(tree.sections.map((section) => [section.kind, section.label, section.title])).toEqual([
      ['part', '第一部分', '2023年工作回顾'],
      ['part', '第二部分', '2024年工作安排'],
    ]);
  });

  it('gives distinct anchors to two item lists in one paragraph', () => {
    const tree = parseFaithfully(['一、回顾', '存在的问题：一是投资不足；二是消费偏弱。下一步：一是扩投资；二是促消费。'].join('\n\n'));
    const paragraph = sectionById(tree, '1').blocks[0] as Paragraph;
    expect(paragraph.runIns.map((runIn) => runIn.id)).toEqual(['p1-i1', 'p1-i2', 'p1-i1-2', 'p1-i2-2']);
  });
});

describe('front and back matter', () => {
  it('reads a contents page with an unlabelled entry, and one without page numbers', () => {
    const withPreface = parseFaithfully(['规划纲要', '目 录', '前  言……1\n第一章 总则……2\n第二章 任务……5', '前言正文。', '第一章 总则', '正文。', '第二章 任务', '正文。'].join('\n\n'));
    expect(withPreface.toc.map((entry) => entry.title)).toEqual(['前  言', '总则', '任务']);
    const web = parseFaithfully(['规划纲要', '目录', '第一章 总则\n第二章 任务', '第一章 总则', '正文。', '第二章 任务', '正文。'].join('\n\n'));
    expect(web.toc.map((entry) => entry.label)).toEqual(['第一章', '第二章']);
    expect(web.sections).toHaveLength(2);
  });

  it('reads a title block copied one line per paragraph', () => {
    const tree = parseFaithfully('政府工作报告\n——2024年1月20日在运城市第五届人民代表大会第四次会议上\n运城市市长 储祥好\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n过去一年成绩显著。');
    expect(tree.front.map((item) => item.role)).toEqual(['title', 'subtitle', 'speaker']);
    expect(tree.metadata).toMatchObject({ title: '政府工作报告', date: '2024-01-20', speaker: { role: '市长', name: '储祥好' } });
  });

  it('reads a subtitle in brackets', () => {
    const tree = parseFaithfully(['政府工作报告', '（2024年1月20日在某某县第十八届人民代表大会第三次会议上）', '一、回顾', '正文。'].join('\n\n'));
    expect(tree.metadata.date).toBe('2024-01-20');
  });

  it('reads notes numbered with circled numbers', () => {
    const tree = parseFaithfully(['一、回顾', '正文。', '注释', '①“两新”：设备更新和消费品以旧换新。', '②“三个统筹”：统筹发展和安全。'].join('\n\n'));
    expect(tree.notes.map((note) => [note.number, note.marker, note.label])).toEqual([[1, '①', '“两新”'], [2, '②', '“三个统筹”']]);
  });
});
