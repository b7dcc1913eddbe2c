/**
 * A report set for `bench:scale -- --corpus <dir>`: every work report of a collection laid out as `lawtext/gov` is
 * (`<collection>/<place>/<year>.md`, the State Council's as `<collection>/<year>.md`) turned into manifest entries
 * and places, the way `add-report` and `add-place` would one by one, without a person's review. It is for measuring
 * only: the places it makes outside the atlas are named by rule (pinyin; level from the collection's folder; parent
 * the nation, since the folders do not name a city's province), and nothing it makes is committed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { gitBlobId, sha256 } from '../src/lib/report-document.ts';
import { proposeEntry } from '../src/lib/manifest-proposal.ts';
import { decodeReport, parseReport } from '../src/pipeline/index.ts';
import type { ManifestEntry, ReportSource } from '../src/schema/manifest.ts';
import type { Place } from '../src/schema/places.ts';

/** The nation, parent of every place the corpus adds outside the atlas. */
const NATION: Place = { id: 'china', zh: '中国', en: 'China', enNote: null, pinyin: 'zhōng guó', level: 'national', parent: null, shortForms: [], grid: null };
/** Province-level municipalities, which the collection files with the cities. */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
/** The collection's folder of the State Council's reports, whose files sit directly in it. */
const NATIONAL_FOLDER = /国务院$/;
/** The collection's folder of the provinces and autonomous regions. */
const PROVINCE_FOLDER = /省自治区$/;

export interface CorpusFile {
  /** Path under the corpus folder, `/`-separated (the path in the repository). */
  path: string;
  /** The place's Chinese name as the folder gives it (中国 for the State Council). */
  placeZh: string;
  level: Place['level'];
  year: number;
}

/** The report files of the corpus (`<year>.md`), in path order; other files are not reports. */
export function corpusFiles(dir: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^\d{4}\.(?:md|txt)$/.test(name)) {
        const parts = relative(dir, path).split(sep);
        const collection = parts.at(-3) ?? parts.at(-2) ?? '';
        const national = NATIONAL_FOLDER.test(parts.at(-2) ?? '');
        const placeZh = national ? NATION.zh : parts.at(-2)!;
        const level: Place['level'] = national ? 'national' : PROVINCE_FOLDER.test(collection) || MUNICIPALITIES.has(placeZh) ? 'province' : 'prefecture-level-city';
        files.push({ path: parts.join('/'), placeZh, level, year: Number(name.slice(0, 4)) });
      }
    }
  };
  walk(dir);
  return files;
}

/** Every `step`-th file, so a smaller set still spans the collection's places, levels and years. */
export function spread<T>(items: T[], limit: number): T[] {
  if (limit >= items.length) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, index) => items[Math.floor(index * step)]!);
}

const SUFFIX = /(?:市|省|自治区|回族自治区|壮族自治区|维吾尔自治区|特别行政区|地区|盟|(?:\p{Script=Han}+族)*自治州)$/u;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A place made by rule: id and English from the pinyin of the name without its suffix (an id taken gets `-2`). */
function placeByRule(zh: string, level: Place['level'], taken: Set<string>): Place {
  const stem = zh.replace(SUFFIX, '') || zh;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array' });
  const base = syllables.join('').toLowerCase().replace(/[^a-z0-9]/g, '') || 'place';
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  const en = `${capital(syllables.join(''))} ${level === 'province' ? (zh.endsWith('省') ? 'Province' : 'Region') : 'City'}`;
  return { id, zh, en, enNote: null, pinyin: pinyin(zh, { type: 'array' }).join(' '), level, parent: NATION.id, shortForms: [], grid: null };
}

export interface CorpusSet {
  entries: ManifestEntry[];
  /** Places to add to the atlas's, the nation first. */
  places: Place[];
  /** Seed file name in the copy's `seeds/` → the corpus file it links to. */
  links: Map<string, string>;
  /** Files left out, each with why: the parse fails, a report of the atlas already, a second file for one id. */
  skipped: { path: string; why: string }[];
}

/**
 * Manifest entries for the corpus files, beside the atlas's own reports and places. A file the atlas already has
 * (the same git blob) is left out, as is a file that does not parse (the error counted, as `npm run corpus` prints).
 */
export function corpusSet(dir: string, files: CorpusFile[], atlas: { entries: ManifestEntry[]; places: Place[] }, source: Pick<ReportSource, 'repository' | 'commit'>): CorpusSet {
  const atlasBlobs = new Set(atlas.entries.map((entry) => entry.source.blob));
  const ids = new Set(atlas.entries.map((entry) => entry.id));
  const taken = new Set(atlas.places.map((place) => place.id));
  const byName = new Map(atlas.places.map((place) => [place.zh, place]));
  const added: Place[] = [];
  const entries: ManifestEntry[] = [];
  const links = new Map<string, string>();
  const skipped: CorpusSet['skipped'] = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file.path));
    const blob = gitBlobId(bytes);
    if (atlasBlobs.has(blob)) {
      skipped.push({ path: file.path, why: 'in the atlas already' });
      continue;
    }
    let tree;
    try {
      tree = parseReport(decodeReport(bytes).text);
    } catch (error) {
      skipped.push({ path: file.path, why: (error as Error).message });
      continue;
    }
    let place = byName.get(file.placeZh);
    if (!place) {
      place = file.level === 'national' ? NATION : placeByRule(file.placeZh, file.level, taken);
      if (place === NATION) taken.add(NATION.id);
      byName.set(place.zh, place);
      added.push(place);
    }
    const withSource = source.repository === null ? { repository: null, commit: null, path: null, blob: null } : { repository: source.repository, commit: source.commit, path: file.path, blob };
    const { entry } = proposeEntry({ tree, place, extension: 'md', originalFile: file.path.split('/').at(-1)!, sha256: sha256(bytes), source: { ...withSource, mayBeAbridged: true }, kind: 'government-work-report', year: file.year });
    if (ids.has(entry.id)) {
      skipped.push({ path: file.path, why: `a second file for ${entry.id}` });
      continue;
    }
    ids.add(entry.id);
    entries.push(entry);
    links.set(entry.file, join(dir, file.path));
  }
  const nationFirst = added.sort((a, b) => (a === NATION ? -1 : b === NATION ? 1 : 0));
  if (added.some((place) => place.parent === NATION.id) && !added.includes(NATION)) nationFirst.unshift(NATION);
  return { entries, places: nationFirst, links, skipped };
}
