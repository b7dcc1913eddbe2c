import type { Locale } from '../i18n/index.ts';
import { languageTags } from '../i18n/index.ts';
import type { Block } from '../pipeline/types.ts';
import { pageTermLinks, shortDefinition, type GlossaryIndex, type LinkableBlock } from './glossary.ts';
import { findPlaceMentions } from './place-mentions.ts';
import { glossaryEntryPath, placePath } from './urls.ts';
import type { PlacesFile } from '../schema/places.ts';

/** A link inside report text: a glossary term (with a tooltip) or a place name (without). */
export interface TermRenderData {
  start: number;
  end: number;
  href: string;
  /** Short definition shown on hover, focus and tap; null for a plain link. */
  tip: string | null;
  tipLang: string;
  id: string;
}

/** The paragraphs of some blocks (boxes included), in reading order. */
export function linkableBlocks(blocks: Block[], section: string | null): LinkableBlock[] {
  return blocks.flatMap((block): LinkableBlock[] => {
    if (block.type === 'paragraph') return [{ id: block.id, text: block.text, section }];
    if (block.type === 'box') return linkableBlocks(block.blocks, section);
    return [];
  });
}

/**
 * Links of a page, ready for RichText: the first use of each glossary term (with its short definition) and the first
 * mention of each other place, in the page's language. A place name inside a linked term stays unlinked.
 */
export function termRenders(blocks: LinkableBlock[], glossary: GlossaryIndex, reportId: string, locale: Locale, places?: { file: PlacesFile; own: string }): Map<string, TermRenderData[]> {
  const links = pageTermLinks(blocks, glossary.entries, reportId);
  const seenPlaces = new Set<string>();
  return new Map(
    [...links].map(([blockId, termLinks]) => {
      const terms: TermRenderData[] = termLinks.map((link, index) => ({
        start: link.start,
        end: link.end,
        href: glossaryEntryPath(locale, link.slug),
        tip: shortDefinition(link.entry, glossary.definitions.get(link.slug) ?? [], locale),
        tipLang: languageTags[locale],
        id: `tip-${blockId}-${index}`,
      }));
      const text = blocks.find((block) => block.id === blockId)!.text;
      const placeLinks: TermRenderData[] = [];
      for (const mention of places ? findPlaceMentions(text, places.file, places.own) : []) {
        const overlaps = [...terms, ...placeLinks].some((other) => mention.start < other.end && other.start < mention.end);
        if (seenPlaces.has(mention.place) || overlaps) continue;
        seenPlaces.add(mention.place);
        placeLinks.push({ start: mention.start, end: mention.end, href: placePath(locale, mention.place), tip: null, tipLang: languageTags[locale], id: `place-${blockId}-${mention.place}` });
      }
      return [blockId, [...terms, ...placeLinks].sort((a, b) => a.start - b.start)];
    }),
  );
}
