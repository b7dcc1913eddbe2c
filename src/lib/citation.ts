import type { Locale } from '../i18n/index.ts';

export interface CitationParts {
  reportTitle: string;
  place: string;
  /** The issuing government, the Chinese citation's author (`运城市人民政府`, `国务院`: `issuingGovernment`). */
  author: string;
  /** ISO date or null when the source does not state one. */
  date: string | null;
  year: number;
  /** `三、（二）坚持大抓工业…` or `Part 3 (2) …`. */
  section: string;
  paragraph: number;
  url: string;
}

/**
 * Where a paragraph is, for a citation: the section line, then the paragraph's number. A heading's own closing
 * punctuation (`…提质新型工业。`) is dropped, so it is not followed by a second mark.
 * @example paragraphLocator('zh', '二、（一）加快推动产业转型，提质新型工业。', 2) // => '二、（一）加快推动产业转型，提质新型工业，第 2 段'
 * @example paragraphLocator('en', 'Part 2 (1) Industry.', 2) // => 'Part 2 (1) Industry, paragraph 2'
 */
export function paragraphLocator(locale: Locale, section: string, paragraph: number): string {
  const heading = section.trim().replace(/[\s。．.，,；;：:、！!？?]+$/u, '');
  if (locale === 'zh') return heading === '' ? `第 ${paragraph} 段` : `${heading}，第 ${paragraph} 段`;
  return heading === '' ? `paragraph ${paragraph}` : `${heading}, paragraph ${paragraph}`;
}

/**
 * A citation line for one paragraph, in the reader's language. `{{accessed}}` stands for the access date, which the
 * browser fills in when the reader asks for the citation.
 *
 * The Chinese line follows GB/T 7714-2015 for an online report (`［R/OL］`), with its full-width marks: author. title
 * [type]. year: the cited place (the standard's 引文页码; here the section and paragraph), (publication date)
 * [access date]. URL. The URL ends the line without a mark, so that copying it takes no stray character.
 * @example citationLine('zh', { reportTitle: '运城市2021年政府工作报告', place: '运城市', author: '运城市人民政府', date: '2021-02-23', year: 2021, section: '前言', paragraph: 2, url: 'https://x/' })
 * // => '运城市人民政府．运城市2021年政府工作报告［R/OL］．2021：前言，第 2 段（2021-02-23）［{{accessed}}］．https://x/'
 * @example citationLine('en', { reportTitle: 'Report', place: 'Yongji', author: 'Yongji Municipal People’s Government', date: '2023-02-21', year: 2023, section: 'Part 1', paragraph: 2, url: 'https://x/' })
 * // => 'Report. Yongji, 2023-02-21. Part 1, paragraph 2. https://x/ (accessed {{accessed}}).'
 */
export function citationLine(locale: Locale, parts: CitationParts): string {
  const locator = paragraphLocator(locale, parts.section, parts.paragraph);
  if (locale === 'zh') {
    const published = parts.date === null ? '' : `（${parts.date}）`;
    return `${parts.author}．${parts.reportTitle}［R/OL］．${parts.year}：${locator}${published}［{{accessed}}］．${parts.url}`;
  }
  const date = parts.date ?? String(parts.year);
  return `${parts.reportTitle}. ${parts.place}, ${date}. ${locator}. ${parts.url} (accessed {{accessed}}).`;
}

/**
 * A citation of a glossary entry: the site's entry page for a term, in the reader's language (GB/T 7714 order for
 * an online resource, ［EB/OL］, in Chinese).
 * @example entryCitation('zh', { term: '五抓一优一促', rendering: 'the “five grasps…” approach', site: '运城政策图谱', url: 'https://x/' }) // => '运城政策图谱．“五抓一优一促”［EB/OL］．https://x/'
 * @example entryCitation('en', { term: '五抓一优一促', rendering: 'the “five grasps…” approach', site: 'Yuncheng Policy Atlas', url: 'https://x/' }) // => '“五抓一优一促” (the “five grasps…” approach). Yuncheng Policy Atlas, glossary. https://x/'
 */
export function entryCitation(locale: Locale, parts: { term: string; rendering: string; site: string; url: string }): string {
  if (locale === 'zh') return `${parts.site}．“${parts.term}”［EB/OL］．${parts.url}`;
  return `“${parts.term}” (${parts.rendering}). ${parts.site}, glossary. ${parts.url}`;
}
