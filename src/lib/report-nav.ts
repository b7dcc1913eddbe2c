import type { Section } from '../pipeline/types.ts';

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
