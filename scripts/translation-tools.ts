/**
 * Tools for translators.
 *   node scripts/translation-tools.ts units <report-id>            → the units to translate, as JSON, each with its
 *       fingerprint, the Chinese, and the glossary renderings and place names its English must use
 *   node scripts/translation-tools.ts check <report-id> [<file>]   → problems of a translation file (default:
 *       content/translations/<report-id>.json): stale or unknown keys, figures, terms, places, stray Chinese
 *   node scripts/translation-tools.ts report                        → state (translated / partly / pending) and
 *       translated / stale / missing units per report
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inScope } from '../src/lib/term-matching.ts';
import { toPattern } from '../src/lib/glossary.ts';
import { findTerms } from '../src/lib/term-matching.ts';
import { findPlaceMentions } from '../src/lib/place-mentions.ts';
import { fingerprint, missingFigures, missingPlaces, missingTerms, renderingCore, reportTranslationState, strayChinese, translationCounts, translationUnits } from '../src/lib/translation.ts';
import { glossaryEntrySchema } from '../src/schema/glossary.ts';
import { placesFileSchema } from '../src/schema/places.ts';
import { reportDocumentSchema, type ReportDocument } from '../src/schema/report.ts';
import { translationFileSchema, type TranslationFile } from '../src/schema/translation.ts';

const root = new URL('..', import.meta.url).pathname;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const entries = readdirSync(join(root, 'content', 'glossary')).map((name) => glossaryEntrySchema.parse(readJson(join(root, 'content', 'glossary', name))));
const places = placesFileSchema.parse(readJson(join(root, 'content', 'places.json')));
const documentOf = (id: string): ReportDocument => reportDocumentSchema.parse(readJson(join(root, 'content', 'reports', `${id}.json`)));
const fileOf = (id: string, path = join(root, 'content', 'translations', `${id}.json`)): TranslationFile | undefined => (existsSync(path) ? translationFileSchema.parse(readJson(path)) : undefined);

/** Problems of one translated unit, as lines. */
export function unitProblems(reportId: string, unit: { key: string; zh: string; section: string | null }, en: string): string[] {
  const problems: string[] = [];
  const figures = missingFigures(unit.zh, en);
  if (figures.length) problems.push(`figures missing or different: ${figures.join(', ')}`);
  const terms = missingTerms(unit.zh, en, entries, reportId, unit.section);
  if (terms.length) problems.push(`glossary terms not rendered: ${terms.map((term) => `${term} → ${renderingCore(entries.find((entry) => entry.term === term)!)[0]}`).join('; ')}`);
  const stray = strayChinese(en);
  if (stray.length) problems.push(`Chinese outside brackets: ${stray.join(' ')}`);
  const placeIds = missingPlaces(unit.zh, en, places);
  if (placeIds.length) problems.push(`place names missing: ${placeIds.map((id) => places.places.find((place) => place.id === id)!.en).join(', ')}`);
  return problems;
}

const [command, reportId, path] = process.argv.slice(2);
if (command === 'units' && reportId) {
  const document = documentOf(reportId);
  const units = translationUnits(document).map((unit) => {
    const applicable = entries.filter((entry) => inScope(toPattern(entry), reportId, unit.section));
    const slugs = new Set(findTerms(unit.zh, applicable.map(toPattern)).map((span) => span.slug));
    return {
      key: unit.key,
      source: fingerprint(unit.zh),
      zh: unit.zh,
      terms: applicable.filter((entry) => slugs.has(entry.slug)).map((entry) => ({ term: entry.term, rendering: entry.en.rendering, mustContain: renderingCore(entry)[0] })),
      places: [...new Set(findPlaceMentions(unit.zh, places, null).map((mention) => places.places.find((place) => place.id === mention.place)!.en))],
    };
  });
  process.stdout.write(`${JSON.stringify(units, null, 1)}\n`);
} else if (command === 'check' && reportId) {
  const document = documentOf(reportId);
  const file = fileOf(reportId, path);
  const units = new Map(translationUnits(document).map((unit) => [unit.key, unit]));
  let problems = 0;
  for (const [key, entry] of Object.entries(file?.units ?? {})) {
    const unit = units.get(key);
    const lines = !unit ? ['no such unit'] : entry.source !== fingerprint(unit.zh) ? ['stale: the Chinese changed since this was translated'] : unitProblems(reportId, unit, entry.en);
    for (const line of lines) console.log(`${key}: ${line}`);
    problems += lines.length;
  }
  console.log(`${Object.keys(file?.units ?? {}).length} units checked, ${problems} problems`);
  process.exitCode = problems === 0 ? 0 : 1;
} else if (command === 'report') {
  for (const name of readdirSync(join(root, 'content', 'reports')).filter((candidate) => candidate.endsWith('.json'))) {
    const id = name.replace(/\.json$/, '');
    const counts = translationCounts(documentOf(id), fileOf(id));
    const headings = existsSync(join(root, 'content', 'headings', `${id}.json`));
    console.log(`${id}: ${reportTranslationState(counts, headings)}: ${counts.translated} translated, ${counts.stale} stale, ${counts.missing} missing, headings ${headings ? 'in English' : 'pending'}`);
  }
} else {
  console.error('usage: node scripts/translation-tools.ts units <report-id> | check <report-id> [<file>] | report');
  process.exitCode = 1;
}
