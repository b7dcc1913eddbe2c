import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/pipeline/index.ts';
import { isPageNumber, isRunningHeader, isWebLeftover } from '../../src/pipeline/repairs.ts';
import { parseReport } from '../../src/pipeline/index.ts';
import { parseParagraphs, sectionById } from '../helpers.ts';

const textsOf = (tree: ReturnType<typeof parseParagraphs>, id: string) =>
  sectionById(tree, id).blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type));

describe('rule page-break-join', () => {
  it('joins a paragraph that stops mid-sentence with the next one, without a separator', () => {
    const tree = parseParagraphs('一、回顾', '固定资产投资完成 62.46 亿元，同', '比增长 12.1%；社会消费品零售总额完成 58.99 亿元。');
    expect(textsOf(tree, '1')).toEqual(['固定资产投资完成 62.46 亿元，同比增长 12.1%；社会消费品零售总额完成 58.99 亿元。']);
    const paragraph = sectionById(tree, '1').blocks[0]!;
    expect(paragraph.lines).toEqual({ start: 3, end: 5 });
  });

  it('treats a semicolon and a closing quote without a full stop as open', () => {
    const tree = parseParagraphs('一、回顾', '问题主要有：发展不足；', '“543”矩阵正在起步，打造“永济葡', '萄”品牌。');
    expect(textsOf(tree, '1')).toEqual(['问题主要有：发展不足；“543”矩阵正在起步，打造“永济葡萄”品牌。']);
  });

  it('does not join after a full stop, a colon or a closing quote after a full stop', () => {
    const tree = parseParagraphs('一、回顾', '第一段。', '第二段：', '“第三段。”', '第四段。');
    expect(textsOf(tree, '1')).toEqual(['第一段。', '第二段：', '“第三段。”', '第四段。']);
  });

  it('never joins into a heading, a dash item or an item list', () => {
    const tree = parseParagraphs('一、回顾', '文化旅游产业打造成为支柱产业', '——国家生态文明建设示范区。', '（一）主要指标', '正文没有句号', '一是抓项目。');
    expect(textsOf(tree, '1')).toEqual(['文化旅游产业打造成为支柱产业', '——国家生态文明建设示范区。']);
    expect(textsOf(tree, '1-1')).toEqual(['正文没有句号', '一是抓项目。']);
  });

  it('lets a run-in heading paragraph continue across a break', () => {
    const tree = parseParagraphs('一、回顾', '（一）培育市场主体。要深入贯彻全省“市场主体建设年”', '要求，全年新增市场主体 1.2 万户。');
    expect(sectionById(tree, '1-1').title).toBe('培育市场主体。');
    expect(textsOf(tree, '1-1')).toEqual(['要深入贯彻全省“市场主体建设年”要求，全年新增市场主体 1.2 万户。']);
  });

  it('flags, and keeps, a character doubled across the break', () => {
    const tree = parseParagraphs('一、回顾', '协同控制细颗', '颗粒物和臭氧污染。');
    const paragraph = sectionById(tree, '1').blocks[0]!;
    if (paragraph.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(paragraph.text).toBe('协同控制细颗颗粒物和臭氧污染。');
    expect(paragraph.annotations).toEqual([{ kind: 'doubled-at-break', line: 5, message: '“颗” ends line 3 and starts line 5: possibly doubled by the page break', span: { start: 5, end: 7 }, suggestion: null }]);
    expect(tree.warnings.map((warning) => warning.line)).toEqual([5]);
  });

  it('does not flag a reduplicated word (人人, 年年 …)', () => {
    const tree = parseParagraphs('一、回顾', '让发展成果惠及人', '人，共享幸福。');
    expect(tree.warnings).toEqual([]);
  });

  it('inside a box, starts a new item at a short lead-in even after an open ending', () => {
    const tree = parseParagraphs('第一章 总则', '第一节 产业', '专栏 12：“六新”重点项目', '新材料。锂电池隔膜项目、石墨烯及负极材料项目', '新装备。汽车缸体缸盖生产线项目等', '新产品。电机配件项目等');
    const box = sectionById(tree, '1-1').blocks[0]!;
    expect(box.type === 'box' && box.blocks.map((block) => block.type === 'paragraph' && block.text.slice(0, 4))).toEqual(['新材料。', '新装备。', '新产品。']);
  });

  it('does not join where an override says text was lost, and shows a gap instead', () => {
    const text = ['一、回顾', '力争新增1—2家企业上', '培育壮大新兴产业。用好链长制。'].join('\n\n');
    const tree = parseReport(text, { overrides: [{ line: 5, rule: 'text-lost-at-break', reason: 'the end of the sentence was lost' }] });
    expect(sectionById(tree, '1').blocks.map((block) => block.type)).toEqual(['paragraph', 'gap', 'paragraph']);
    expect(sectionById(tree, '1').blocks[1]).toEqual({ type: 'gap', lines: { start: 3, end: 5 }, reason: 'the end of the sentence was lost' });
  });

  it('rejects an override that the general rules make pointless', () => {
    const text = ['一、回顾', '第一段。', '第二段。'].join('\n\n');
    expect(() => parseReport(text, { overrides: [{ line: 5, rule: 'text-lost-at-break', reason: 'no join happens here anyway' }] })).toThrow(ReportError);
    expect(() => parseReport(text, { overrides: [{ line: 99, rule: 'box-ends-before', reason: 'no such paragraph in the text' }] })).toThrow(/not used|no box/);
  });
});

describe('rule running-header', () => {
  it('drops a page header inside the body and joins the sentence it cut', () => {
    const tree = parseParagraphs('一、回顾', '科普、史志、档案、', '政府工作报告', '气象、地震等工作扎实推进。');
    expect(textsOf(tree, '1')).toEqual(['科普、史志、档案、气象、地震等工作扎实推进。']);
    expect(tree.removals).toEqual([{ rule: 'running-header', text: '政府工作报告', line: 5 }]);
  });

  it('keeps the same words when they are the title at the top', () => {
    const tree = parseParagraphs('政府工作报告', '各位代表：', '一、回顾', '正文。');
    expect(tree.metadata.title).toBe('政府工作报告');
    expect(tree.removals).toEqual([]);
  });

  it('recognizes headers by genre and title only', () => {
    expect(isRunningHeader('政府工作报告', null)).toBe(true);
    expect(isRunningHeader('政 府 工 作 报 告', '政府工作报告')).toBe(true);
    expect(isRunningHeader('积极扩大有效投资。', null)).toBe(false);
  });
});

describe('rule continuation-mark', () => {
  it('strips (上接第一版), records where the text continues from and keeps the sentence', () => {
    const tree = parseParagraphs('(上接第一版)拓展“一枚印章管审批”,146个事项实现跨省通办。', '二、目标', '正文。');
    expect(tree.metadata.continuedFrom).toBe('一');
    expect(tree.removals).toEqual([{ rule: 'continuation-mark', text: '(上接第一版)', line: 1 }]);
    expect(tree.sections[0]!.blocks[0]).toMatchObject({ text: '拓展“一枚印章管审批”,146个事项实现跨省通办。' });
  });

  it('strips a (下转第二版) at the end of a paragraph', () => {
    const tree = parseParagraphs('一、回顾', '工作扎实推进（下转第二版）');
    expect(tree.removals).toEqual([{ rule: 'continuation-mark', text: '（下转第二版）', line: 3 }]);
  });
});

describe('rules web-leftover and page-number', () => {
  it('recognizes navigation, font-size and print lines', () => {
    expect(['首页 > 政策 > 政府工作报告', '【字号：大 中 小】', '打印', '【打印】【关闭】', '下载'].every(isWebLeftover)).toBe(true);
    expect(isWebLeftover('打印包装产业加快发展。')).toBe(false);
  });

  it('recognizes printed page numbers', () => {
    expect(['- 12 -', '—3—', '第 5 页'].every(isPageNumber)).toBe(true);
    expect(isPageNumber('2021')).toBe(false);
  });

  it('logs what it drops', () => {
    const tree = parseParagraphs('打印', '一、回顾', '正文。', '- 2 -', '更多正文。');
    expect(tree.removals.map((removal) => [removal.rule, removal.line])).toEqual([['web-leftover', 1], ['page-number', 7]]);
  });
});
