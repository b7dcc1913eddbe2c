import type { Locale } from '../i18n/index.ts';
import { languageTags, useTranslations } from '../i18n/index.ts';
import type { Block, Section } from '../pipeline/types.ts';
import { normalizePunctuation } from '../pipeline/index.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { Place } from '../schema/places.ts';
import type { ReportDocument } from '../schema/report.ts';
import { plainPinyin } from './glossary-view.ts';
import { headingLine, sectionHeading } from './report-view.ts';
import { indexTokens, searchWords } from './search-text.ts';
import { appendixBlocks, flattenSections } from './report-nav.ts';
import { translationOf, translationUnits } from './translation.ts';
import type { TranslationFile } from '../schema/translation.ts';
import { glossaryEntryPath, placePath, reportPath, sectionPath } from './urls.ts';

/** A record for Pagefind's index (its `CustomRecord`), built from content rather than from HTML pages. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The index language of a locale, as Pagefind names it from `<html lang>`. */
const indexLanguage = (locale: Locale) => languageTags[locale].toLowerCase();

function paragraphsOf(blocks: Block[]): { id: string; text: string }[] {
  return blocks.flatMap((block) => (block.type === 'paragraph' ? [{ id: block.id, text: block.text }] : block.type === 'box' ? paragraphsOf(block.blocks) : block.type === 'list' ? [{ id: block.id, text: block.items.map((item) => item.text).join('\n') }] : []));
}

/**
 * The searchable lines of tables and boxes, each under the anchor the page gives it: a box's title (`#box-2`), a
 * table's caption (`#table-1`, `#box-2-table`) and each of its rows other than column headings (`#table-1-r3`). A row
 * reads as its cells in order, so the excerpt shows the row heading with its values.
 */
function tableAndBoxLines(blocks: Block[]): { anchor: string; text: string }[] {
  return blocks.flatMap((block): { anchor: string; text: string }[] => {
    if (block.type === 'box') return [{ anchor: block.id, text: `${block.label}${block.title}` }, ...tableAndBoxLines(block.blocks)];
    if (block.type !== 'table') return [];
    const caption = [block.label, block.title].filter((part) => part !== null).join('');
    const rows = block.rows.flatMap((row, index) => (row.kind === 'header' ? [] : [{ anchor: `${block.id}-r${index}`, text: row.cells.map((cell) => cell.text.trim()).filter((text) => text !== '').join(' · ') }]));
    return [...(caption ? [{ anchor: block.id, text: caption }] : []), ...rows].filter((line) => line.text !== '');
  });
}

/**
 * One record per paragraph, so a result links to the paragraph itself. The indexed content is the paragraph cut
 * into its search tokens (`indexTokens`, spelled by `searchWords`); the readable text travels in `meta.text` for excerpts.
 * Chinese paragraphs are indexed for the Chinese pages only: English pages show them untranslated.
 */
export function reportRecords(document: ReportDocument, englishTitle: (section: Section) => string | null): SearchRecord[] {
  const { report } = document;
  const records: SearchRecord[] = [];
  const t = useTranslations('zh');
  const filters = { place: [report.place.zh], level: [t(`level.${report.level}`)], year: [String(report.year)], kind: [t(`kind.${report.kind}`)], type: [t('search.typeSection')] };
  const sort = { date: report.date ?? String(report.year) };
  const walk = (section: Section, trail: string[]) => {
    const line = headingLine(sectionHeading(section, section.title, 'zh', t), 'zh');
    const path = [...trail, line];
    const blocks = [...section.blocks, ...section.afterChildren];
    for (const { anchor, text } of [...paragraphsOf(blocks).map((paragraph) => ({ anchor: paragraph.id, text: paragraph.text })), ...tableAndBoxLines(blocks)]) {
      records.push({
        url: `${sectionPath('zh', report.id, section.id)}#${anchor}`,
        content: searchWords(indexTokens(text)),
        language: indexLanguage('zh'),
        meta: { title: line, report: report.title.zh, place: report.place.zh, path: path.join(' › '), text: normalizePunctuation(text), date: sort.date },
        filters,
        sort,
      });
    }
    section.children.forEach((child) => walk(child, path));
  };
  document.tree.sections.forEach((section) => walk(section, []));
  for (const paragraph of paragraphsOf([...document.tree.preamble, ...document.tree.closing])) {
    records.push({
      url: `${reportPath('zh', report.id)}#${paragraph.id}`,
      content: searchWords(indexTokens(paragraph.text)),
      language: indexLanguage('zh'),
      meta: { title: report.title.zh, report: report.title.zh, place: report.place.zh, path: report.title.zh, text: normalizePunctuation(paragraph.text), date: sort.date },
      filters,
      sort,
    });
  }
  for (const appendix of document.tree.appendices) {
    const line = appendix.title === null ? appendix.label : `${appendix.label} ${normalizePunctuation(appendix.title)}`;
    for (const paragraph of paragraphsOf(appendixBlocks(appendix))) {
      records.push({
        url: `${reportPath('zh', report.id)}#${paragraph.id}`,
        content: searchWords(indexTokens(paragraph.text)),
        language: indexLanguage('zh'),
        meta: { title: line, report: report.title.zh, place: report.place.zh, path: `${report.title.zh} › ${line}`, text: normalizePunctuation(paragraph.text), date: sort.date },
        filters,
        sort,
      });
    }
  }
  // The notes appendix: each note under its anchor on the report page, its label and its explanation.
  for (const note of document.tree.notes) {
    const text = `${note.label}${note.separator}${note.text}`;
    records.push({
      url: `${reportPath('zh', report.id)}#note-${note.number}`,
      content: searchWords(indexTokens(text)),
      language: indexLanguage('zh'),
      meta: { title: `${report.title.zh} · ${t('report.notes')} ${note.number}`, report: report.title.zh, place: report.place.zh, path: report.title.zh, text: normalizePunctuation(text), date: sort.date },
      filters,
      sort,
    });
  }
  // English pages: each section is findable by its English heading, or by its number while that is pending (the
  // page shows the Chinese heading then), and by its Chinese title cut like the Chinese index.
  const tEn = useTranslations('en');
  const walkEnglish = (section: Section) => {
    const heading = sectionHeading(section, englishTitle(section), 'en', tEn);
    const line = headingLine(heading, 'en');
    records.push({
      url: sectionPath('en', report.id, section.id),
      content: [heading.lang === null ? line : heading.label, searchWords(indexTokens(section.title ?? ''))].filter((part) => part !== '').join(' '),
      language: indexLanguage('en'),
      meta: { title: line, report: report.title.en, place: report.place.en, path: line, text: line, date: sort.date },
      filters: { place: [report.place.en], level: [tEn(`level.${report.level}`)], year: [String(report.year)], kind: [tEn(`kind.${report.kind}`)], type: [tEn('search.typeSection')] },
      sort,
    });
    section.children.forEach(walkEnglish);
  };
  document.tree.sections.forEach(walkEnglish);
  return records;
}

/** All the forms a glossary entry or place can be looked up by: Chinese, aliases, pinyin (spaced and run together), English. */
export function lookupForms(chinese: string[], pinyin: string, english: string[]): string[] {
  const plain = plainPinyin(pinyin);
  return [...chinese, plain, plain.replace(/\s+/g, ''), ...english];
}

/**
 * A glossary entry, findable from both languages' pages by its term, aliases, pinyin and English rendering.
 * `uses` (the number of reports using the term) orders entries a query matches alike: “wu zhua” shows
 * 五抓一优一促 before its earlier, rarer form 五抓一优.
 */
export function glossaryRecords(entry: GlossaryEntry, shortDefinition: Record<Locale, string>, uses: number): SearchRecord[] {
  const forms = lookupForms([entry.term, ...entry.aliases.map((alias) => alias.form)], entry.pinyin, [entry.en.rendering, entry.en.literal]);
  return (['zh', 'en'] as const).map((locale) => {
    const t = useTranslations(locale);
    return {
      url: glossaryEntryPath(locale, entry.slug),
      content: forms.map((form) => searchWords(indexTokens(form))).join(' '),
      language: indexLanguage(locale),
      meta: { title: `“${entry.term}”`, path: t('glossary.title'), text: shortDefinition[locale], forms: forms.join('|'), uses: String(uses), date: '' },
      // `lookup` (not shown as a filter) lets the search find the entries and places a query names in one small query.
      filters: { type: [t('search.typeGlossary')], lookup: ['1'] },
      sort: { date: '0000' },
    };
  });
}

/** A place, findable by its Chinese name and short forms, pinyin and English name. */
export function placeRecords(place: Place): SearchRecord[] {
  // A short form that begins the name (永济 of 永济市) is read with the name's first syllables: “yongji” names the place.
  const syllables = place.pinyin.split(/\s+/);
  const shortPinyin = place.shortForms.filter((form) => place.zh.startsWith(form)).flatMap((form) => {
    const plain = plainPinyin(syllables.slice(0, [...form].length).join(' '));
    return [plain, plain.replace(/\s+/g, '')];
  });
  const forms = [...new Set([...lookupForms([place.zh, ...place.shortForms], place.pinyin, [place.en]), ...shortPinyin])];
  return (['zh', 'en'] as const).map((locale) => {
    const t = useTranslations(locale);
    return {
      url: placePath(locale, place.id),
      content: forms.map((form) => searchWords(indexTokens(form))).join(' '),
      language: indexLanguage(locale),
      meta: { title: locale === 'zh' ? place.zh : place.en, path: t('places.title'), text: `${place.zh} · ${place.en}`, forms: forms.join('|'), date: '' },
      // No place filter: the filter offers the places that have reports, and narrows to their reports' text.
      filters: { type: [t('search.typePlace')], lookup: ['1'] },
      sort: { date: '0000' },
    };
  });
}

/**
 * English paragraphs that have a current translation: findable from the English search page, linked to the paragraph.
 * Units under one anchor make one record, in order: a table row's cells (as the Chinese index has them, so its
 * excerpt shows the row heading with its values), the colophon's lines.
 */
export function englishParagraphRecords(document: ReportDocument, file: TranslationFile | undefined, englishTitle: (section: Section) => string | null): SearchRecord[] {
  const { report } = document;
  const t = useTranslations('en');
  const sections = new Map(flattenSections(document.tree.sections).map((section) => [section.id, section]));
  const records: SearchRecord[] = [];
  let previous: SearchRecord | null = null;
  for (const unit of translationUnits(document)) {
    const { en } = translationOf(unit, file);
    if (en === null || en.trim() === '' || unit.key.startsWith('notes#')) continue;
    const [sectionId, part] = unit.key.split('#') as [string, string];
    // A table cell links to its row (`table-1:r3c0` → `table-1-r3`), a caption or box title to its table or box, a
    // colophon line to the colophon: anchors the page has.
    const anchor = sectionId === 'colophon' ? 'colophon' : part.replace(/:r(\d+)c\d+$/, '-r$1').replace(/:.*$/, '');
    const section = sections.get(sectionId);
    const url = `${section ? sectionPath('en', report.id, sectionId) : reportPath('en', report.id)}#${anchor}`;
    if (previous?.url === url) {
      previous.meta.text = `${previous.meta.text} · ${en}`;
      previous.content = searchWords(indexTokens(previous.meta.text));
      continue;
    }
    const title = section ? headingLine(sectionHeading(section, englishTitle(section), 'en', t), 'en') : report.title.en;
    const record: SearchRecord = {
      url,
      content: searchWords(indexTokens(en)),
      language: indexLanguage('en'),
      meta: { title, report: report.title.en, place: report.place.en, path: title, text: en, date: report.date ?? String(report.year) },
      filters: { place: [report.place.en], level: [t(`level.${report.level}`)], year: [String(report.year)], kind: [t(`kind.${report.kind}`)], type: [t('search.typeSection')] },
      sort: { date: report.date ?? String(report.year) },
    };
    records.push(record);
    previous = record;
  }
  return records;
}
