import { isTrailingLeftover } from './back-matter.ts';
import { isWebLeftover } from './repairs.ts';
import type { Block, ReportTree, Section } from './types.ts';

/**
 * What a maintainer should look at in a parsed report before publishing it: missing title-block fields, headings
 * that are probably body text, and paragraphs that look like web-page leftovers the rules did not remove.
 * Pure: used by `npm run corpus` and `npm run outline`.
 */
export interface CorpusFindings {
  /** Top-level sections. */
  sections: number;
  notes: number;
  appendices: number;
  date: boolean;
  speaker: boolean;
  closing: boolean;
  suspiciousHeadings: { line: number; why: string }[];
  leftoverLines: { line: number; text: string }[];
  /** Warnings grouped by kind (the message with its particulars removed). */
  warningKinds: Map<string, number>;
}

/** Longer than this, a heading is probably a body paragraph that starts with a number. */
const LONG_HEADING = 60;

/**
 * Text that web pages put around an article: what the removal rules know (`web-leftover`, `trailing-leftover`) found
 * where they do not act (inside the body), plus links and font-size switches run into a line. Broader than the
 * removal rules on purpose: this list is for finding what they missed.
 */
export function looksLikeLeftover(text: string): boolean {
  return text.length <= 200 && (isWebLeftover(text) || isTrailingLeftover(text) || /https?:\/\/|(?:字号|字体)[：:]?.{0,6}[大中小]/.test(text));
}

function warningKind(message: string): string {
  return message
    .replace(/“[^”]*”/g, '“…”')
    .replace(/\d+/g, 'N')
    .replace(/[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）/g, 'X')
    .slice(0, 60);
}

function textsOf(blocks: Block[]): { line: number; text: string }[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return [{ line: block.lines.start, text: block.text }];
    if (block.type === 'list') return block.items.map((item) => ({ line: item.lines.start, text: item.text }));
    if (block.type === 'box') return textsOf(block.blocks);
    return [];
  });
}

function walk(sections: Section[], visit: (section: Section, siblings: Section[]) => void): void {
  for (const section of sections) {
    visit(section, sections);
    walk(section.children, visit);
  }
}

export function corpusFindings(tree: ReportTree): CorpusFindings {
  const suspiciousHeadings: CorpusFindings['suspiciousHeadings'] = [];
  const texts = [...textsOf(tree.preamble), ...textsOf(tree.closing)];
  walk(tree.sections, (section, siblings) => {
    const line = section.headingLines?.start ?? section.lines.start;
    if ((section.title ?? '').length > LONG_HEADING) suspiciousHeadings.push({ line, why: `${section.title!.length} characters` });
    if (section.children.length === 0 && section.kind !== 'subsection' && siblings.some((sibling) => sibling.children.length > 0)) {
      suspiciousHeadings.push({ line, why: `${section.label ?? 'part'} has no children but its siblings do` });
    }
    texts.push(...textsOf(section.blocks), ...textsOf(section.afterChildren));
  });
  const warningKinds = new Map<string, number>();
  for (const warning of tree.warnings) {
    const kind = warningKind(warning.message);
    warningKinds.set(kind, (warningKinds.get(kind) ?? 0) + 1);
  }
  return {
    sections: tree.sections.length,
    notes: tree.notes.length,
    appendices: tree.appendices.length,
    date: tree.metadata.date !== null,
    speaker: tree.metadata.speaker !== null,
    closing: tree.closing.length > 0,
    suspiciousHeadings,
    leftoverLines: texts.filter((entry) => looksLikeLeftover(entry.text)),
    warningKinds,
  };
}
