import type { Locale } from '../i18n/index.ts';

export interface CitationParts {
  reportTitle: string;
  place: string;
  /** ISO date or null when the source does not state one. */
  date: string | null;
  year: number;
  /** `三、（二）坚持大抓工业…` or `Part 3 (2) …`. */
  section: string;
  paragraph: number;
  url: string;
}

/**
 * A citation line for one paragraph, in the reader's language. `{{accessed}}` stands for the access date, which the
 * browser fills in when the reader asks for the citation.
 * @example citationLine('en', { reportTitle: 'Report', place: 'Yongji', date: '2023-02-21', year: 2023, section: 'Part 1', paragraph: 2, url: 'https://x/' })
 * // => 'Report. Yongji, 2023-02-21. Part 1, paragraph 2. https://x/ (accessed {{accessed}}).'
 */
export function citationLine(locale: Locale, parts: CitationParts): string {
  const date = parts.date ?? String(parts.year);
  if (locale === 'zh') return `${parts.place}：《${parts.reportTitle}》，${date}，${parts.section}，第 ${parts.paragraph} 段。${parts.url}（访问日期：{{accessed}}）`;
  return `${parts.reportTitle}. ${parts.place}, ${date}. ${parts.section}, paragraph ${parts.paragraph}. ${parts.url} (accessed {{accessed}}).`;
}
