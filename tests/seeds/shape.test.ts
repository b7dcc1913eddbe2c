import { describe, expect, it } from 'vitest';
import { allSections, buildSeed, sectionById } from '../helpers.ts';

/** The structure each seed must have, as read by a person (see shared/reference/seeds-analysis.md). */
describe('seed shapes', () => {
  it('the Yongji five-year plan has 10 chapters, 50 sections, 1 table and 13 boxes', () => {
    const { tree } = buildSeed('yongji-2021-five-year-plan');
    expect(tree.sections).toHaveLength(10);
    expect(tree.sections.every((chapter) => chapter.kind === 'chapter')).toBe(true);
    expect(tree.sections.flatMap((chapter) => chapter.children)).toHaveLength(50);
    expect(tree.sections.map((chapter) => chapter.children.length)).toEqual([5, 4, 6, 6, 4, 3, 5, 5, 6, 6]);
    expect(tree.stats.tables).toBe(1);
    expect(tree.stats.boxes).toBe(13);
    expect(sectionById(tree, '3-2').title).toBe('打造一批百亿级产业集群');
  });

  it('the Yongji five-year plan keeps its boxes with their items and ends the unmarked ones where the body resumes', () => {
    const { tree } = buildSeed('yongji-2021-five-year-plan');
    const boxes = allSections(tree.sections).flatMap((section) => section.blocks.filter((block) => block.type === 'box'));
    expect(boxes.map((box) => box.id)).toEqual(Array.from({ length: 13 }, (_, index) => `box-${index + 2}`));
    const itemCount = (id: string) => boxes.find((box) => box.id === id)!.blocks.length;
    expect([itemCount('box-3'), itemCount('box-4'), itemCount('box-10'), itemCount('box-11'), itemCount('box-12'), itemCount('box-14')]).toEqual([3, 11, 6, 12, 6, 3]);
    const resumed = sectionById(tree, '2-2').blocks.at(-2)!;
    expect(resumed.type === 'paragraph' && resumed.text.startsWith('聚焦重点领域扩大投资。')).toBe(true);
  });

  it('the Yongji five-year plan table 1 has spanning headers, group rows and sub-rows', () => {
    const { tree } = buildSeed('yongji-2021-five-year-plan');
    const table = sectionById(tree, '1-1').blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table in 1-1');
    expect(table.label).toBe('表 1：');
    expect(table.columns).toBe(5);
    expect(table.rows[0]!.cells).toEqual([
      { text: '指标名称', rowSpan: 2 },
      { text: '2015 年', rowSpan: 2 },
      { text: '2020 年', colSpan: 2 },
      { text: '属性', rowSpan: 2 },
    ]);
    expect(table.rows[1]!.cells.map((cell) => cell.text)).toEqual(['完成', '年均增长(%)']);
    expect(table.rows.filter((row) => row.kind === 'group')).toHaveLength(6);
    expect(table.rows.filter((row) => row.kind === 'body')).toHaveLength(32);
    expect(table.rows.find((row) => row.cells[0]!.text === '6.外贸进出口总额（万美元）')!.cells.map((cell) => cell.text)).toEqual(['6.外贸进出口总额（万美元）', '5904', '', '21.86', '预期性']);
  });

  it('the Yongji plan report has 3 parts with 7 and 6 numbered subsections', () => {
    const { tree } = buildSeed('yongji-2023-plan-report');
    expect(tree.sections.map((part) => part.label)).toEqual(['一、', '二、', '三、']);
    expect(tree.sections.map((part) => part.children.length)).toEqual([7, 0, 6]);
    expect(sectionById(tree, '1').afterChildren.map((block) => block.lines.start)).toEqual([57]);
    const targets = sectionById(tree, '2').blocks.find((block) => block.type === 'list');
    expect(targets?.type === 'list' && targets.items.length).toBe(8);
  });

  it('the Yanhu work report has 3 parts, ten subsections under part 二 and 35 notes', () => {
    const { tree } = buildSeed('yanhu-2022-work-report');
    expect(tree.sections.map((part) => part.children.length)).toEqual([0, 10, 0]);
    expect(tree.sections[1]!.children.map((section) => section.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '(九)', '（十）']);
    expect(tree.sections[1]!.children.every((section) => section.headingStyle === 'run-in')).toBe(true);
    expect(tree.notes).toHaveLength(35);
    expect(tree.notes[9]).toMatchObject({ number: 10, label: '“2345”工作机制', marker: '10.', separator: '：', text: '2”即“双招双引”，招商引资和招才引智。“3”即“三人小组”，每个重点项目由3名区级领导包联跟进。“4”即“四库全书”，谋划库、储备库、建设库、达产达效库。“5”即全面落实“五个一”项目推进机制。' });
  });

  it('the Xinjiang County work report has 3 parts, nine subsections under part 二 and 45 notes', () => {
    const { tree } = buildSeed('xinjiang-county-2023-work-report');
    expect(tree.sections.map((part) => part.children.length)).toEqual([0, 9, 0]);
    expect(tree.notes).toHaveLength(45);
    expect(tree.notes[9]!.text).toBe('把农村公路建好、管好、护好、运营好，逐步消除制约农村发展的交通瓶颈。');
  });

  it('the Yuncheng fragment keeps part 一 without a printed heading, then parts 二 and 三 with nine subsections', () => {
    const { tree } = buildSeed('yuncheng-2024-work-report');
    expect(tree.metadata.continuedFrom).toBe('一');
    expect(tree.sections.map((part) => [part.label, part.headingStyle])).toEqual([[null, 'none'], ['二、', 'line'], ['三、', 'line']]);
    expect(tree.sections[0]!.children.map((section) => section.label)).toEqual(['(四)', '(五)', '(六)', '(七)', '(八)']);
    expect(tree.sections[2]!.children).toHaveLength(9);
    expect(tree.sections[0]!.afterChildren.map((block) => block.lines.start)).toEqual([15, 21, 23]);
    const firstParagraph = tree.sections[0]!.blocks[0]!;
    expect(firstParagraph.type === 'paragraph' && firstParagraph.text.startsWith('拓展“一枚印章管审批”')).toBe(true);
    const gap = sectionById(tree, '3-2').blocks.find((block) => block.type === 'gap');
    expect(gap?.lines).toEqual({ start: 53, end: 55 });
  });

  it('carries the suspected typos of the editors as annotations, and the doubled characters the parser found', () => {
    const annotations = (id: string) =>
      allSections(buildSeed(id).tree.sections).flatMap((section) => [...section.blocks, ...section.afterChildren]).flatMap((block) => (block.type === 'paragraph' ? block.annotations : block.type === 'box' ? block.blocks.flatMap((inner) => (inner.type === 'paragraph' ? inner.annotations : [])) : []));
    const yuncheng = annotations('yuncheng-2024-work-report');
    expect(yuncheng.filter((annotation) => annotation.kind === 'suspected-typo')).toHaveLength(10);
    expect(yuncheng.filter((annotation) => annotation.kind === 'doubled-at-break').map((annotation) => annotation.line)).toEqual([81]);
    expect(annotations('yongji-2021-five-year-plan').filter((annotation) => annotation.kind === 'suspected-typo')).toHaveLength(10);
    expect(annotations('yanhu-2022-work-report').filter((annotation) => annotation.kind === 'doubled-at-break').map((annotation) => annotation.line)).toEqual([138]);
  });

  it('every seed ends its title block, preamble and closing where a reader would', () => {
    const yanhu = buildSeed('yanhu-2022-work-report').tree;
    expect(yanhu.front.map((item) => item.role)).toEqual(['title', 'subtitle', 'speaker']);
    expect(yanhu.preamble).toHaveLength(2);
    expect(yanhu.closing).toHaveLength(1);
    const plan = buildSeed('yongji-2021-five-year-plan').tree;
    expect(plan.colophon.map((item) => item.text)).toEqual(['永济市七届人大一次会议秘书处', '2021年4月7日印']);
    expect(plan.closing).toHaveLength(1);
  });
});
