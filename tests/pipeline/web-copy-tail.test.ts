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

describe('title blocks of real copies', () => {
  it('reads a one-line title block: title——date在…会议上, role and name after it with a U+2002 space', () => {
    const tree = parseFixture('one-line-title.txt');
    expect(tree.metadata).toMatchObject({ title: '政府工作报告', date: '2024-03-05', session: '第十四届全国人民代表大会第二次会议', speaker: { organization: '国务院', role: '总理', name: '李强' } });
    expect(tree.closing.map((block) => block.type === 'paragraph' && block.text.slice(0, 5))).toEqual(['各位代表！', '让我们更加']);
  });

  it('reads the role and the name on two lines, drops 来源：/时间： lines and keeps a photo caption out of the title', () => {
    const tree = parseFixture('role-and-name-lines.txt');
    expect(tree.metadata).toMatchObject({ title: '2025年某市政府工作报告', date: '2025-01-08', speaker: { organization: '某市人民政府', role: '市长', name: '张某某' } });
    expect(tree.removals.map((removal) => [removal.rule, removal.line])).toEqual([['web-leftover', 5], ['web-leftover', 6]]);
    expect(tree.front.at(-1)).toMatchObject({ role: 'other', text: '图为会议现场。记者 王某 摄' });
  });

  it('keeps a part’s tail (成绩来之不易…) with the part, after its last item', () => {
    const tree = parseFixture('role-and-name-lines.txt');
    const [first] = tree.sections;
    expect(first!.children.map((child) => child.label)).toEqual(['（一）', '（二）']);
    expect(first!.afterChildren.map((block) => block.type === 'paragraph' && block.text)).toEqual(['成绩来之不易。这是全市上下共同努力的结果。']);
    const webCopy = parseFixture('web-copy-tail.txt');
    expect(webCopy.sections[1]!.afterChildren.map((block) => block.type === 'paragraph' && block.text)).toEqual(['同时也要清醒看到，经济回升向好的基础还不稳固。']);
  });
});
