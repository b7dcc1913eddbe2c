import { describe, expect, it } from 'vitest';
import { stripEmphasis, stripListMarker, stripMarkdownHeading, stripSubscripts } from '../../src/pipeline/markup.ts';
import type { Piece } from '../../src/pipeline/piece.ts';

const piece = (text: string, line = 7): Piece => ({
  text,
  lines: { start: line, end: line },
  anchors: [{ offset: 0, line }],
  marks: [],
  wasListItem: false,
  annotations: [],
});

describe('rule markdown-heading', () => {
  it('drops # markers of any depth and remembers the heading', () => {
    const result = stripMarkdownHeading(piece('### **三、全面加强政府自身建设**'));
    expect(result.piece.text).toBe('**三、全面加强政府自身建设**');
    expect(result.removals).toEqual([{ rule: 'markdown-heading', text: '### ', line: 7 }]);
  });

  it('leaves a # that is not a heading marker', () => {
    expect(stripMarkdownHeading(piece('#1 高炉')).removals).toEqual([]);
  });
});

describe('rule markdown-list-marker', () => {
  it('drops a leading "- " and remembers the list item', () => {
    const result = stripListMarker(piece('- 地区生产总值增长7%；'));
    expect(result.piece).toMatchObject({ text: '地区生产总值增长7%；', wasListItem: true });
    expect(result.removals).toEqual([{ rule: 'markdown-list-marker', text: '- ', line: 7 }]);
  });

  it('does not touch a dash inside a table row', () => {
    expect(stripListMarker(piece('- \t1\t2')).removals).toEqual([]);
  });
});

describe('rule markdown-emphasis', () => {
  it('turns **…** into a strong mark over the same characters', () => {
    const result = stripEmphasis(piece('一是**加快打造农业产业四大板块**。按照'));
    expect(result.piece.text).toBe('一是加快打造农业产业四大板块。按照');
    expect(result.piece.marks).toEqual([{ kind: 'strong', start: 2, end: 14 }]);
    expect(result.removals.map((removal) => removal.text)).toEqual(['**', '**']);
    expect(result.unpaired).toBe(false);
  });

  it('keeps bold inside quotes (“**三无**”)', () => {
    expect(stripEmphasis(piece('深入开展“**三无**”单位创建。')).piece).toMatchObject({ text: '深入开展“三无”单位创建。', marks: [{ kind: 'strong', start: 5, end: 7 }] });
  });

  it('closes at the start a bold run that the previous piece left open', () => {
    const result = stripEmphasis(piece('发展**取得新成效。'), true);
    expect(result.piece).toMatchObject({ text: '发展取得新成效。', marks: [{ kind: 'strong', start: 0, end: 2 }] });
    expect(result.unpaired).toBe(false);
  });

  it('reports an unpaired ** and marks to the end', () => {
    const result = stripEmphasis(piece('**永济市国民经济和社会发展的'));
    expect(result.unpaired).toBe(true);
    expect(result.piece.marks).toEqual([{ kind: 'strong', start: 0, end: 13 }]);
  });
});

describe('rule subscript-markup', () => {
  it('turns PM_{2.5} into PM2.5 with a subscript mark', () => {
    const result = stripSubscripts(piece('实现PM_{2.5}和重污染天数“双下降”'));
    expect(result.piece.text).toBe('实现PM2.5和重污染天数“双下降”');
    expect(result.piece.marks).toEqual([{ kind: 'sub', start: 4, end: 7 }]);
    expect(result.removals.map((removal) => [removal.rule, removal.text])).toEqual([['subscript-markup', '_{'], ['subscript-markup', '}']]);
  });
});
