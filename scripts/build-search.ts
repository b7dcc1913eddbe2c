/**
 * `node scripts/build-search.ts [--site dist] [--reports-per-shard N]`: the search index, built from the content
 * rather than from the HTML pages: one Pagefind record per paragraph (so results link to the paragraph), per glossary
 * entry and per place (findable by pinyin and English from both languages), per English section heading. Also writes
 * `/search/t2s.json`, a map from traditional to simplified characters for every character the reports use, and
 * `/search/lexicon.json`, what the search page knows about names and the list of shards.
 *
 * The index is sharded: the reports, in id order, are cut into shards of at most N reports (default
 * `REPORTS_PER_SHARD`), each an index of its own (`/pagefind/`, `/pagefind-2/`, …) built by a process of its own, so
 * Pagefind's memory is bounded by a shard, not by the corpus; the search page merges them at query time (Pagefind's
 * `mergeIndex`). The first shard also holds the glossary and the places. Shards are independent: `--shard k` builds
 * shard k alone (on any machine with the content), and `--merge` writes the `/search/` files once the shards' folders
 * are copied into one site; without either, this runs every shard in turn and then the merge.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import { buildGlossaryIndex, shortDefinition } from '../src/lib/glossary.ts';
import { englishParagraphRecords, glossaryRecords, placeRecords, reportRecords, type SearchRecord } from '../src/lib/search-records.ts';
import { translationFileSchema } from '../src/schema/translation.ts';
import { comparable } from '../src/lib/search-text.ts';
import { placePath } from '../src/lib/urls.ts';
import { useTranslations } from '../src/i18n/index.ts';
import { glossaryEntrySchema } from '../src/schema/glossary.ts';
import { headingsFileSchema } from '../src/schema/headings.ts';
import { placesFileSchema } from '../src/schema/places.ts';
import { reportDocumentSchema } from '../src/schema/report.ts';

const root = new URL('..', import.meta.url).pathname;
const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const site = option('--site') ?? join(root, 'dist');
/**
 * Reports per shard. Pagefind holds a shard's records in memory until it writes them: at about 10 MB per report
 * (measured at 250 reports, paragraphs in both languages), 600 reports stay near 6 GB, under the 8 GB a build may use.
 */
const REPORTS_PER_SHARD = 600;
/** A shard's filter values (see `filterValues`), beside its index. */
const FILTER_VALUES = 'filter-values.json';
/** Records sent to Pagefind at once. */
const ADD_BATCH = 256;
const reportsPerShard = Number(option('--reports-per-shard') ?? REPORTS_PER_SHARD);
const shard = option('--shard') === undefined ? undefined : Number(option('--shard'));
if (!Number.isInteger(reportsPerShard) || reportsPerShard < 1 || (shard !== undefined && !(Number.isInteger(shard) && shard >= 1))) {
  console.error('usage: node scripts/build-search.ts [--site <dir>] [--reports-per-shard <N ≥ 1>] [--shard <k ≥ 1> | --merge]');
  process.exit(1);
}
const readJsonDir = async (dir: string, only?: (name: string) => boolean) =>
  Promise.all((await readdir(dir)).filter((name) => name.endsWith('.json') && (only?.(name) ?? true)).sort().map(async (name) => ({ name, data: JSON.parse(await readFile(join(dir, name), 'utf8')) })));

/** The reports of shard k (from 1): the k-th run of `reportsPerShard` report ids in id order. */
const reportIds = (await readdir(join(root, 'content', 'reports'))).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, '')).sort();
const shardCount = Math.max(1, Math.ceil(reportIds.length / reportsPerShard));
const shardPath = (k: number) => (k === 1 ? 'pagefind' : `pagefind-${k}`);

if (shard === undefined && !process.argv.includes('--merge')) {
  // Every shard in a process of its own (its memory returned when it ends), then the merge.
  for (let k = 1; k <= shardCount; k++) {
    const result = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--site', site, '--reports-per-shard', String(reportsPerShard), '--shard', String(k)], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
if (shard !== undefined && shard > shardCount) {
  console.error(`build-search: there are ${shardCount} shards of ${reportsPerShard} reports; no shard ${shard}`);
  process.exit(1);
}
const shardReports = shard === undefined ? null : new Set(reportIds.slice((shard - 1) * reportsPerShard, shard * reportsPerShard));
const inShard = (name: string) => shardReports === null || shardReports.has(name.replace(/\.json$/, ''));

// A shard other than the first reads only its own reports; the first also needs every report for the glossary's counts.
const documents = (await readJsonDir(join(root, 'content', 'reports'), shard === undefined || shard === 1 ? undefined : inShard)).map(({ data }) => reportDocumentSchema.parse(data));
const entries = (await readJsonDir(join(root, 'content', 'glossary'))).map(({ data }) => glossaryEntrySchema.parse(data));
const places = placesFileSchema.parse(JSON.parse(await readFile(join(root, 'content', 'places.json'), 'utf8')));
// Results and the place filter name a place as the places page does (Yongji City, where a manifest may say Yongji),
// so the filter offers each place once.
const placeEn = new Map(places.places.map((place) => [place.id, place.en]));
const indexed = documents.map((document) => ({ ...document, report: { ...document.report, place: { ...document.report.place, en: placeEn.get(document.report.place.id)! } } }));

if (shard !== undefined) {
  const headings = new Map((await readJsonDir(join(root, 'content', 'headings'), inShard)).map(({ name, data }) => [name.replace(/\.json$/, ''), headingsFileSchema.parse(data)]));
  const translations = new Map((await readJsonDir(join(root, 'content', 'translations'))).map(({ data }) => translationFileSchema.parse(data)).filter((file) => shardReports!.has(file.report)).map((file) => [file.report, file]));
  const own = indexed.filter((document) => shardReports!.has(document.report.id));
  const englishTitle = (id: string) => (section: { id: string }) => headings.get(id)?.sections[section.id]?.en ?? null;
  const glossary = shard === 1 ? buildGlossaryIndex(entries, documents) : null;
  const records: SearchRecord[] = [
    ...own.flatMap((document) => reportRecords(document, englishTitle(document.report.id))),
    ...own.flatMap((document) => englishParagraphRecords(document, translations.get(document.report.id), englishTitle(document.report.id))),
    ...(glossary === null
      ? []
      : [
          ...entries.flatMap((entry) => glossaryRecords(entry, { zh: shortDefinition(entry, glossary.definitions.get(entry.slug)!, 'zh'), en: shortDefinition(entry, glossary.definitions.get(entry.slug)!, 'en') }, new Set(glossary.occurrences.get(entry.slug)!.map((occurrence) => occurrence.report)).size)),
          ...places.places.flatMap(placeRecords),
        ]),
  ];
  await writeShard(records, join(site, shardPath(shard)));
  await writeFile(join(site, shardPath(shard), FILTER_VALUES), JSON.stringify(filterValues(records)));
  console.error(`search: shard ${shard} of ${shardCount}, ${own.length} reports, ${records.length} records`);
} else {
  await writeSearchFiles();
}

/**
 * The values each filter takes in a shard's records, per index language: the search page's filter choices. Read by
 * the page from the lexicon rather than from Pagefind's `filters()`, which loads every filter of every shard and then
 * makes Pagefind count each filter's values over every result of every later search (1.5 s a query at 3,000 reports).
 */
function filterValues(records: SearchRecord[]): Record<string, Record<string, string[]>> {
  const values: Record<string, Record<string, Set<string>>> = {};
  for (const record of records) {
    for (const [name, recordValues] of Object.entries(record.filters)) {
      const set = ((values[record.language] ??= {})[name] ??= new Set());
      for (const value of recordValues) set.add(value);
    }
  }
  return Object.fromEntries(Object.entries(values).map(([language, filters]) => [language, Object.fromEntries(Object.entries(filters).map(([name, set]) => [name, [...set].sort()]))]));
}

/** One shard's Pagefind index, written into `outputPath` (replacing what was there). */
async function writeShard(records: SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    // Added in batches: one record at a time waited for each round trip to Pagefind's process (41 s of 108 s at 250
    // reports); a batch keeps its queue full without holding every request in flight at once.
    for (let start = 0; start < records.length; start += ADD_BATCH) {
      const batch = records.slice(start, start + ADD_BATCH);
      const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      responses.forEach((response, offset) => {
        if (response.errors.length > 0) throw new Error(`pagefind: ${batch[offset]!.url}: ${response.errors.join('; ')}`);
      });
    }
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** The `/search/` files: traditional → simplified, and the lexicon with the list of shards. */
async function writeSearchFiles(): Promise<void> {
  // Traditional → simplified for every character of the reports: readers type 招商引資 and 營商環境.
  const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
  const characters = new Set(documents.flatMap((document) => [...JSON.stringify(document.tree)].filter((character) => /\p{Script=Han}/u.test(character))));
  const map: Record<string, string> = {};
  for (const simplified of characters) {
    for (const traditional of new Set(toTraditional.map((convert) => convert(simplified)))) {
      if (traditional !== simplified && [...traditional].length === 1) map[traditional] = simplified;
    }
  }
  await mkdir(join(site, 'search'), { recursive: true });
  await writeFile(join(site, 'search', 't2s.json'), JSON.stringify(map));
  // What the search page needs to know about names (see src/scripts/search.ts): who owns each name of a term or place
  // (to tell 绛县 from 新绛县), which other forms to search as well (新绛 for 新绛县, 鹳雀楼 for 鹤雀楼), and which
  // pages a group abbreviation names (盐临夏 → three places).
  const synonyms = (JSON.parse(await readFile(join(root, 'content', 'search-synonyms.json'), 'utf8')) as { groups: string[][] }).groups;
  const owners: Record<string, string[]> = {};
  const expand: Record<string, string[]> = {};
  const named: Record<string, Record<'zh' | 'en', { url: string; title: string }[]>> = {};
  const addForms = (owner: string, forms: string[]) => {
    for (const form of forms) {
      const key = comparable(form);
      owners[key] = [...new Set([...(owners[key] ?? []), owner])];
      expand[key] = [...new Set([...(expand[key] ?? []), ...forms.filter((other) => other !== form)])];
    }
  };
  for (const entry of entries) addForms(`glossary:${entry.slug}`, [entry.term, ...entry.aliases.map((alias) => alias.form)]);
  // The parts of a compound term (承诺制, 标准地, 全代办 of 承诺制+标准地+全代办; 五抓 of 五抓一优一促) are owned by the
  // compound too, so a part found inside the compound counts as found; a different term that merely contains a name
  // (一包六保 for 六保) still does not.
  for (const entry of entries) {
    const term = comparable(entry.term);
    const parts = [...entry.parts.map((part) => part.zh), ...entry.term.split(/[+＋]/)].map(comparable).filter((part) => part.length >= 2 && part !== term && term.includes(part));
    for (const part of new Set(parts)) owners[part] = [...new Set([...(owners[part] ?? []), `glossary:${entry.slug}`])];
  }
  for (const place of places.places) addForms(`place:${place.id}`, [place.zh, ...place.shortForms]);
  for (const group of places.groups) {
    addForms(`group:${group.form}`, [group.form]);
    const members = group.places.map((id) => places.places.find((place) => place.id === id)!);
    named[comparable(group.form)] = {
      zh: members.map((place) => ({ url: placePath('zh', place.id), title: place.zh })),
      en: members.map((place) => ({ url: placePath('en', place.id), title: place.en })),
    };
  }
  for (const forms of synonyms) for (const form of forms) expand[comparable(form)] = [...new Set([...(expand[comparable(form)] ?? []), ...forms.filter((other) => other !== form)])];
  // An English page searches the Chinese text too, with its filters given as the Chinese records carry them.
  const [zh, en] = [useTranslations('zh'), useTranslations('en')];
  const chineseFilters: Record<string, Record<string, string>> = { place: {}, level: {}, kind: {}, type: { [en('search.typeSection')]: zh('search.typeSection') } };
  for (const { report } of indexed) {
    chineseFilters.place![report.place.en] = report.place.zh;
    chineseFilters.level![en(`level.${report.level}`)] = zh(`level.${report.level}`);
    chineseFilters.kind![en(`kind.${report.kind}`)] = zh(`kind.${report.kind}`);
  }
  // The shards after the first, which the search page merges into the first (see the top of this file).
  const shards = Array.from({ length: shardCount - 1 }, (_, index) => `/${shardPath(index + 2)}/`);
  // Every shard's filter values together: what the search page offers in its filters, per index language.
  const filters: Record<string, Record<string, string[]>> = {};
  for (let k = 1; k <= shardCount; k++) {
    const shardValues = JSON.parse(await readFile(join(site, shardPath(k), FILTER_VALUES), 'utf8')) as Record<string, Record<string, string[]>>;
    for (const [language, byName] of Object.entries(shardValues)) {
      for (const [name, values] of Object.entries(byName)) (filters[language] ??= {})[name] = [...new Set([...(filters[language]![name] ?? []), ...values])].sort();
    }
  }
  await writeFile(join(site, 'search', 'lexicon.json'), JSON.stringify({ owners, expand, named, chineseFilters, filters, shards }));
  console.error(`search: ${shardCount} shard${shardCount === 1 ? '' : 's'}, ${Object.keys(map).length} traditional characters, ${Object.keys(owners).length} names`);
}
