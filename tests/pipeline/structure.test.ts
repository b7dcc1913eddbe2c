import { describe, expect, it } from 'vitest';
import { parseReport, ReportError, type Paragraph } from '../../src/pipeline/index.ts';
import { parseParagraphs, sectionById } from '../helpers.ts';

const paragraphsOf = (tree: ReturnType<typeof parseParagraphs>, id: string) =>
  sectionById(tree, id).blocks.filter((block): block is Paragraph => block.type === 'paragraph');

describe('headings', () => {
  it('nests 一、 parts and （一） subsections, with ids from the numbering', () => {
    const tree = parseParagraphs('一、回顾', '（一）主要指标', '正文。', '（二）重点项目', '正文。', '二、任务', '正文。');
    expect(tree.sections.map((part) => [part.id, part.kind, part.label, part.title, part.children.map((child) => child.id)])).toEqual([
      ['1', 'part', '一、', '回顾', ['1-1', '1-2']],
      ['2', 'part', '二、', '任务', []],
    ]);
    expect(sectionById(tree, '1-2')).toMatchObject({ kind: 'subsection', label: '（二）', title: '重点项目', headingStyle: 'line', headingLines: { start: 7, end: 7 } });
  });

  it('accepts ASCII brackets (一) and numbers past ten', () => {
    const subsections = Array.from({ length: 12 }, (_, index) => [`(${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][index]})标题`, '正文。']).flat();
    const tree = parseParagraphs('一、任务', ...subsections);
    expect(tree.sections[0]!.children.map((child) => child.id).at(-1)).toBe('1-12');
    expect(tree.sections[0]!.children[11]!.label).toBe('(十二)');
  });

  it('nests 第X章 chapters and 第X节 sections', () => {
    const tree = parseParagraphs('第一章 扛起历史使命', '导语。', '第一节 发展回顾', '正文。', '第二节 发展环境', '正文。', '第二章 扩大投资', '第一节 招商引资', '正文。');
    expect(tree.sections.map((chapter) => [chapter.kind, chapter.label, chapter.title, chapter.children.map((child) => `${child.id} ${child.label}`)])).toEqual([
      ['chapter', '第一章', '扛起历史使命', ['1-1 第一节', '1-2 第二节']],
      ['chapter', '第二章', '扩大投资', ['2-1 第一节']],
    ]);
    expect(paragraphsOf(tree, '1').map((paragraph) => paragraph.text)).toEqual(['导语。']);
  });

  it('nests 第X篇 above chapters', () => {
    const tree = parseParagraphs('第一篇 总体要求', '第一章 发展基础', '第一节 成就', '正文。');
    expect(sectionById(tree, '1-1-1')).toMatchObject({ kind: 'section', label: '第一节' });
  });

  it('splits a run-in heading from its paragraph at the first full stop, in every bold style', () => {
    const tree = parseParagraphs(
      '一、任务',
      '（一）突出转型发展，着力构建现代产业新体系。大力实施“415”战略。',
      '**（二）夯实项目支撑，积极培育经济增长新动能。**加大政府投入。',
      '（三）**聚焦特优高效，持续厚植乡村振兴新优势**。守牢底线。',
    );
    expect(tree.sections[0]!.children.map((child) => [child.title, child.headingStyle])).toEqual([
      ['突出转型发展，着力构建现代产业新体系。', 'run-in'],
      ['夯实项目支撑，积极培育经济增长新动能。', 'run-in'],
      ['聚焦特优高效，持续厚植乡村振兴新优势。', 'run-in'],
    ]);
    expect(paragraphsOf(tree, '1-3').map((paragraph) => paragraph.text)).toEqual(['守牢底线。']);
  });

  it('keeps a heading that ends in a full stop on its own line as a line heading', () => {
    const tree = parseParagraphs('一、任务', '（一）坚持大抓项目，夯实高质量发展硬底盘。', '正文。');
    expect(sectionById(tree, '1-1')).toMatchObject({ title: '坚持大抓项目，夯实高质量发展硬底盘。', headingStyle: 'line' });
  });

  it('does not take table group rows (一、… with TABs) for headings', () => {
    const tree = parseParagraphs('第一章 总则', '第一节 指标', '表 1：主要指标\n\n指标\t2020 年\n一、经济发展（2 项）\t\n1.地区生产总值\t120');
    expect(sectionById(tree, '1-1').children).toEqual([]);
  });

  it('reads a markdown # heading by its marker, not by its depth', () => {
    const tree = parseParagraphs('# 政府工作报告', '各位代表：', '## 一、回顾', '正文。', '### **二、自身建设**', '正文。');
    expect(tree.sections.map((part) => part.label)).toEqual(['一、', '二、']);
  });
});

describe('override parent-resumes', () => {
  it('moves the paragraphs after the last subsection back to the part, after its subsections', () => {
    const text = ['一、回顾', '导语。', '（一）甲', '甲的正文。', '（二）乙', '乙的正文。', '一年来，成绩来之不易。', '二、任务', '正文。'].join('\n\n');
    const tree = parseReport(text, { overrides: [{ line: 13, rule: 'parent-resumes', reason: 'sums up part 一, not item （二）' }] });
    expect(paragraphsOf(tree, '1-2').map((paragraph) => paragraph.text)).toEqual(['乙的正文。']);
    expect(sectionById(tree, '1').afterChildren.map((block) => block.type === 'paragraph' && [block.id, block.text])).toEqual([['p2', '一年来，成绩来之不易。']]);
    expect(sectionById(tree, '1').lines).toEqual({ start: 1, end: 13 });
  });

  it('rejects it where no subsection is open', () => {
    expect(() => parseReport('一、回顾\n\n正文。', { overrides: [{ line: 3, rule: 'parent-resumes', reason: 'nothing to leave here' }] })).toThrow(/no subsection is open/);
  });
});

describe('suspected typos', () => {
  const text = ['一、任务', '加快抗议制药重整，推动与与企业合作。'].join('\n\n');

  it('are attached to the paragraph that prints them, with a span and a suggestion, and never applied', () => {
    const tree = parseReport(text, { suspectedTypos: [{ line: 3, text: '抗议制药', suggestion: '康意制药', note: 'the company is 康意制药 elsewhere' }] });
    const [paragraph] = paragraphsOf(tree, '1');
    expect(paragraph!.text).toBe('加快抗议制药重整，推动与与企业合作。');
    expect(paragraph!.annotations).toEqual([{ kind: 'suspected-typo', line: 3, message: 'the company is 康意制药 elsewhere', span: { start: 2, end: 6 }, suggestion: '康意制药' }]);
  });

  it('must name text that is printed once on that line', () => {
    expect(() => parseReport(text, { suspectedTypos: [{ line: 3, text: '康意制药', suggestion: 'x', note: 'not printed here at all' }] })).toThrow(/is not printed in a paragraph at line 3/);
    expect(() => parseReport(text, { suspectedTypos: [{ line: 3, text: '与', suggestion: 'x', note: 'occurs twice in the paragraph' }] })).toThrow(/occurs more than once/);
  });
});

describe('items and lead-ins', () => {
  it('finds 一是… items inside one paragraph and numbers them for anchors', () => {
    const tree = parseParagraphs('一、任务', '坚持项目为王。一是要抓好项目谋划。正文。二是要抓好重点项目建设。正文。');
    const [paragraph] = paragraphsOf(tree, '1');
    expect(paragraph!.runIns.map((runIn) => [runIn.id, runIn.marker, paragraph!.text.slice(runIn.start, runIn.end)])).toEqual([
      ['p1-lead', null, '坚持项目为王。'],
      ['p1-i1', '一是', '一是要抓好项目谋划。'],
      ['p1-i2', '二是', '二是要抓好重点项目建设。'],
    ]);
  });

  it('continues the item count across paragraphs of a section and ignores 是 inside words', () => {
    const tree = parseParagraphs('一、任务', '一是推动传统产业发展。正文。', '统一是前提。三是推动开发区固本强基。', '二是推动新兴产业。正文。');
    expect(paragraphsOf(tree, '1').map((paragraph) => paragraph.runIns.filter((runIn) => runIn.marker !== null).map((runIn) => runIn.marker))).toEqual([['一是'], [], ['二是']]);
  });

  it('takes only the marker as the heading of a long item sentence', () => {
    const tree = parseParagraphs('一、任务', '**一是**粮食安全保障工程，新建 6 万吨粮食储备库，配套建设仓储物流设施和粮食质量检测中心；**二是**老旧小区改造工程。');
    const [paragraph] = paragraphsOf(tree, '1');
    expect(paragraph!.runIns.map((runIn) => paragraph!.text.slice(runIn.start, runIn.end))).toEqual(['一是', '二是老旧小区改造工程。']);
  });

  it('finds a lead-in sentence, also after a dash', () => {
    const tree = parseParagraphs('一、任务', '积极扩大有效投资。紧密跟踪对接中央投资政策。', '——坚持党的全面领导。坚定维护党中央权威。', '提高政治站位，建设忠诚政府。坚持把党的政治建设摆在首位。');
    expect(paragraphsOf(tree, '1').map((paragraph) => [paragraph.role, paragraph.runIns.map((runIn) => paragraph.text.slice(runIn.start, runIn.end))])).toEqual([
      ['body', ['积极扩大有效投资。']],
      ['dash-item', ['坚持党的全面领导。']],
      ['body', ['提高政治站位，建设忠诚政府。']],
    ]);
  });

  it('does not take an ordinary first sentence for a lead-in', () => {
    const tree = parseParagraphs('一、任务', '深化全域旅游示范区建设，文化旅游产业稳步推进。实施了五老峰创建项目。', '各位代表，成绩来之不易。我们要继续努力。', '一年来，工作扎实。正文。');
    expect(paragraphsOf(tree, '1').map((paragraph) => [paragraph.role, paragraph.runIns.length])).toEqual([
      ['body', 0],
      ['address', 0],
      ['body', 0],
    ]);
  });
});

describe('lists, boxes and tables', () => {
  it('keeps a markdown "- " list as one list block', () => {
    const tree = parseReport('一、目标\n\n- 地区生产总值增长7%；\n - 固定资产投资增长10%以上；\n- 各项约束性指标按下达的指标完成。');
    const list = sectionById(tree, '1').blocks[0]!;
    expect(list.type === 'list' && list.items.map((item) => [item.text, item.lines.start])).toEqual([
      ['地区生产总值增长7%；', 3],
      ['固定资产投资增长10%以上；', 4],
      ['各项约束性指标按下达的指标完成。', 5],
    ]);
  });

  it('puts paragraphs after a 专栏 caption in the box until the next heading', () => {
    const tree = parseParagraphs('第一章 总则', '第一节 产业', '导语。', '专栏 4：“六强五新”产业格局重点项目', '机电制造产业。项目甲等。', '光电产业。项目乙等。', '第二节 集群', '正文。');
    const blocks = sectionById(tree, '1-1').blocks;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'box']);
    expect(blocks[1]).toMatchObject({ id: 'box-4', label: '专栏 4：', title: '“六强五新”产业格局重点项目', lines: { start: 7, end: 11 } });
    expect(blocks[1]!.type === 'box' && blocks[1]!.blocks.map((block) => block.type === 'paragraph' && block.id)).toEqual(['p2', 'p3']);
  });

  it('ends a box where an override says the body resumes', () => {
    const text = ['第一章 总则', '第一节 投资', '专栏 3：重点交通项目', '公路建设项目。甲。', '聚焦重点领域扩大投资。正文。'].join('\n\n');
    const tree = parseReport(text, { overrides: [{ line: 9, rule: 'box-ends-before', reason: 'the box has no end marker' }] });
    expect(sectionById(tree, '1-1').blocks.map((block) => block.type)).toEqual(['box', 'paragraph']);
  });

  it('reads a TAB-separated table with its caption, keeping empty cells and blank lines inside', () => {
    const tree = parseReport('第一章 总则\n\n第一节 指标\n\n表 1：主要指标\n\n指标\t2020 年\t2025 年\t属性\n一、经济发展（2 项）\t\t\t\n1.地区生产总值（亿元）\t120.5\t180\t预期性\n\n2.城镇化率（%）\t52\t\t预期性\n常住人口城镇化率（%）\t48.9\t52\t预期性');
    const table = sectionById(tree, '1-1').blocks[0]!;
    if (table.type !== 'table') throw new Error('expected a table');
    expect(table).toMatchObject({ id: 'table-1', label: '表 1：', title: '主要指标', columns: 4, lines: { start: 7, end: 12 } });
    expect(table.rows.map((row) => row.kind)).toEqual(['header', 'group', 'body', 'body', 'sub']);
    expect(table.rows[3]!.cells.map((cell) => cell.text)).toEqual(['2.城镇化率（%）', '52', '', '预期性']);
  });

  it('makes a box of a table whose first row is a 专栏 caption', () => {
    const tree = parseParagraphs('第一章 总则', '第一节 目标', '专栏 2：主要指标表\t\t\n序号\t指 标\t2025 年\n1\t地区生产总值增长率（%）\t>13\n注：[]为累计完成数。\t\t');
    const box = sectionById(tree, '1-1').blocks[0]!;
    if (box.type !== 'box') throw new Error('expected a box');
    expect(box).toMatchObject({ id: 'box-2', label: '专栏 2：', title: '主要指标表' });
    expect(box.blocks[0]!.type === 'table' && box.blocks[0]!.rows.map((row) => row.kind)).toEqual(['header', 'body', 'note']);
  });
});

describe('notes appendix', () => {
  it('reads notes numbered "1. ", "1.", "1、" and "［1］", bold or not', () => {
    for (const [heading, items] of [
      ['## 相关注释', ['1. “六稳”：稳就业。', '**2. “六保”：**保居民就业。', '3. **“双减”**：减轻负担。']],
      ['附注：', ['1.“两个转型”：产业转型和数字转型。', '2.“一包六保”：包项目。', '3.“放管服”：简政放权。']],
      ['注释', ['［1］“两新”：设备更新。', '［2］“三个统筹”：统筹发展和安全。', '［3］“五位一体”：总体布局。']],
    ] as const) {
      const tree = parseParagraphs('一、回顾', '正文。', heading, ...items);
      expect(tree.notes.map((note) => note.number)).toEqual([1, 2, 3]);
      expect(tree.notes[0]!.separator).toBe('：');
      expect(tree.notes.every((note) => note.text.endsWith('。') && note.label.startsWith('“'))).toBe(true);
    }
  });

  it('takes a label on its own line and the explanation from the next line', () => {
    const tree = parseReport('一、回顾\n\n正文。\n\n名词解释\n\n1、“三个一批”\n项目签约一批、开工一批、投产一批。');
    expect(tree.notes).toEqual([{ number: 1, marker: '1、', label: '“三个一批”', separator: '', text: '项目签约一批、开工一批、投产一批。', lines: { start: 7, end: 8 } }]);
  });

  it('joins a note cut by a page break', () => {
    const tree = parseParagraphs('一、回顾', '正文。', '附注：', '1.“四好农村路”：把农村公路建好、管好、护好、运营好，', '逐步消除制约农村发展的交通瓶颈。');
    expect(tree.notes[0]!.text).toBe('把农村公路建好、管好、护好、运营好，逐步消除制约农村发展的交通瓶颈。');
  });

  it('keeps notes whose printed numbering jumps, in print order, and warns where', () => {
    const tree = parseParagraphs('一、回顾', '正文。', '附注：', '1.“甲”：一。', '3.“乙”：二。');
    expect(tree.notes.map((note) => [note.number, note.marker, note.label])).toEqual([[1, '1.', '“甲”'], [2, '3.', '“乙”']]);
    expect(tree.warnings.map((warning) => warning.message)).toContain('note numbering jumps: expected note 2, found 3.');
  });

  it('reads a note whose label starts with a year (27.2021年…) and digits after 、 as the next note', () => {
    const tree = parseParagraphs('一、回顾', '正文。', '附注：', '1.“甲”：一。', '2.2021年民生实事：一是办学。', '3、8个示范镇：甲乙。');
    expect(tree.notes.map((note) => note.label)).toEqual(['“甲”', '2021年民生实事', '8个示范镇']);
  });
});

describe('bad structure', () => {
  function lineOf(run: () => unknown): [number, string] {
    try {
      run();
    } catch (error) {
      if (error instanceof ReportError) return [error.line, error.message];
      throw error;
    }
    throw new Error('expected a ReportError');
  }

  it('rejects text without numbered headings', () => {
    expect(lineOf(() => parseParagraphs('这是一段文字。', '这是另一段文字。'))[1]).toMatch(/^no recognizable structure/);
  });

  it('rejects numbering that repeats or goes back, at the heading', () => {
    expect(lineOf(() => parseParagraphs('一、回顾', '正文。', '一、回顾'))).toEqual([5, 'numbering repeats 一、']);
    expect(lineOf(() => parseParagraphs('一、回顾', '（一）甲', '（二）乙', '（三）丙', '（二）丁'))).toEqual([9, 'numbering goes back from （三） to （二）']);
  });

  it('keeps numbering that skips a number or starts late, with a warning at the heading (the copy lost a heading)', () => {
    const skipped = parseParagraphs('一、回顾', '（一）甲', '（三）丙');
    expect(skipped.sections[0]!.children.map((child) => child.id)).toEqual(['1-1', '1-3']);
    expect(skipped.warnings).toContainEqual({ line: 5, message: 'numbering jumps from （一） to （三）: a heading between them is not printed as one' });
    const late = parseParagraphs('二、回顾', '正文。');
    expect(late.sections.map((section) => section.id)).toEqual(['2']);
    expect(late.warnings).toContainEqual({ line: 1, message: 'numbering starts at 二、: the first heading of its level is not printed as one' });
  });

  it('rejects a section heading before any chapter', () => {
    expect(lineOf(() => parseParagraphs('第一节 发展回顾', '正文。', '第一章 总则'))[1]).toBe('第一节 appears before any chapter heading');
  });

  it('rejects duplicate ids (two boxes with one number)', () => {
    expect(lineOf(() => parseParagraphs('第一章 总则', '第一节 甲', '专栏 4：甲', '项目。', '专栏 4：乙', '项目。'))).toEqual([9, 'duplicate id box-4 in section 1-1 (first at line 5)']);
  });
});
