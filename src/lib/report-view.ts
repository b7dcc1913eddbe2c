import type { Locale, Translate } from '../i18n/index.ts';
import type { Appendix, Block, Section } from '../pipeline/types.ts';
import { normalizePunctuation } from '../pipeline/index.ts';
import type { ReportDocument } from '../schema/report.ts';
import { citationLine } from './citation.ts';
import { issuingGovernment } from './citation-formats.ts';
import { appendixBlocks, flattenSections, paragraphNumber } from './report-nav.ts';
import { reportPath, sectionPath } from './urls.ts';

/**
 * A section heading as a page shows it: the number (`（二）`, `(2)`; empty for an unnumbered heading) and the title.
 * `lang` is `zh-CN` where an English page shows the Chinese title because its English heading is pending.
 */
export interface SectionHeading {
  label: string;
  title: string;
  lang: 'zh-CN' | null;
}

/**
 * How a page names a section: its number as printed (Chinese) or in words (English), then its title. `title` is the
 * title in the page's language (`sectionTitle` in content.ts), null where there is none: the source lost the heading,
 * or, on an English page, its English version is pending, and then the Chinese title is shown, marked as Chinese.
 * Only a heading the source really lost (no title, heading style `none`) reads "(heading lost in the source)".
 * @example sectionHeading({ kind: 'part', number: [3], label: '三、', title: '坚持大抓工业', … }, null, 'en', t) // => { label: 'Part 3', title: '坚持大抓工业', lang: 'zh-CN' }
 */
export function sectionHeading(section: Section, title: string | null, locale: Locale, t: Translate): SectionHeading {
  const number = section.number.at(-1)!;
  // An unnumbered heading is shown as printed, without a number in either language.
  const label = section.kind === 'unnumbered' ? '' : locale === 'zh' && section.label !== null ? section.label : t(`label.${section.kind}`, { n: number });
  if (section.title === null && section.headingStyle === 'none') return { label, title: t('section.lostHeading'), lang: null };
  if (title !== null) return { label, title: locale === 'zh' ? normalizePunctuation(title) : title, lang: null };
  // A number printed without a title (`第一章` alone) is shown alone.
  if (section.title === null) return { label, title: '', lang: null };
  return { label, title: normalizePunctuation(section.title), lang: locale === 'zh' ? null : 'zh-CN' };
}

/** A section heading as one line: `（二）坚持大抓工业…` or `(2) Focus on industry…` (`(2) 坚持大抓工业…` while its English is pending). */
export function headingLine(heading: { label: string; title: string }, locale: Locale): string {
  // `第一节 发展回顾` is printed with a space, `一、` and `（一）` without.
  // An unnumbered heading (a bold line) has an empty label, and a number without a title no title: no separator.
  return `${heading.label}${headingSeparator(heading, locale)}${heading.title}`;
}

/** What goes between a heading's number and its title: a space in English and after `第一章`, nothing after `一、`. */
export function headingSeparator(heading: { label: string; title: string }, locale: Locale): string {
  return heading.label !== '' && heading.title !== '' && (locale === 'en' || /[章节篇分]$/.test(heading.label)) ? ' ' : '';
}

export interface TocItem {
  id: string;
  heading: SectionHeading;
  href: string;
  children: TocItem[];
}

/**
 * The report's table of contents, built from the body headings (the source's own contents page is not used), then
 * the appendices, which live on the report page under their `#a1` anchors.
 */
export function tableOfContents(document: ReportDocument, locale: Locale, t: Translate, titleOf: (section: Section) => string | null): TocItem[] {
  const build = (sections: Section[]): TocItem[] =>
    sections.map((section) => ({
      id: section.id,
      heading: sectionHeading(section, titleOf(section), locale, t),
      href: sectionPath(locale, document.report.id, section.id),
      children: build(section.children),
    }));
  const appendices = document.tree.appendices.map((appendix) => {
    const view = appendixView(appendix, locale, t);
    return { id: appendix.id, heading: { label: '', title: view.heading, lang: null }, href: `${reportPath(locale, document.report.id)}#${appendix.id}`, children: [] };
  });
  return [...build(document.tree.sections), ...appendices];
}

/**
 * An appendix as the report page shows it: its anchor (`a1`), its heading in the page's language (in Chinese the
 * label and title as printed, `附件1 2024年民生实事`; in English `Appendix 1`, with the printed heading as `original`
 * to show marked as Chinese), and its blocks with anchors unique on the page.
 * @example appendixView({ id: 'a1', label: '附件1', title: '民生实事', … }, 'en', t).heading // => 'Appendix 1'
 */
export function appendixView(appendix: Appendix, locale: Locale, t: Translate): { id: string; heading: string; original: string | null; blocks: Block[] } {
  const printed = appendix.title === null ? appendix.label : `${appendix.label} ${normalizePunctuation(appendix.title)}`;
  const number = Number(/\d+$/.exec(appendix.id)?.[0] ?? 1);
  return {
    id: appendix.id,
    heading: locale === 'zh' ? printed : t('report.appendix', { n: number }),
    original: locale === 'zh' ? null : printed,
    blocks: appendixBlocks(appendix),
  };
}

/** Citation lines for the paragraphs of one page, keyed by paragraph id. */
export function paragraphCitation(document: ReportDocument, locale: Locale, site: URL, pagePath: string, sectionLine: string) {
  const { report } = document;
  return {
    url: (paragraphId: string) => new URL(`${pagePath}#${paragraphId}`, site).href,
    citation: (paragraphId: string) =>
      citationLine(locale, {
        reportTitle: report.title[locale],
        place: report.place[locale],
        author: issuingGovernment(report.place, report.level)[locale],
        date: report.date,
        year: report.year,
        section: sectionLine,
        paragraph: paragraphNumber(paragraphId),
        url: new URL(`${pagePath}#${paragraphId}`, site).href,
      }),
  };
}

/** Every page a report has: its own and one per section. */
export function reportPages(document: ReportDocument, locale: Locale): { path: string; section: Section | null }[] {
  return [
    { path: reportPath(locale, document.report.id), section: null },
    ...flattenSections(document.tree.sections).map((section) => ({ path: sectionPath(locale, document.report.id, section.id), section })),
  ];
}

/**
 * A section page's description for search engines and link previews: the start of its first paragraph in the
 * page's language; `fallback` (the heading line and the report's title) where there is no such paragraph, or no
 * translation of it yet.
 */
export function pageDescription(section: Section, fallback: string, locale: Locale, english: Map<string, string>): string {
  const first = section.blocks.find((block) => block.type === 'paragraph');
  if (!first || first.type !== 'paragraph') return fallback;
  const text = locale === 'zh' ? normalizePunctuation(first.text) : english.get(first.id);
  if (text === undefined) return fallback;
  const limit = locale === 'zh' ? 110 : 200;
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

