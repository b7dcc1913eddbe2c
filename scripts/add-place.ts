/**
 * `npm run add-place -- <id> --zh <name> --en <name> --level <level> [--parent <id>] [--pinyin "<pinyin>"]
 * [--short <form,form>] [--places <file>]`: adds one place to `content/places.json` (or `--places <file>`, for tests).
 *
 * The pinyin, when not given, is pinyin-pro's reading with tone marks, syllables spaced, without tone sandhi (as the
 * existing places and the glossary have it). The new place goes after its parent's last descendant, `enNote` and
 * `grid` null; the file is written back as 2-space JSON, so its diff is the one entry. Prints what it added and what a
 * person should still check. Refuses with one line and exit code 1, writing nothing, when the id exists, the parent
 * is unknown, the level is not a level or not below the parent's, or a name is already another place's; and when
 * the file would not pass the same checks as `npm run content` (`validate-inputs.ts`).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pinyin as toPinyin } from 'pinyin-pro';
import { adminLevelSchema, type AdminLevel } from '../src/schema/manifest.ts';
import { placeSchema, type Place, type PlacesFile } from '../src/schema/places.ts';
import { shown } from './seed-files.ts';
import { jsonValueLines } from '../src/lib/json-lines.ts';
import { checkPlaces, levelRank } from './validate-inputs.ts';

const root = new URL('..', import.meta.url).pathname;
const usage =
  'usage: npm run add-place -- <id> --zh <name> --en <name> --level <level> [--parent <id>] [--pinyin "<pinyin>"] [--short <form,form>] [--places <file>]';

class Refusal extends Error {}

/** The command line: one positional id and the options, each given once. */
function readArguments(argv: string[]) {
  const options = new Map<string, string>();
  const positional: string[] = [];
  const known = ['--zh', '--en', '--level', '--parent', '--pinyin', '--short', '--places'];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    if (!known.includes(argument)) throw new Refusal(`unknown option ${argument}; ${usage}`);
    if (index + 1 >= argv.length) throw new Refusal(`${argument} needs a value; ${usage}`);
    if (options.has(argument)) throw new Refusal(`${argument} is given twice`);
    options.set(argument, argv[++index]!);
  }
  if (positional.length !== 1) throw new Refusal(usage);
  for (const required of ['--zh', '--en', '--level']) if (!options.has(required)) throw new Refusal(`${required} is required; ${usage}`);
  return { id: positional[0]!, options };
}

/** Where the new place goes: after the last place under its parent (at any depth), else after the parent, else last. */
function insertionIndex(places: Place[], parent: string | null): number {
  if (parent === null) return places.length;
  const under = new Set([parent]);
  let last = places.findIndex((place) => place.id === parent);
  places.forEach((place, index) => {
    if (place.parent !== null && under.has(place.parent)) {
      under.add(place.id);
      last = index;
    }
  });
  return last + 1;
}

/** The new place, checked against the existing ones; throws a Refusal saying what is wrong. */
function newPlace(data: PlacesFile, id: string, options: Map<string, string>): Place {
  const zh = options.get('--zh')!;
  const levelResult = adminLevelSchema.safeParse(options.get('--level'));
  if (!levelResult.success) throw new Refusal(`--level ${options.get('--level')} is not a level; one of ${adminLevelSchema.options.join(', ')}`);
  const level: AdminLevel = levelResult.data;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Refusal(`id ${id}: use lowercase letters and digits, words joined by hyphens (xinjiang-county)`);
  if (data.places.some((place) => place.id === id)) throw new Refusal(`place ${id} already exists`);
  const parentId = options.get('--parent') ?? null;
  const parent = parentId === null ? null : data.places.find((place) => place.id === parentId);
  if (parent === undefined) throw new Refusal(`--parent ${parentId}: unknown place (add the parent first)`);
  if (parent === null && levelRank[level] > levelRank.province) throw new Refusal(`a ${level} needs --parent`);
  if (parent && levelRank[level] <= levelRank[parent.level]) throw new Refusal(`a ${level} cannot be under ${parent.id}, a ${parent.level}`);
  const shortForms = (options.get('--short') ?? '').split(/[,，]/).map((form) => form.trim()).filter((form) => form !== '');
  for (const name of [zh, ...shortForms]) {
    const other = data.places.find((place) => place.zh === name || place.shortForms.includes(name));
    if (other) throw new Refusal(`${name} is already a name of ${other.id} (${other.zh})`);
  }
  const place = {
    id,
    zh,
    en: options.get('--en')!,
    enNote: null,
    pinyin: options.get('--pinyin') ?? toPinyin(zh, { toneSandhi: false, nonZh: 'consecutive' }),
    level,
    parent: parentId,
    shortForms,
    grid: null,
  };
  const result = placeSchema.safeParse(place);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Refusal(`${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** What a person should still look at, one line each. */
function checklist(place: Place, data: PlacesFile): string[] {
  const lines = [
    `  pinyin: ${place.pinyin} — check the reading of any character with more than one`,
    `  enNote: null — add a warning if the English name is shared with another place (as for Linyi 临猗, not 临沂)`,
    `  shortForms: ${place.shortForms.length > 0 ? place.shortForms.join(', ') : '(none)'} — forms the reports use for this place alone (search and place links use them)`,
  ];
  const siblingsOnGrid = data.places.filter((other) => other.parent === place.parent && other.id !== place.id && other.grid !== null);
  if (siblingsOnGrid.length > 0) {
    const used = siblingsOnGrid
      .map((other) => other.grid!)
      .sort((a, b) => a.row - b.row || a.column - b.column)
      .map((cell) => `${cell.column},${cell.row}`)
      .join(' ');
    lines.push(`  grid: null — the places page draws ${place.parent}'s divisions on a schematic grid; give {"column", "row"} (west to east, north to south; cells used, column,row: ${used}) or it stays off the grid`);
  } else {
    lines.push('  grid: null — the places page lists it; the schematic grid shows only Yuncheng\'s county-level divisions');
  }
  return lines;
}

async function main(): Promise<void> {
  const { id, options } = readArguments(process.argv.slice(2));
  const path = options.get('--places') ?? join(root, 'content', 'places.json');
  if (!existsSync(path)) throw new Refusal(`${shown(path)}: no such file`);
  const text = await readFile(path, 'utf8');
  const before = checkPlaces(text, shown(path));
  if (!before.places || before.problems.length > 0) throw new Refusal(`${before.problems[0]} (fix ${shown(path)} first)`);
  const data = before.places;
  const place = newPlace(data, id, options);
  // The file as it is (its keys in their order, any the schema does not know), with the one entry added.
  const raw = JSON.parse(text) as { places: unknown[] };
  const index = insertionIndex(data.places, place.parent);
  raw.places.splice(index, 0, place);
  const places = [...data.places.slice(0, index), place, ...data.places.slice(index)];
  const output = `${JSON.stringify(raw, null, 2)}\n`;
  const after = checkPlaces(output, shown(path));
  if (after.problems.length > 0) throw new Refusal(after.problems[0]!);
  await writeFile(path, output);
  const line = jsonValueLines(output).get(`places.${index}`);
  console.log(`added ${place.id} (${place.zh}, ${place.en}, ${place.level}${place.parent ? ` under ${place.parent}` : ''}) to ${shown(path)}:${line}`);
  console.log('check:');
  for (const item of checklist(place, { ...data, places })) console.log(item);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`add-place: ${error.message}`);
  process.exitCode = 1;
}
