import type { Locale, Translate } from '../i18n/index.ts';
import type { Appendix, Block, Section } from '../pipeline/types.ts';
import { normalizePunctuation } from '../pipeline/index.ts';
import type { ReportDocument } from '../schema/report.ts';
import { citationLine } from './citation.ts';
import { appendixBlocks, flattenSections, paragraphNumber } from './report-nav.ts';
import { reportPath, sectionPath } from './urls.ts';

/** How a page names a section: its number as printed (Chinese) or in words (English), then its title. */
export function sectionHeading(section: Section, title: string | null, locale: Locale, t: Translate): { label: string; title: string } {
  const number = section.number.at(-1)!;
  // An unnumbered heading is shown as printed, without a number in either language.
  const label = section.kind === 'unnumbered' ? '' : locale === 'zh' && section.label !== null ? section.label : t(`label.${section.kind}`, { n: number });
  return { label, title: title === null ? t('section.lostHeading') : locale === 'zh' ? normalizePunctuation(title) : title };
}

/** A section heading as one line: `（二）坚持大抓工业…` or `(2) Focus on industry…`. */
export function headingLine(heading: { label: string; title: string }, locale: Locale): string {
  // `第一节 发展回顾` is printed with a space, `一、` and `（一）` without.
  // An unnumbered heading (a bold line) has an empty label and no separator.
  const separator = heading.label !== '' && (locale === 'en' || /[章节篇分]$/.test(heading.label)) ? ' ' : '';
  return `${heading.label}${separator}${heading.title}`;
}

export interface TocItem {
  id: string;
  heading: string;
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
      heading: headingLine(sectionHeading(section, titleOf(section), locale, t), locale),
      href: sectionPath(locale, document.report.id, section.id),
      children: build(section.children),
    }));
  const appendices = document.tree.appendices.map((appendix) => {
    const view = appendixView(appendix, locale, t);
    return { id: appendix.id, heading: view.heading, href: `${reportPath(locale, document.report.id)}#${appendix.id}`, children: [] };
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
 * page's language; the report's title where there is no such paragraph (or no translation of it yet).
 */
export function pageDescription(section: Section, reportTitle: string, locale: Locale, english: Map<string, string>): string {
  const first = section.blocks.find((block) => block.type === 'paragraph');
  if (!first || first.type !== 'paragraph') return reportTitle;
  const text = locale === 'zh' ? normalizePunctuation(first.text) : english.get(first.id);
  if (text === undefined) return reportTitle;
  const limit = locale === 'zh' ? 110 : 200;
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

