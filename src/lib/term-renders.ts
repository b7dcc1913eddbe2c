import type { Locale } from '../i18n/index.ts';
import { languageTags } from '../i18n/index.ts';
import type { Block } from '../pipeline/types.ts';
import { englishTermSegments } from './english-term-links.ts';
import { pageTermLinks, shortDefinition, toPattern, type GlossaryIndex, type LinkableBlock } from './glossary.ts';
import { findPlaceMentions } from './place-mentions.ts';
import { findTerms, inScope } from './term-matching.ts';
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

/** A translated text of a page that can carry term links: its English, the Chinese it translates, where it is. */
export interface EnglishLinkable {
  /** Paragraph id, or `<list id>.<item index>` for a list item. */
  key: string;
  /** Unique stem for the tooltip ids of this text. */
  idStem: string;
  en: string;
  /** The Chinese original: the paragraph, or the list item (the whole list where the English has another number of items). */
  zh: string;
  section: string | null;
}

/**
 * The translated paragraphs and list items of some blocks (boxes included), in reading order, each with its Chinese
 * twin. Box titles are left out: they are headings and name their box, and a tooltip inside would join that name.
 */
export function englishLinkables(blocks: Block[], section: string | null, english: Map<string, string>): EnglishLinkable[] {
  return blocks.flatMap((block): EnglishLinkable[] => {
    if (block.type === 'box') return englishLinkables(block.blocks, section, english);
    if (block.type !== 'paragraph' && block.type !== 'list') return [];
    const en = english.get(block.id);
    if (en === undefined) return [];
    if (block.type === 'paragraph') return [{ key: block.id, idStem: block.id, en, zh: block.text, section }];
    const items = en.split('\n');
    const whole = block.items.map((item) => item.text).join('\n');
    return items.map((item, index) => ({ key: `${block.id}.${index}`, idStem: `${block.id}-li${index}`, en: item, zh: items.length === block.items.length ? block.items[index]!.text : whole, section }));
  });
}

/**
 * Term links for the English texts of an English page, with offsets into each English text: the first use on the page of
 * each term that the text's Chinese twin uses (as the Chinese matcher finds it there, scopes applied), found in the
 * English by its bracketed Chinese form or its rendering (englishTermSegments). Each links to the English entry with
 * the same short definition as the links in the Chinese text.
 */
export function englishTermRenders(texts: EnglishLinkable[], glossary: GlossaryIndex, reportId: string): Map<string, TermRenderData[]> {
  const seen = new Set<string>();
  const bySlug = new Map(glossary.entries.map((entry) => [entry.slug, entry]));
  return new Map(
    texts.map((text) => {
      const applicable = glossary.entries.filter((entry) => inScope(toPattern(entry), reportId, text.section));
      const used = new Set(findTerms(text.zh, applicable.map(toPattern)).map((span) => span.slug));
      const candidates = applicable.filter((entry) => used.has(entry.slug)).map((entry) => ({ slug: entry.slug, forms: toPattern(entry).forms, rendering: entry.en.rendering }));
      const links: TermRenderData[] = [];
      let offset = 0;
      for (const segment of englishTermSegments(text.en, candidates, seen)) {
        if (segment.slug !== undefined) {
          const entry = bySlug.get(segment.slug)!;
          links.push({
            start: offset,
            end: offset + segment.text.length,
            href: glossaryEntryPath('en', entry.slug),
            tip: shortDefinition(entry, glossary.definitions.get(entry.slug) ?? [], 'en'),
            tipLang: languageTags.en,
            id: `tip-en-${text.idStem}-${links.length}`,
          });
        }
        offset += segment.text.length;
      }
      return [text.key, links];
    }),
  );
}
