import type { Appendix, Block, Section } from '../pipeline/types.ts';

/** All sections of a tree in reading order (a section, then its children). */
export function flattenSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flattenSections(section.children)]);
}

/** The sections from the top level down to the one with `id`, for breadcrumbs; empty if there is none. */
export function sectionTrail(sections: Section[], id: string): Section[] {
  for (const section of sections) {
    if (section.id === id) return [section];
    const below = sectionTrail(section.children, id);
    if (below.length > 0) return [section, ...below];
  }
  return [];
}

/** The sections before and after one in reading order, for previous/next links. */
export function neighbours(sections: Section[], id: string): { previous: Section | null; next: Section | null } {
  const all = flattenSections(sections);
  const index = all.findIndex((section) => section.id === id);
  return { previous: index > 0 ? all[index - 1]! : null, next: index >= 0 && index < all.length - 1 ? all[index + 1]! : null };
}

/**
 * The paragraph number a reader would cite: `p3` → 3, `c1` → 1.
 * @example paragraphNumber('p12') // => 12
 */
export function paragraphNumber(id: string): number {
  return Number(/\d+$/.exec(id)?.[0] ?? Number.NaN);
}

/**
 * The anchors of blocks moved under a prefix (`a1` makes `p3` `a1-p3`, `p3-i2` `a1-p3-i2`, `box-1` `a1-box-1`), so
 * that an appendix's paragraphs, numbered from `p1` like a section's, stay unique on the report page. Ids that already
 * carry the prefix are kept.
 */
export function prefixBlockIds<T extends Block>(blocks: T[], prefix: string): T[] {
  const prefixed = (id: string) => (id.startsWith(`${prefix}-`) ? id : `${prefix}-${id}`);
  return blocks.map((block): T => {
    switch (block.type) {
      case 'paragraph':
        return { ...block, id: prefixed(block.id), runIns: block.runIns.map((runIn) => ({ ...runIn, id: prefixed(runIn.id) })) };
      case 'list':
      case 'table':
        return { ...block, id: prefixed(block.id) };
      case 'box':
        return { ...block, id: prefixed(block.id), blocks: prefixBlockIds(block.blocks, prefix) };
      case 'gap':
        return block;
    }
  });
}

/** An appendix's blocks with the anchors they have on the report page (`a1-p1`). */
export function appendixBlocks(appendix: Appendix): Block[] {
  return prefixBlockIds(appendix.blocks, appendix.id);
}
