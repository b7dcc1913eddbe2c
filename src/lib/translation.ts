import { createHash } from 'node:crypto';
import type { Block, Section, Table } from '../pipeline/types.ts';
import { normalizePunctuation } from '../pipeline/index.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { PlacesFile } from '../schema/places.ts';
import type { ReportDocument } from '../schema/report.ts';
import type { TranslationFile } from '../schema/translation.ts';
import { toPattern } from './glossary.ts';
import { findPlaceMentions } from './place-mentions.ts';
import { findTerms, inScope } from './term-matching.ts';

/**
 * One translatable unit, keyed `<section>#<anchor>` (a paragraph or list), `<section>#<box>:title`,
 * `<section>#<table>:caption` and `<section>#<table>:r<row>c<cell>` (table cells with Chinese), `report#<anchor>`
 * (opening and closing), `notes#<n>`, `colophon#<n>`.
 */
export interface TranslationUnit {
  key: string;
  zh: string;
  section: string | null;
}

/**
 * Fingerprint of a Chinese text as displayed: a translation made for another text (after a parser fix or a new
 * join) no longer matches and is reported stale.
 */
export function fingerprint(zh: string): string {
  return createHash('sha256').update(normalizePunctuation(zh)).digest('hex').slice(0, 16);
}

const HAN = /\p{Script=Han}/u;

/** Table units: its caption and every cell with Chinese in it (numbers and dashes need no translation). */
function tableUnits(table: Table, section: string | null, prefix: string): TranslationUnit[] {
  const caption = [table.label, table.title].filter(Boolean).join('');
  return [
    ...(caption ? [{ key: `${prefix}#${table.id}:caption`, zh: caption, section }] : []),
    ...table.rows.flatMap((row, rowIndex) => row.cells.flatMap((cell, cellIndex) => (HAN.test(cell.text) ? [{ key: `${prefix}#${table.id}:r${rowIndex}c${cellIndex}`, zh: cell.text, section }] : []))),
  ];
}

function blockUnits(blocks: Block[], section: string | null, prefix: string): TranslationUnit[] {
  return blocks.flatMap((block): TranslationUnit[] => {
    if (block.type === 'paragraph') return [{ key: `${prefix}#${block.id}`, zh: block.text, section }];
    if (block.type === 'list') return [{ key: `${prefix}#${block.id}`, zh: block.items.map((item) => item.text).join('\n'), section }];
    if (block.type === 'box') return [{ key: `${prefix}#${block.id}:title`, zh: `${block.label}${block.title}`, section }, ...blockUnits(block.blocks, section, prefix)];
    if (block.type === 'table') return tableUnits(block, section, prefix);
    return [];
  });
}

/** Every unit of a report that needs an English version (headings are translated in content/headings/). */
export function translationUnits(document: ReportDocument): TranslationUnit[] {
  const walk = (section: Section): TranslationUnit[] => [...blockUnits(section.blocks, section.id, section.id), ...section.children.flatMap(walk), ...blockUnits(section.afterChildren, section.id, section.id)];
  return [
    ...blockUnits(document.tree.preamble, null, 'report'),
    ...document.tree.sections.flatMap(walk),
    ...blockUnits(document.tree.closing, null, 'report'),
    ...document.tree.notes.map((note) => ({ key: `notes#${note.number}`, zh: `${note.label}${note.separator}${note.text}`, section: null })),
    ...document.tree.colophon.map((item, index) => ({ key: `colophon#${index + 1}`, zh: item.text, section: null })),
  ];
}

export type TranslationState = 'translated' | 'stale' | 'missing';

/** The English text of a unit if its translation matches the current Chinese, and the unit's state. */
export function translationOf(unit: TranslationUnit, file: TranslationFile | undefined): { state: TranslationState; en: string | null } {
  const entry = file?.units[unit.key];
  if (!entry) return { state: 'missing', en: null };
  if (entry.source !== fingerprint(unit.zh)) return { state: 'stale', en: null };
  return { state: 'translated', en: entry.en };
}

/** Counts per state for the translation report. */
export function translationCounts(document: ReportDocument, file: TranslationFile | undefined): Record<TranslationState, number> {
  const counts: Record<TranslationState, number> = { translated: 0, stale: 0, missing: 0 };
  for (const unit of translationUnits(document)) counts[translationOf(unit, file).state]++;
  return counts;
}

/** A report's English as a whole, as the about page lists it. */
export type ReportTranslationState = 'translated' | 'partly' | 'pending';

/**
 * What an English reader gets of a report. translated: every unit current and the headings in English; pending: no
 * current unit and no English heading (a normal state: the English pages show the Chinese under a notice); partly:
 * anything between.
 * @example reportTranslationState({ translated: 0, stale: 0, missing: 120 }, false) // => 'pending'
 */
export function reportTranslationState(counts: Record<TranslationState, number>, hasHeadings: boolean): ReportTranslationState {
  if (counts.stale === 0 && counts.missing === 0 && hasHeadings) return 'translated';
  if (counts.translated === 0 && !hasHeadings) return 'pending';
  return 'partly';
}

const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };

/**
 * The figures of a Chinese text as numbers in base units: `172.71 亿元` → 17 271 000 000, `47.87 万人次` → 478 700,
 * `5.5 万亿元` → 5 500 000 000 000, `4.5%` → 4.5, `2035 年` → 2035, `1—2 家` → 1 and 2.
 */
export function chineseFigures(zh: string): number[] {
  return [...zh.matchAll(CHINESE_FIGURE)].map((match) => Number(match[1]) * (match[2] ? MULTIPLIERS[match[2]]! : 1));
}

/** A number, optionally `余`/`多` (more than), then 万亿 (trillion), 亿 or 万: `5000 余万元` is 50 million and more. */
const CHINESE_FIGURE = /(\d+(?:\.\d+)?)\s*(?:余|多)?\s*(万亿|亿|万)?/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ENGLISH_MULTIPLIERS: Record<string, number> = { billion: 1e9, million: 1e6, thousand: 1e3, trillion: 1e12 };

/** The numbers of an English text, with `billion`, `million` and `thousand` applied and separators removed. */
export function englishFigures(en: string): number[] {
  return [...en.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(billion|million|thousand|trillion)?/gi)].map((match) => Number(match[1]!.replace(/,/g, '')) * (match[2] ? ENGLISH_MULTIPLIERS[match[2].toLowerCase()]! : 1));
}

/** Figures of the Chinese text that the English does not give with the same value. */
export function missingFigures(zh: string, en: string): number[] {
  const english = englishFigures(en);
  const lower = en.toLowerCase();
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 1e-9);
  const matches = [...zh.matchAll(CHINESE_FIGURE)];
  // A figure counts as given when the English has it as such, or unscaled; a month (9月) also as its name (September).
  return chineseFigures(zh).filter((value, index, all) => {
    const match = matches[index]!;
    const isMonth = zh[match.index + match[0].length] === '月' && value >= 1 && value <= 12 && !match[2];
    if (isMonth && lower.includes(MONTHS[value - 1]!)) return false;
    return !english.some((number) => close(number, value) || close(number, Number(match[1]))) && all.indexOf(value) === index;
  });
}

/** How a glossary term must appear in English: the part of its rendering in quotation marks, or the whole rendering. */
export function renderingCore(entry: GlossaryEntry): string[] {
  const quoted = /[“"]([^”"]+)[”"]/.exec(entry.en.rendering)?.[1];
  return [quoted ?? entry.en.rendering.replace(/^the\s+/i, ''), entry.term];
}

/** Glossary terms in the Chinese text whose rendering (or the Chinese term in brackets) the English lacks. */
export function missingTerms(zh: string, en: string, entries: GlossaryEntry[], reportId: string, section: string | null): string[] {
  const applicable = entries.filter((entry) => inScope(toPattern(entry), reportId, section));
  const found = new Set(findTerms(zh, applicable.map(toPattern)).map((span) => span.slug));
  const lower = en.toLowerCase();
  return applicable.filter((entry) => found.has(entry.slug) && !renderingCore(entry).some((form) => lower.includes(form.toLowerCase()))).map((entry) => entry.term);
}

/** Chinese characters in English text outside brackets (where a name in Chinese is given and marked as Chinese). */
export function strayChinese(en: string): string[] {
  const outside = en.replace(/[（(][^（）()]*[）)]/g, '');
  return [...new Set(outside.match(/\p{Script=Han}+/gu) ?? [])];
}

/** Places named in the Chinese whose English name (or its short form without District/City/County) the English lacks. */
export function missingPlaces(zh: string, en: string, places: PlacesFile): string[] {
  const names = new Set(findPlaceMentions(zh, places, null).map((mention) => mention.place));
  return [...names].filter((id) => {
    const place = places.places.find((candidate) => candidate.id === id)!;
    const short = place.en.replace(/\s+(District|City|County|Province)$/, '');
    return !en.includes(short);
  });
}

/** Current English texts of some blocks, by block id (or `<table>:r1c2`, `<box>:title`), for rendering (`prefix` is the section id or `report`). */
export function englishOfBlocks(blocks: Block[], section: string | null, prefix: string, file: TranslationFile | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const unit of blockUnits(blocks, section, prefix)) {
    const { en } = translationOf(unit, file);
    if (en !== null) map.set(unit.key.split('#')[1]!, en);
  }
  return map;
}

/** Units of some blocks that have no current translation. */
export function untranslatedCount(blocks: Block[], section: string | null, prefix: string, file: TranslationFile | undefined): number {
  return blockUnits(blocks, section, prefix).filter((unit) => translationOf(unit, file).state !== 'translated').length;
}
