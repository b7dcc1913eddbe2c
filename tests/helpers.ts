import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportDocument } from '../src/lib/report-document.ts';
import { decodeReport, parseReport, type Block, type ReportTree, type Section } from '../src/pipeline/index.ts';
import { manifestSchema, type ManifestEntry } from '../src/schema/manifest.ts';
import { readSeed } from '../scripts/seed-files.ts';
import type { ReportDocument } from '../src/schema/report.ts';
import { reportExpectationsSchema, type ReportExpectations } from '../src/schema/expected.ts';
import { expectationsFileName } from '../src/lib/report-expectations.ts';

export const root = new URL('..', import.meta.url).pathname;
export const seedsDir = join(root, 'seeds');
export const fixturesDir = join(root, 'tests', 'fixtures', 'reports');

export const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')));

export function seedEntry(id: string): ManifestEntry {
  const entry = manifest.reports.find((report) => report.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  return entry;
}

export function seedBytes(id: string): Uint8Array {
  return readFileSync(join(seedsDir, seedEntry(id).file));
}

const seedInputs = new Map(await Promise.all(manifest.reports.map(async (entry) => [entry.id, await readSeed(seedsDir, entry)] as const)));

/** Parses a seed the way the content build does: manifest check, overrides, suspected typos, schema. */
export function buildSeed(id: string): ReportDocument {
  const seed = seedInputs.get(id);
  if (!seed) throw new Error(`no manifest entry ${id}`);
  return buildReportDocument(seedEntry(id), seed.bytes, seed.options, `seeds/${id}.txt`);
}

/** What a person reviewed of a seed's parse (`seeds/<id>.expected.json`), or null when the file is missing. */
export function seedExpectations(id: string): ReportExpectations | null {
  const file = join(seedsDir, expectationsFileName(id));
  return existsSync(file) ? reportExpectationsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(fixturesDir, name));
}

export function parseFixture(name: string): ReportTree {
  return parseReport(decodeReport(fixtureBytes(name)).text);
}

/** Parses a report given inline, as lines joined by blank lines (the seeds' paragraph convention). */
export function parseParagraphs(...paragraphs: string[]): ReportTree {
  return parseReport(paragraphs.join('\n\n'));
}

export function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

export function sectionById(tree: ReportTree, id: string): Section {
  const section = allSections(tree.sections).find((candidate) => candidate.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return section;
}

/** Every text string of a block, in reading order. */
function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((item) => item.text);
    case 'gap':
      return [];
    case 'table':
      return [block.label ?? '', block.title ?? '', ...block.rows.flatMap((row) => row.cells.map((cell) => cell.text))];
    case 'box':
      return [block.label, block.title, ...block.blocks.flatMap(blockTexts)];
  }
}

/** Every text string the tree publishes, in reading order. */
export function publishedTexts(tree: ReportTree): string[] {
  const sectionTexts = (section: Section): string[] => [
    section.label ?? '',
    section.title ?? '',
    ...section.blocks.flatMap(blockTexts),
    ...section.children.flatMap(sectionTexts),
    ...section.afterChildren.flatMap(blockTexts),
  ];
  return [
    ...tree.front.map((item) => item.text),
    ...tree.preamble.flatMap(blockTexts),
    ...tree.sections.flatMap(sectionTexts),
    ...tree.closing.flatMap(blockTexts),
    ...tree.appendices.flatMap((appendix) => [appendix.label, appendix.title ?? '', ...appendix.blocks.flatMap(blockTexts)]),
    tree.notesHeading?.text ?? '',
    ...tree.notes.flatMap((note) => [note.marker, note.label, note.separator, note.text]),
    ...tree.colophon.map((item) => item.text),
  ];
}

/** Non-whitespace characters of a string, as an array of code points. */
const visible = (text: string): string[] => [...text.replace(/\s/gu, '')];

function tally(characters: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const character of characters) counts.set(character, (counts.get(character) ?? 0) + 1);
  return counts;
}

/**
 * Nothing lost, nothing invented: the source's non-whitespace characters are exactly the published ones plus
 * the logged removals, and the published text follows the source order.
 */
export function checkConservation(source: string, tree: ReportTree) {
  const sourceCharacters = visible(source);
  const published = visible(publishedTexts(tree).join(''));
  const removed = visible(tree.removals.map((removal) => removal.text).join(''));
  const expected = tally(sourceCharacters);
  for (const character of [...published, ...removed]) expected.set(character, (expected.get(character) ?? 0) - 1);
  const unaccounted = [...expected].filter(([, count]) => count > 0).map(([character, count]) => `${character}×${count}`);
  const invented = [...expected].filter(([, count]) => count < 0).map(([character, count]) => `${character}×${-count}`);

  // Order: the published characters appear in the source in the same order.
  let cursor = 0;
  let outOfOrder = -1;
  for (const [index, character] of published.entries()) {
    while (cursor < sourceCharacters.length && sourceCharacters[cursor] !== character) cursor++;
    if (cursor === sourceCharacters.length) {
      outOfOrder = index;
      break;
    }
    cursor++;
  }
  return { unaccounted, invented, outOfOrder, sourceCount: sourceCharacters.length, publishedCount: published.length, removedCount: removed.length };
}

