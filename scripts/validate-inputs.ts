/**
 * Checks every input file the content build reads besides the report texts: `seeds/manifest.json`,
 * `content/places.json` and each report's `<id>.overrides.json` / `.annotations.json` / `.expected.json`, and how they agree.
 * Every problem is one line `file:line: subject: field: message`, where the line is that of the entry (a report,
 * a place) or of the side file's item, and the subject is the report or place id, so that all of them can be
 * printed at once and fixed in one pass. The checks are pure functions of the files' text; `validateInputs` reads them.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { reportExpectationsSchema } from '../src/schema/expected.ts';
import { annotationsFileSchema, manifestSchema, overridesFileSchema, type AdminLevel, type ManifestEntry } from '../src/schema/manifest.ts';
import { placesFileSchema, type Place, type PlacesFile } from '../src/schema/places.ts';
import { issueLocation, jsonValueLines, lineOf } from '../src/lib/json-lines.ts';
import { shown } from './seed-files.ts';

/** A JSON text parsed, with its value lines; or the one problem line saying where it is not JSON. */
function parseJson(text: string, file: string): { data: unknown; lines: Map<string, number> } | string {
  try {
    const data: unknown = JSON.parse(text);
    return { data, lines: jsonValueLines(text) };
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    return `${file}:${line}: invalid JSON: ${(error as Error).message}`;
  }
}

/** The id of an array entry if it has a usable one, else its path (`reports.3`). */
function subjectOf(data: unknown, key: string, index: number): string {
  const entries = (data as Record<string, unknown> | null)?.[key];
  const id = Array.isArray(entries) ? (entries[index] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' && id !== '' ? id : `${key}.${index}`;
}

/**
 * Schema problems of a file whose top-level `key` is an array of entries with ids (`reports`, `places`): one line per
 * issue, at the line of its entry, naming the entry's id and the field within it. Issues elsewhere name their path.
 * Returns the problem lines and the indexes of the entries that have any.
 */
function schemaProblems(parsed: { data: unknown; lines: Map<string, number> }, schema: z.ZodType, file: string, key: string) {
  const problems: string[] = [];
  const failed = new Set<number>();
  const result = schema.safeParse(parsed.data);
  for (const issue of result.success ? [] : result.error.issues) {
    const [top, index, ...field] = issue.path;
    const location = issueLocation(parsed.data, parsed.lines, issue.path);
    if (top === key && typeof index === 'number') {
      failed.add(index);
      // An entry without a usable id is named by its index.
      if (location.subject === null) {
        problems.push(`${file}:${lineOf(parsed.lines, [key, index])}: ${key}.${index}: ${field.map(String).join('.') || '(entry)'}: ${issue.message}`);
        continue;
      }
    }
    problems.push(`${file}:${location.line}: ${location.subject === null ? '' : `${location.subject}: `}${location.field}: ${issue.message}`);
  }
  return { problems, failed };
}

/**
 * How far down a level is: a place must be strictly below its parent. Prefecture-level and sub-provincial cities
 * are one rank, and so are county-level cities, counties and districts (the three kinds of county-level division).
 */
export const levelRank: Record<AdminLevel, number> = {
  national: 0,
  province: 1,
  'sub-provincial-city': 2,
  'prefecture-level-city': 2,
  'county-level-city': 3,
  county: 3,
  district: 3,
};

/** The checks between places, on places that each pass the schema: ids, parents, levels, names, grid cells. */
function placeProblems(places: { place: Place; line: number }[], file: string): string[] {
  const problems: string[] = [];
  const byId = new Map<string, { place: Place; line: number }>();
  const byName = new Map<string, { place: Place; line: number }>();
  const byCell = new Map<string, { place: Place; line: number }>();
  for (const item of places) {
    const { place, line } = item;
    const at = `${file}:${line}: ${place.id}`;
    const sameId = byId.get(place.id);
    if (sameId) {
      problems.push(`${at}: id: duplicate place id (first at line ${sameId.line})`);
      continue;
    }
    byId.set(place.id, item);
    for (const name of [place.zh, ...place.shortForms]) {
      const other = byName.get(name);
      if (other && other.place.id !== place.id) problems.push(`${at}: ${name === place.zh ? 'zh' : 'shortForms'}: ${name} is already a name of ${other.place.id} (line ${other.line})`);
      else byName.set(name, item);
    }
    if (place.grid) {
      const cell = `${place.grid.column},${place.grid.row}`;
      const other = byCell.get(cell);
      if (other) problems.push(`${at}: grid: column ${place.grid.column}, row ${place.grid.row} is already ${other.place.id}'s cell (line ${other.line})`);
      else byCell.set(cell, item);
    }
  }
  for (const { place, line } of places) {
    if (byId.get(place.id)?.line !== line) continue;
    const at = `${file}:${line}: ${place.id}`;
    if (place.parent === null) {
      if (levelRank[place.level] > levelRank.province) problems.push(`${at}: parent: a ${place.level} needs a parent`);
      continue;
    }
    const parent = byId.get(place.parent)?.place;
    if (!parent) problems.push(`${at}: parent: unknown place ${place.parent}`);
    else if (levelRank[place.level] <= levelRank[parent.level]) problems.push(`${at}: level: a ${place.level} cannot be under ${parent.id}, a ${parent.level}`);
  }
  return problems;
}

/** Problem lines of one file in the order of their lines (stable: a line's problems stay in the order found). */
function byLine(problems: string[]): string[] {
  const line = (problem: string) => Number(/:(\d+): /.exec(problem)?.[1] ?? 0);
  return [...problems].sort((a, b) => line(a) - line(b));
}

/** The result of checking `content/places.json`: the places (null if the file cannot be used at all) and the problems. */
export interface PlacesCheck {
  places: PlacesFile | null;
  problems: string[];
}

/**
 * Checks the text of `content/places.json`: the schema (every place, every field), duplicate ids and names, unknown
 * parents, a place whose level is not below its parent's, two places in one grid cell, groups naming unknown places.
 */
export function checkPlaces(text: string, file: string): PlacesCheck {
  const parsed = parseJson(text, file);
  if (typeof parsed === 'string') return { places: null, problems: [parsed] };
  const { problems, failed } = schemaProblems(parsed, placesFileSchema, file, 'places');
  const raw = (parsed.data as { places?: unknown } | null)?.places;
  const valid = (Array.isArray(raw) ? raw : []).flatMap((place: unknown, index) => {
    if (failed.has(index)) return [];
    return [{ place: place as Place, line: lineOf(parsed.lines, ['places', index]) }];
  });
  problems.push(...placeProblems(valid, file));
  // Groups name places by id: any place that has an id counts, so that a group is not blamed for a place's own problem.
  const ids = new Set((Array.isArray(raw) ? raw : []).map((place: { id?: unknown } | null) => place?.id));
  const groups = (parsed.data as { groups?: unknown } | null)?.groups;
  (Array.isArray(groups) ? groups : []).forEach((group: { form?: unknown; places?: unknown } | null, index) => {
    const members = Array.isArray(group?.places) ? group.places : [];
    for (const id of members.filter((member) => typeof member === 'string' && !ids.has(member))) {
      problems.push(`${file}:${lineOf(parsed.lines, ['groups', index])}: ${String(group?.form ?? `groups.${index}`)}: places: unknown place ${id}`);
    }
  });
  const result = placesFileSchema.safeParse(parsed.data);
  return { places: result.success ? result.data : null, problems: byLine(problems) };
}

/**
 * Whether the English place name of a report agrees with the place's: the same name, or its short form without
 * District/City/County/Province (Yongji for Yongji City), either optionally followed by a bracketed qualifier
 * (Xinjiang County (Shanxi)).
 */
export function englishNameAgrees(reportName: string, placeName: string): boolean {
  const bare = reportName.replace(/\s*\([^()]*\)$/, '');
  return bare === placeName || bare === placeName.replace(/\s+(District|City|County|Province)$/, '');
}

/** The result of checking `seeds/manifest.json`: the entries without any problem, the problems, and the ids seen. */
export interface ManifestCheck {
  entries: ManifestEntry[];
  problems: string[];
  /** The id of every entry that has one, with the line of its entry (side files are checked for these). */
  ids: Map<string, number>;
}

/**
 * Checks the text of `seeds/manifest.json`: the schema (every entry, every field), duplicate ids and files, and,
 * given the places, that each report's place exists with the same Chinese name, English name and level.
 */
export function checkManifest(text: string, file: string, places: PlacesFile | null, placesFile = 'content/places.json'): ManifestCheck {
  const ids = new Map<string, number>();
  const parsed = parseJson(text, file);
  if (typeof parsed === 'string') return { entries: [], problems: [parsed], ids };
  const { problems, failed } = schemaProblems(parsed, manifestSchema, file, 'reports');
  const raw = (parsed.data as { reports?: unknown } | null)?.reports;
  const entries: ManifestEntry[] = [];
  const bySha = new Map<string, { id: string; line: number }>();
  (Array.isArray(raw) ? raw : []).forEach((value: unknown, index) => {
    const line = lineOf(parsed.lines, ['reports', index]);
    const id = subjectOf(parsed.data, 'reports', index);
    const at = `${file}:${line}: ${id}`;
    let ok = !failed.has(index);
    if (typeof (value as { id?: unknown } | null)?.id === 'string') {
      const first = ids.get(id);
      if (first !== undefined) {
        problems.push(`${at}: id: duplicate report id (first at line ${first})`);
        ok = false;
      } else ids.set(id, line);
    }
    if (!ok) return;
    const entry = value as ManifestEntry;
    const sameFile = bySha.get(entry.sha256);
    if (sameFile) problems.push(`${at}: sha256: the same file as ${sameFile.id} (line ${sameFile.line})`);
    else bySha.set(entry.sha256, { id, line });
    if (places) {
      const place = places.places.find((candidate) => candidate.id === entry.place.id);
      const before = problems.length;
      if (!place) problems.push(`${at}: place.id: unknown place ${entry.place.id} (not in ${placesFile}; add it with npm run add-place)`);
      else {
        if (entry.place.zh !== place.zh) problems.push(`${at}: place.zh: ${entry.place.zh} is not ${place.zh}, the name of ${place.id} in ${placesFile}`);
        if (!englishNameAgrees(entry.place.en, place.en)) problems.push(`${at}: place.en: ${entry.place.en} is not ${place.en} (or its short form), the English name of ${place.id} in ${placesFile}`);
        if (entry.level !== place.level) problems.push(`${at}: level: ${entry.level} is not ${place.level}, the level of ${place.id} in ${placesFile}`);
      }
      if (problems.length > before) return;
    }
    if (!sameFile) entries.push(entry);
  });
  return { entries, problems: byLine(problems), ids };
}

/** Checks a side file's text (`<id>.overrides.json`, `.annotations.json`, `.expected.json`): one line per issue, at its item's line. */
export function checkSideFile(text: string, file: string, schema: z.ZodType): string[] {
  const parsed = parseJson(text, file);
  if (typeof parsed === 'string') return [parsed];
  const result = schema.safeParse(parsed.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file}:${lineOf(parsed.lines, issue.path.slice(0, 2))}: ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

const sideFiles = [
  { suffix: '.overrides.json', schema: overridesFileSchema },
  { suffix: '.annotations.json', schema: annotationsFileSchema },
  { suffix: '.expected.json', schema: reportExpectationsSchema },
] as const;

/**
 * Reads and checks the manifest, the places and every side file in the seeds folder. `entries` are the reports that
 * can be built (no problem of their own); `problems` are every problem found, one printable line each.
 */
export async function validateInputs(seedsDir: string, placesPath: string): Promise<{ entries: ManifestEntry[]; problems: string[] }> {
  const placesFile = shown(placesPath);
  const placesCheck = existsSync(placesPath) ? checkPlaces(await readFile(placesPath, 'utf8'), placesFile) : { places: null, problems: [`${placesFile}:1: cannot read file (ENOENT)`] };
  const manifestPath = join(seedsDir, 'manifest.json');
  const manifestFile = shown(manifestPath);
  if (!existsSync(manifestPath)) return { entries: [], problems: [...placesCheck.problems, `${manifestFile}:1: cannot read file (ENOENT)`] };
  const manifest = checkManifest(await readFile(manifestPath, 'utf8'), manifestFile, placesCheck.places, placesFile);
  const problems = [...manifest.problems, ...placesCheck.problems];
  const withSideProblems = new Set<string>();
  for (const name of (await readdir(seedsDir)).sort()) {
    const side = sideFiles.find(({ suffix }) => name.endsWith(suffix));
    if (!side) continue;
    const id = name.slice(0, -side.suffix.length);
    const file = shown(join(seedsDir, name));
    const found = checkSideFile(await readFile(join(seedsDir, name), 'utf8'), file, side.schema);
    if (!manifest.ids.has(id)) found.push(`${file}:1: no report ${id} in ${manifestFile}`);
    if (found.length > 0) withSideProblems.add(id);
    problems.push(...found);
  }
  return { entries: manifest.entries.filter((entry) => !withSideProblems.has(entry.id)), problems };
}
