import { ReportError } from './errors.ts';
import type { SuspectedTypo } from './overrides.ts';
import type { Block, Paragraph, ReportTree, Section, TocEntry, Warning } from './types.ts';

/** Stage: ids and checks. Line ranges settled, ids proven unique, editors' notes attached, contents cross-checked, stats counted. */


/** Sets each section's line range from its heading to its last block or descendant, and each box's to its last block. */
export function settleLines(section: Section): void {
  section.children.forEach(settleLines);
  for (const block of section.blocks) {
    if (block.type === 'box') block.lines.end = Math.max(block.lines.end, ...block.blocks.map((inner) => inner.lines.end));
  }
  const ranges = [
    ...(section.headingLines ? [section.headingLines] : []),
    ...section.blocks.map((block) => block.lines),
    ...section.children.map((child) => child.lines),
    ...section.afterChildren.map((block) => block.lines),
  ];
  section.lines = { start: Math.min(...ranges.map((range) => range.start)), end: Math.max(...ranges.map((range) => range.end)) };
}

/** Every id a reader can link to must be unique within its page. */
export function checkIds(section: Section): void {
  checkBlockIds(`section ${section.id}`, [...section.blocks, ...section.afterChildren]);
  section.children.forEach(checkIds);
}

export function checkBlockIds(where: string, blocks: Block[]): void {
  const seen = new Map<string, number>();
  const visit = (id: string, line: number) => {
    if (seen.has(id)) throw new ReportError(line, `duplicate id ${id} in ${where} (first at line ${seen.get(id)})`);
    seen.set(id, line);
  };
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === 'gap') continue;
      visit(block.id, block.lines.start);
      if (block.type === 'paragraph') block.runIns.forEach((runIn) => visit(runIn.id, block.lines.start));
      if (block.type === 'box') walk(block.blocks);
    }
  };
  walk(blocks);
}

/** Puts each suspected typo on the paragraph that prints it; a typo that cannot be found is an error in the list. */
export function attachSuspectedTypos(typos: SuspectedTypo[], blocks: Block[]): void {
  const paragraphs = blocks.flatMap((block) => (block.type === 'box' ? block.blocks : [block])).filter((block): block is Paragraph => block.type === 'paragraph');
  for (const typo of typos) {
    const paragraph = paragraphs.find((candidate) => candidate.lines.start <= typo.line && typo.line <= candidate.lines.end && candidate.text.includes(typo.text));
    if (!paragraph) throw new ReportError(typo.line, `suspected typo “${typo.text}” is not printed in a paragraph at line ${typo.line}`);
    const start = paragraph.text.indexOf(typo.text);
    if (paragraph.text.indexOf(typo.text, start + 1) !== -1) throw new ReportError(typo.line, `suspected typo “${typo.text}” occurs more than once in its paragraph; quote more of it`);
    paragraph.annotations.push({ kind: 'suspected-typo', line: typo.line, message: typo.note, span: { start, end: start + typo.text.length }, suggestion: typo.suggestion });
  }
}

/** Flattens the headings of a tree in reading order. */
export function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

/** Warns where the table of contents and the body headings disagree; the body is authoritative. */
export function crossCheckToc(toc: TocEntry[], sections: Section[], warnings: Warning[]): void {
  if (toc.length === 0) return;
  const compact = (text: string) => text.replace(/[\s\u3000]/g, '');
  const headings = allSections(sections).filter((section) => section.label !== null);
  if (headings.length !== toc.length) {
    warnings.push({ line: toc[0]!.line, message: `table of contents has ${toc.length} entries, the body ${headings.length} headings` });
  }
  toc.forEach((entry, index) => {
    const section = headings[index];
    if (!section) return;
    if (compact(entry.label) !== compact(section.label!) || compact(entry.title) !== compact(section.title ?? '')) {
      warnings.push({
        line: section.headingLines!.start,
        message: `table of contents line ${entry.line} “${entry.label} ${entry.title}” differs from body heading “${section.label} ${section.title}”`,
      });
    }
  });
}

export function countStats(tree: Omit<ReportTree, 'stats'>): ReportTree['stats'] {
  let paragraphs = 0;
  let tables = 0;
  let boxes = 0;
  let characters = 0;
  const count = (text: string) => {
    characters += text.replace(/\s/gu, '').length;
  };
  const walk = (blocks: Block[], inBox: boolean) => {
    for (const block of blocks) {
      if (block.type === 'paragraph') {
        paragraphs++;
        count(block.text);
      } else if (block.type === 'list') {
        paragraphs += block.items.length;
        block.items.forEach((item) => count(item.text));
      } else if (block.type === 'table') {
        if (!inBox) tables++;
        count(`${block.label ?? ''}${block.title ?? ''}`);
        block.rows.forEach((row) => row.cells.forEach((cell) => count(cell.text)));
      } else if (block.type === 'box') {
        boxes++;
        count(block.label + block.title);
        walk(block.blocks, true);
      }
    }
  };
  walk(tree.preamble, false);
  for (const section of allSections(tree.sections)) {
    count(`${section.label ?? ''}${section.title ?? ''}`);
    walk(section.blocks, false);
    walk(section.afterChildren, false);
  }
  walk(tree.closing, false);
  for (const appendix of tree.appendices) {
    count(`${appendix.label}${appendix.title ?? ''}`);
    walk(appendix.blocks, false);
  }
  tree.front.forEach((item) => count(item.text));
  tree.colophon.forEach((item) => count(item.text));
  tree.notes.forEach((note) => count(`${note.marker}${note.label}${note.separator}${note.text}`));
  return { paragraphs, tables, boxes, characters };
}
