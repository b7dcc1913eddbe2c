import type { Locale } from '../i18n/index.ts';
import type { AdminLevel } from '../schema/manifest.ts';

/**
 * A report, or one paragraph of it, as reference managers (Zotero, EndNote, JabRef, Mendeley) import it, in one
 * language. The issuing government is both the author and the publisher: it wrote and issued the report, and the
 * site, where the text is read, is named by the URL.
 */
export interface CitationRecord {
  /** Citation key: the report id (`yuncheng-2021-work-report`), with `-en` and a paragraph anchor where they apply. */
  key: string;
  /** The report's title in both languages; `language` picks the one cited. */
  title: { zh: string; en: string };
  /** The issuing government in `language` (`运城市人民政府`, `Yuncheng Municipal People's Government`). */
  author: string;
  /** ISO date, `YYYY-MM-DD` or `YYYY-MM`; null where the source states none and only `year` is known. */
  date: string | null;
  year: number;
  /** Absolute URL of the page, or of the paragraph (`…/2-1/#p2`). */
  url: string;
  /** The place whose government issued the report, in `language`. */
  place: string;
  /** The genre in `language` (`政府工作报告`, `Government work report`). */
  kind: string;
  language: Locale;
  /** Where in the report a paragraph is (`二、（一）…，第 2 段`); absent for the whole report. */
  note?: string | null;
  /** The access date, `YYYY-MM-DD`, for a citation made in the browser; absent in the static files. */
  accessed?: string | null;
}

/** The three formats, in the order the site offers them, with their file extensions and media types. */
export const citationFormats = [
  { id: 'bibtex', name: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex; charset=utf-8' },
  { id: 'ris', name: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems; charset=utf-8' },
  { id: 'csl', name: 'CSL-JSON', extension: 'csl.json', mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;
export type CitationFormat = (typeof citationFormats)[number]['id'];

/** Where a report's citation file in one format is published: `/data/reports/<id>.bib`, `.ris`, `.csl.json`. */
export const reportCitationPath = (id: string, format: CitationFormat) => `/data/reports/${id}.${citationFormats.find((entry) => entry.id === format)!.extension}`;

/** The government that issues a place's reports: the State Council for the nation, else the place's people's government. */
const englishGovernment: Record<AdminLevel, string> = {
  national: "State Council of the People's Republic of China",
  province: "{{name}} Provincial People's Government",
  'sub-provincial-city': "{{name}} Municipal People's Government",
  'prefecture-level-city': "{{name}} Municipal People's Government",
  'county-level-city': "{{name}} Municipal People's Government",
  county: "{{name}} County People's Government",
  district: "{{name}} District People's Government",
};

/**
 * The issuing government of a place's reports, in both languages, from the place's name and level. The manifest's
 * `speaker.organization` is not used: it is empty in most entries, and names the place alone in some (`太原市`).
 * A district's full official name also names its city (`运城市盐湖区人民政府`); the short form is used, as the place
 * record has no parent.
 * @example issuingGovernment({ zh: '运城市', en: 'Yuncheng City' }, 'prefecture-level-city') // => { zh: '运城市人民政府', en: "Yuncheng Municipal People's Government" }
 * @example issuingGovernment({ zh: '新绛县', en: 'Xinjiang County (Shanxi)' }, 'county').en // => "Xinjiang County People's Government (Shanxi)"
 */
export function issuingGovernment(place: { zh: string; en: string }, level: AdminLevel): { zh: string; en: string } {
  if (level === 'national') return { zh: '国务院', en: englishGovernment.national };
  // `Xinjiang County (Shanxi)`: the qualifier that tells the place from a namesake follows the government's name.
  const qualifier = / \([^)]*\)$/.exec(place.en)?.[0] ?? '';
  const name = place.en.slice(0, place.en.length - qualifier.length).replace(/ (?:Province|City|County|District)$/, '');
  return { zh: `${place.zh}人民政府`, en: `${englishGovernment[level].replace('{{name}}', name)}${qualifier}` };
}

/** The fields of a manifest entry a citation record is made from. */
export interface CitedReport {
  id: string;
  title: { zh: string; en: string };
  place: { zh: string; en: string };
  level: AdminLevel;
  date: string | null;
  year: number;
}

/**
 * The citation record of a whole report in one language; `kind` is the genre's label in that language.
 * @example reportCitationRecord(entry, 'zh', 'https://x.org/zh/reports/a/', '政府工作报告').author // => '运城市人民政府'
 */
export function reportCitationRecord(report: CitedReport, language: Locale, url: string, kind: string): CitationRecord {
  return {
    key: language === 'zh' ? report.id : `${report.id}-en`,
    title: report.title,
    author: issuingGovernment(report.place, report.level)[language],
    date: report.date,
    year: report.year,
    url,
    place: report.place[language],
    kind,
    language,
  };
}

/** Runs of whitespace, line breaks included, as one space: every format here keeps a field on one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `2021-02-23` → [2021, 2, 23], `2021-04` → [2021, 4], no date → [year]. */
const dateParts = (record: CitationRecord): number[] => (record.date ?? String(record.year)).split('-').map(Number);

/**
 * Text for a brace-delimited BibTeX field: the characters TeX treats as special are written as commands, so the field
 * stays balanced and prints as given. Chinese and other non-ASCII text stays UTF-8 (biber, bibtexu and every reference
 * manager read it). Straight quotes need nothing inside braces.
 * @example bibtexText('R&D {100%}') // => 'R\\&D \\{100\\%\\}'
 */
export function bibtexText(text: string): string {
  const commands: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    '&': '\\&',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '^': '\\textasciicircum{}',
    '~': '\\textasciitilde{}',
  };
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (character) => commands[character]!);
}

/** A URL for a BibTeX `url` field, which biblatex and the url package read verbatim: only braces would unbalance it. */
const bibtexUrl = (url: string) => url.replaceAll('{', '%7B').replaceAll('}', '%7D');

/** The citation key: BibTeX keys may not hold spaces, commas, braces, quotes, `#`, `%` or `=`. */
const bibtexKey = (key: string) => key.replace(/[\s,{}"#%='()\\]/g, '-');

/**
 * A BibTeX entry. `@techreport` with `institution` and `type` is the standard type both BibTeX and biblatex know (biblatex
 * reads it as `@report`). The author and institution are in double braces, the mark of a corporate name, which is
 * then never split into given and family names; the title too, so styles that lower-case titles leave it alone.
 * `date` and `urldate` are biblatex's; classic BibTeX styles use `year`.
 */
export function toBibtex(record: CitationRecord): string {
  const fields: [string, string][] = [
    ['author', `{${bibtexText(record.author)}}`],
    ['title', `{${bibtexText(record.title[record.language])}}`],
    ['institution', `{${bibtexText(record.author)}}`],
    ['type', bibtexText(record.kind)],
    ['address', bibtexText(record.place)],
    ['year', String(record.year)],
    ['date', record.date ?? String(record.year)],
    ['langid', record.language === 'zh' ? 'chinese' : 'english'],
    ['url', bibtexUrl(record.url)],
  ];
  if (record.accessed) fields.push(['urldate', record.accessed]);
  if (record.note) fields.push(['note', bibtexText(record.note)]);
  return `@techreport{${bibtexKey(record.key)},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/** An RIS date: `YYYY/MM/DD`, from an ISO date. */
const risDate = (iso: string) => iso.replaceAll('-', '/');

/**
 * An RIS record (`TY  - RPRT`, a report), lines ending in CR LF as the format's specification asks. A field is one
 * line: line breaks in a value become spaces; nothing else needs escaping.
 */
export function toRis(record: CitationRecord): string {
  const lines: [string, string][] = [
    ['TY', 'RPRT'],
    ['ID', record.key],
    ['TI', record.title[record.language]],
    ['AU', record.author],
    ['PB', record.author],
    ['CY', record.place],
    ['PY', String(record.year)],
  ];
  if (record.date) lines.push(['DA', risDate(record.date)]);
  lines.push(['M3', record.kind], ['LA', record.language], ['UR', record.url]);
  if (record.accessed) lines.push(['Y2', risDate(record.accessed)]);
  if (record.note) lines.push(['N1', record.note]);
  return `${[...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\r\n')}\r\n`;
}

/** One CSL-JSON item, the data model of Zotero's and Pandoc's citation processors. */
export function cslItem(record: CitationRecord): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: record.key,
    type: 'report',
    title: oneLine(record.title[record.language]),
    // A literal name: the government is one name, not a family and given name.
    author: [{ literal: record.author }],
    publisher: record.author,
    'publisher-place': record.place,
    genre: record.kind,
    issued: { 'date-parts': [dateParts(record)] },
    language: record.language,
    URL: record.url,
  };
  // The English title is the site's rendering of a Chinese document: the Chinese title is the original.
  if (record.language !== 'zh') item['original-title'] = oneLine(record.title.zh);
  if (record.accessed) item['accessed'] = { 'date-parts': [record.accessed.split('-').map(Number)] };
  if (record.note) item['note'] = record.note;
  return item;
}

/** A CSL-JSON file: an array of items, here one. */
export function toCslJson(record: CitationRecord): string {
  return `${JSON.stringify([cslItem(record)], null, 2)}\n`;
}

/** The record in one of the three formats. */
export function formatCitation(format: CitationFormat, record: CitationRecord): string {
  if (format === 'bibtex') return toBibtex(record);
  if (format === 'ris') return toRis(record);
  return toCslJson(record);
}

/** A Highwire Press `<meta name="citation_…">` tag, the metadata Google Scholar and Zotero read from a page. */
export interface HighwireTag {
  name: string;
  content: string;
}

/**
 * The Highwire Press tags of a report page, or of a section page when `section` (its heading line) is given. Zotero's
 * Embedded Metadata translator makes a report page a "report" (from `citation_technical_report_institution`) and a
 * section page a "book section" of the report (from `citation_inbook_title`, which it reads as the book's title).
 * Dates are `YYYY/MM/DD` (`YYYY/MM`, or the year, where the source states no day).
 */
export function highwireTags(record: CitationRecord, section?: string): HighwireTag[] {
  const title = record.title[record.language];
  const date = risDate(record.date ?? String(record.year));
  const tags: HighwireTag[] = section === undefined ? [{ name: 'citation_title', content: title }] : [{ name: 'citation_title', content: section }, { name: 'citation_inbook_title', content: title }];
  tags.push(
    { name: 'citation_author', content: record.author },
    { name: 'citation_publication_date', content: date },
    { name: 'citation_date', content: date },
    { name: 'citation_language', content: record.language },
    { name: 'citation_public_url', content: record.url },
    { name: 'citation_publisher', content: record.author },
  );
  if (section === undefined) tags.push({ name: 'citation_technical_report_institution', content: record.author });
  return tags.map((tag) => ({ name: tag.name, content: oneLine(tag.content) }));
}
