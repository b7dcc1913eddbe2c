import { describe, expect, it } from 'vitest';
import { parseFixture, publishedTexts } from '../helpers.ts';

/**
 * The failure classes found on real web copies (issue: any real report in, the right tree out), in one fixture laid
 * out like them: one paragraph per line, page tools run into the title line, `各位代表！` alone before the appeal,
 * attachments after the closing (the first with its own 一、二、, the second the notes), leftovers after the end.
 */
describe('a web copy with one paragraph per line, attachments and leftovers after the end', () => {
  const tree = parseFixture('web-copy-tail.txt');

  it('reads the title, date, session and speaker from a title line full of page tools', () => {
    expect(tree.metadata).toMatchObject({
      title: '2026年某省政府工作报告',
      date: '2026-02-03',
      session: '某省第十四届人民代表大会第四次会议',
      speaker: { organization: '某省人民政府', role: '省长', name: '王某某' },
    });
    expect(tree.removals.filter((removal) => removal.rule === 'web-leftover').map((removal) => removal.text)).toEqual([
      '首页 > 政务公开 > 政府工作报告',
      '全屏',
      '【字号：加大还原减小】',
      '2026年02月10日 07时41分某省日报【字体：大中小】分享：',
    ]);
  });

  it('keeps the appeal after 各位代表！ as the closing, not under the last subsection', () => {
    expect(tree.closing.map((block) => block.type === 'paragraph' && block.text)).toEqual(['各位代表！', '让我们紧密团结在以习近平同志为核心的党中央周围，为谱写新篇章而努力奋斗！']);
    expect(tree.sections.map((section) => section.children.length)).toEqual([0, 2]);
  });

  it('reads 附件1 as an appendix with its own numbered list, and 附件2 as the notes with linked markers', () => {
    expect(tree.appendices).toHaveLength(1);
    expect(tree.appendices[0]).toMatchObject({ id: 'a1', label: '附件1', title: '2026年省级民生实事' });
    expect(tree.appendices[0]!.blocks.map((block) => block.type === 'paragraph' && block.id)).toEqual(['a1-p1', 'a1-p2']);
    expect(tree.notesHeading?.text).toBe('附件2 《政府工作报告》有关内容名词注释');
    expect(tree.notes.map((note) => [note.marker, note.label])).toEqual([['［1］', '地区生产总值'], ['［2］', '“承诺制+标准地+全代办”']]);
    const references = tree.sections[0]!.blocks.flatMap((block) => (block.type === 'paragraph' ? block.marks.filter((mark) => mark.kind === 'note-ref') : []));
    expect(references).toHaveLength(2);
  });

  it('removes the leftovers after the end by rule trailing-leftover, the repeated title included', () => {
    expect(tree.removals.filter((removal) => removal.rule === 'trailing-leftover').map((removal) => removal.line)).toEqual([23, 24, 25, 26, 27, 28]);
    expect(publishedTexts(tree).join('')).not.toMatch(/责任编辑|扫一扫|相关报道/);
  });
});
