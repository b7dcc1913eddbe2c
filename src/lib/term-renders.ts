import type { Locale } from '../i18n/index.ts';
import { languageTags } from '../i18n/index.ts';
import type { Block } from '../pipeline/types.ts';
import { pageTermLinks, shortDefinition, type GlossaryIndex, type LinkableBlock } from './glossary.ts';
import { glossaryEntryPath } from './urls.ts';

export interface TermRenderData {
  start: number;
  end: number;
  href: string;
  tip: string;
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

/** Term links of a page, ready for RichText: href, tooltip text in the page's language, unique tooltip ids. */
export function termRenders(blocks: LinkableBlock[], glossary: GlossaryIndex, reportId: string, locale: Locale): Map<string, TermRenderData[]> {
  const links = pageTermLinks(blocks, glossary.entries, reportId);
  return new Map(
    [...links].map(([blockId, termLinks]) => [
      blockId,
      termLinks.map((link, index) => ({
        start: link.start,
        end: link.end,
        href: glossaryEntryPath(locale, link.slug),
        tip: shortDefinition(link.entry, glossary.definitions.get(link.slug) ?? [], locale),
        tipLang: languageTags[locale],
        id: `tip-${blockId}-${index}`,
      })),
    ]),
  );
}
