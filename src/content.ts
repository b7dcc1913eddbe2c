/** The only module that queries content collections; pages import what they need from here. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { useTranslations, type Locale } from './i18n/index.ts';
import { facetValues } from './lib/atlas-order.ts';
import { reportPages, sectionHeading, type SectionHeading } from './lib/report-view.ts';
import { aboutPath, comparePath, dataPath, glossaryPath, glossaryUsesPath, homePath, placePath, placesPath, reportsFacetPath, reportsIndexPath, searchPath, targetsPath } from './lib/urls.ts';
import { adminLevelSchema } from './schema/manifest.ts';
import { buildGlossaryIndex } from './lib/glossary.ts';
import { groupOccurrences, occurrencePages } from './lib/glossary-view.ts';
import { compareYears } from './lib/compare-view.ts';
import { extractFigures } from './lib/indicators.ts';
import { TARGETS_PER_PAGE, trackTargets, type TargetOutcome } from './lib/target-tracker.ts';
import { pagesOf } from './lib/paging.ts';
import { findReportMentions } from './lib/place-mentions.ts';
import { planIndicators } from './lib/plan-tables.ts';
import { sourceFiles, type SourceFiles } from './lib/open-data.ts';
import { flattenSections } from './lib/report-nav.ts';
import { linkableTexts, type Occurrence } from './lib/term-matching.ts';
import { englishOfBlocks } from './lib/translation.ts';
import type { PlacesFile } from './schema/places.ts';
import type { Redirect } from './schema/redirects.ts';
import type { CorrectionsFile, SourceRepository } from './schema/sources.ts';
import type { TranslationFile } from './schema/translation.ts';
import type { Section } from './pipeline/types.ts';
import type { HeadingsFile } from './schema/headings.ts';
import type { ReportDocument } from './schema/report.ts';

/** All reports, newest first, then by id for a stable order. */
export const reports: ReportDocument[] = (await getCollection('reports'))
  .map((entry) => entry.data)
  .sort((a, b) => b.report.year - a.report.year || a.report.id.localeCompare(b.report.id));

// Builds run from the project root; bundled modules cannot locate seeds/ relative to themselves.
const reportSourceFiles = new Map<string, SourceFiles>(
  reports.map(({ report }) => {
    const converted = join(process.cwd(), 'content', 'reports', `${report.id}.converted.txt`);
    // A Word document or web page is published as the text `npm run content` converted it to.
    const text = existsSync(converted) ? readFileSync(converted, 'utf8') : null;
    return [report.id, sourceFiles(report, readFileSync(join(process.cwd(), 'seeds', report.file)), text)];
  }),
);

/** The open data page lists each report's files; past this many reports, a page at a time (about 0.8 KB a report). */
export const REPORTS_PER_DATA_PAGE = 200;
/** The reports of each open data page, in the atlas's order. */
export function dataPages(): ReportDocument[][] {
  return pagesOf(reports, () => 1, REPORTS_PER_DATA_PAGE);
}

/** A report's downloadable text: the UTF-8 text, and the received bytes where they differ from it. */
export function sourceFilesOf(reportId: string): SourceFiles {
  const files = reportSourceFiles.get(reportId);
  if (!files) throw new Error(`no report ${reportId}`);
  return files;
}

const englishHeadings = new Map<string, HeadingsFile>((await getCollection('headings')).map((entry) => [entry.id, entry.data]));

/** A section's title in a language: as printed in Chinese; the translators' version in English (null if lost). */
export function sectionTitle(reportId: string, section: Section, locale: Locale): string | null {
  if (locale === 'zh') return section.title;
  return englishHeadings.get(reportId)?.sections[section.id]?.en ?? null;
}

const sectionsById = new Map(reports.map((document) => [document.report.id, new Map(flattenSections(document.tree.sections).map((section) => [section.id, section]))]));
/** The heading of a report's section in a language, as the concordances show it (null: the report's opening). */
export function sectionHeadingOf(reportId: string, sectionId: string | null, locale: Locale): SectionHeading {
  const t = useTranslations(locale);
  if (sectionId === null) return { label: '', title: t('glossary.reportOpening'), lang: null };
  const section = sectionsById.get(reportId)!.get(sectionId)!;
  return sectionHeading(section, sectionTitle(reportId, section, locale), locale, t);
}

/** Whether every section of a report has its English heading. */
export function hasEnglishHeadings(reportId: string): boolean {
  return englishHeadings.has(reportId);
}

const editorialPages = await getCollection('pages');

/** An editorial MDX page (`about`) in one language. */
export function editorialPage(name: string, locale: Locale): CollectionEntry<'pages'> {
  const page = editorialPages.find((entry) => entry.id === `${name}/${locale}`);
  if (!page) throw new Error(`content/pages/${name}/${locale}.mdx is missing`);
  return page;
}

/** Glossary entries ordered by pinyin, and everything computed from them against the reports. */
export const glossary = buildGlossaryIndex(
  (await getCollection('glossary')).map((entry) => entry.data).sort((a, b) => a.pinyin.localeCompare(b.pinyin)),
  reports,
);

/** Places (Shanxi, Yuncheng and its counties), their group abbreviations and non-mentions. */
export const places: PlacesFile = (await getCollection('places'))[0]!.data;

/** Pages that moved, each kept as a forwarding page at its old address. */
/** The collections reports are taken from, by `owner/name`. */
export const sourceRepositories: Map<string, SourceRepository> = new Map(
  (await getCollection('sources'))[0]!.data.repositories.map((repository) => [repository.repository, repository]),
);

/** Where errors are reported, and the corrections made. */
export const corrections: CorrectionsFile = (await getCollection('corrections'))[0]!.data;

export const redirects: Redirect[] = (await getCollection('redirects'))[0]!.data.redirects;

/** Where each report names other places, per paragraph. */
export const mentions = reports.flatMap((document) => findReportMentions(document.report.id, document.report.place.id, document.tree, places));

/** Headline figures stated by the reports, and the five-year plan's indicator tables. */
export const figures = reports.flatMap(extractFigures);
export const planTables = reports.flatMap(planIndicators);
/** Every target with what the same place's later reports say of it. */
export const targetOutcomes = trackTargets(
  figures,
  reports.map(({ report }) => ({ id: report.id, place: report.place.id, year: report.year })),
);
const placeOfReport = new Map(reports.map(({ report }) => [report.id, report.place.id]));
/** A targets page's filter: one place, indicator or year. */
export type TargetFilter = { by: 'place' | 'indicator' | 'year'; value: string };
const filterValue = (outcome: TargetOutcome, by: TargetFilter['by']) => (by === 'place' ? placeOfReport.get(outcome.target.report)! : by === 'indicator' ? outcome.target.indicator : String(outcome.target.year));
/** The filters of the targets pages: every place, indicator and year that has a target. */
export const targetFilters: TargetFilter[] = (['place', 'indicator', 'year'] as const).flatMap((by) =>
  [...new Set(targetOutcomes.map((outcome) => filterValue(outcome, by)))].sort().map((value) => ({ by, value })),
);
/** The targets a tracker page lists, all or those of one filter, cut into pages of `TARGETS_PER_PAGE`. */
export function targetPages(filter: TargetFilter | null): { outcomes: TargetOutcome[]; pages: TargetOutcome[][] } {
  const outcomes = filter ? targetOutcomes.filter((outcome) => filterValue(outcome, filter.by) === filter.value) : targetOutcomes;
  return { outcomes, pages: pagesOf(outcomes, () => 1, TARGETS_PER_PAGE) };
}

const translationFiles = new Map<string, TranslationFile>((await getCollection('translations')).map((entry) => [entry.data.report, entry.data]));

/** The English translation file of a report, if any. */
export function translationFile(reportId: string): TranslationFile | undefined {
  return translationFiles.get(reportId);
}

/**
 * Current English of the plan tables' cells, captions and box titles, by `<report>/<section>#<table>:r<row>c<column>`, for the
 * compare page (the cells are translation units like paragraphs; stale or missing ones are left out).
 */
export const planTableEnglish: Map<string, string> = new Map(
  reports.flatMap((document) => {
    const file = translationFile(document.report.id);
    return flattenSections(document.tree.sections).flatMap((section) =>
      [...englishOfBlocks(section.blocks, section.id, section.id, file)].filter(([key]) => /:(?:r\d|caption$|title$)/.test(key)).map(([key, en]) => [`${document.report.id}/${section.id}#${key}`, en] as const),
    );
  }),
);

const unitTexts = new Map<string, Map<string, string>>();
/**
 * The text an occurrence's spans refer to: its paragraph or list, or its section's heading (anchor null). Built once
 * per report, for the glossary's concordance.
 */
export function occurrenceText(occurrence: Occurrence): string {
  let texts = unitTexts.get(occurrence.report);
  if (!texts) {
    const document = reports.find((candidate) => candidate.report.id === occurrence.report)!;
    texts = new Map(linkableTexts(document.tree).map((unit) => [`${unit.section}|${unit.anchor}`, unit.text]));
    unitTexts.set(occurrence.report, texts);
  }
  return texts.get(`${occurrence.section}|${occurrence.anchor}`) ?? '';
}

/** Every page's Chinese path (the sitemap lists each in both languages). */
export function pagePaths(): string[] {
  return [
    homePath('zh'),
    searchPath('zh'),
    aboutPath('zh'),
    ...dataPages().map((_, index) => dataPath('zh', index + 1)),
    glossaryPath('zh'),
    placesPath('zh'),
    comparePath('zh'),
    ...(compareYears(figures) ?? []).map(({ year }) => comparePath('zh', year)),
    reportsIndexPath('zh'),
    ...facetValues(reports, places, adminLevelSchema.options).map((value) => reportsFacetPath('zh', value.facet, value.value)),
    ...places.places.map((place) => placePath('zh', place.id)),
    ...glossary.entries.flatMap((entry) => occurrencePages(groupOccurrences(glossary.occurrences.get(entry.slug)!, reports, 'zh', occurrenceText)).map((_, index) => glossaryUsesPath('zh', entry.slug, index + 1))),
    ...reports.flatMap((document) => reportPages(document, 'zh').map((page) => page.path)),
    ...[null, ...targetFilters].flatMap((filter) => targetPages(filter).pages.map((_, index) => targetsPath('zh', filter ?? undefined, index + 1))),
  ];
}
