import { describe, expect, it } from 'vitest';
import { decodeReport, parseReport, ReportError } from '../../src/pipeline/index.ts';
import { fixtureBytes, parseFixture, sectionById } from '../helpers.ts';

/**
 * Reports laid out unlike the seeds (web copies, ASCII brackets, chapters with a contents page, markdown residue).
 * Each full tree is a golden file in tests/fixtures/trees/, reviewed as a diff when it changes (`vitest -u`).
 */
const layouts = ['state-council-style', 'county-bracket-headings', 'plan-chapters', 'markdown-residue'];

describe('fixture reports beyond the seeds', () => {
  for (const name of layouts) {
    it(`${name}.txt parses to its golden tree`, async () => {
      await expect(`${JSON.stringify(parseFixture(`${name}.txt`), null, 1)}\n`).toMatchFileSnapshot(`../fixtures/trees/${name}.json`);
    });
  }

  it('reads a web copy: drops page leftovers, compacts a spaced-out title, reads the speaker and note markers', () => {
    const tree = parseFixture('state-council-style.txt');
    expect(tree.removals.filter((removal) => removal.rule === 'web-leftover').map((removal) => removal.line)).toEqual([1, 2, 3, 4]);
    expect(tree.metadata).toMatchObject({ title: '政府工作报告', date: '2024-03-05', session: '第十四届全国人民代表大会第二次会议', speaker: { organization: '国务院', role: '总理', name: '李强' } });
    expect(tree.sections.map((part) => part.children.length)).toEqual([0, 0, 4]);
    const marked = sectionById(tree, '1').blocks.find((block) => block.type === 'paragraph' && block.marks.some((mark) => mark.kind === 'note-ref'));
    expect(marked).toBeDefined();
    expect(tree.notes.map((note) => note.marker)).toEqual(['［1］', '［2］']);
  });

  it('reads ASCII-bracket subsections, a page-break split and two-line notes', () => {
    const tree = parseFixture('county-bracket-headings.txt');
    expect(tree.sections[1]!.children.map((section) => section.label)).toEqual(['(一)', '(二)', '(三)']);
    const joined = sectionById(tree, '1').blocks.find((block) => block.type === 'paragraph' && block.lines.start === 15);
    expect(joined?.type === 'paragraph' && joined.text.includes('亿元，同比增长 8.1%。')).toBe(true);
    expect(tree.notes.map((note) => [note.label, note.separator])).toEqual([['“三个一批”', ''], ['“两不愁三保障”', '']]);
  });

  it('reads the same report from GB18030 and from UTF-8 with BOM and CRLF', () => {
    const reference = parseFixture('county-bracket-headings.txt');
    expect(parseFixture('gb18030-report.txt')).toEqual(reference);
    expect(parseFixture('crlf-report.txt')).toEqual(reference);
  });

  it('drops the contents page, warns where it disagrees with the body, and reads table, box, dashes and colophon', () => {
    const tree = parseFixture('plan-chapters.txt');
    expect(tree.toc).toHaveLength(6);
    expect(tree.removals.filter((removal) => removal.rule === 'toc')).toHaveLength(7);
    expect(tree.warnings).toEqual([{ line: 24, message: 'table of contents line 9 “第二节 发展环境” differs from body heading “第二节 面临的发展环境”' }]);
    expect(tree.stats).toMatchObject({ tables: 1, boxes: 1 });
    expect(tree.colophon.map((item) => item.text)).toEqual(['某某市人民代表大会秘书处', '2021年3月10日印']);
    expect(tree.metadata.printedDate).toBe('2021-03-10');
  });

  it('reads markdown residue: # headings, bold styles, bullets, subscripts and notes', () => {
    const tree = parseFixture('markdown-residue.txt');
    expect(tree.sections.map((part) => part.label)).toEqual(['一、', '二、', '三、']);
    expect(tree.metadata.session).toBe('某某区第三届人民代表大会第一次会议');
    expect(tree.notes).toHaveLength(3);
    const rules = new Set(tree.removals.map((removal) => removal.rule));
    expect([...rules].sort()).toEqual(['markdown-emphasis', 'markdown-heading', 'markdown-list-marker', 'subscript-markup']);
  });
});

describe('bad input fixtures', () => {
  const cases: [string, number, RegExp][] = [
    ['bad-empty.txt', 1, /^empty file$/],
    ['bad-binary.bin', 1, /^binary file/],
    ['bad-undecodable.txt', 3, /^undecodable text/],
    ['bad-no-structure.txt', 1, /^no recognizable structure/],
    ['bad-numbering-repeat.txt', 9, /^numbering repeats 一、$/],
  ];
  for (const [name, line, message] of cases) {
    it(`${name} fails at line ${line}`, () => {
      let caught: unknown;
      try {
        parseReport(decodeReport(fixtureBytes(name)).text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ReportError);
      expect((caught as ReportError).line).toBe(line);
      expect((caught as ReportError).message).toMatch(message);
    });
  }
});
