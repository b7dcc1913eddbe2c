import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkManifest, checkPlaces, checkSideFile, englishNameAgrees } from '../../scripts/validate-inputs.ts';
import { issueLocation, jsonValueLines } from '../../src/lib/json-lines.ts';
import { overridesFileSchema } from '../../src/schema/manifest.ts';
import { placesFileSchema } from '../../src/schema/places.ts';
import { root, seedsDir } from '../helpers.ts';

const manifestText = readFileSync(join(seedsDir, 'manifest.json'), 'utf8');
const placesText = readFileSync(join(root, 'content', 'places.json'), 'utf8');
const places = placesFileSchema.parse(JSON.parse(placesText));
const pretty = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
/** The line of the object that holds `"id": "<id>"` in 2-space JSON (the id is its first field): found by reading, not by the module. */
const entryLine = (text: string, id: string) => text.split('\n').findIndex((line) => line.trim() === `"id": "${id}",`);

describe('jsonValueLines', () => {
  it('gives the line each value starts on, by path', () => {
    const lines = jsonValueLines('{\n  "a": [\n    {"b": "x\\"]},\\n"},\n    []\n  ],\n  "c": {}\n}\n');
    expect(Object.fromEntries(lines)).toEqual({ '': 1, a: 2, 'a.0': 3, 'a.0.b': 3, 'a.1': 4, c: 6 });
  });

  it('locates an issue at its entry with the entry\'s id, or at its value by path', () => {
    const text = '{\n  "reports": [\n    {\n      "id": "a",\n      "place": {"id": "x"}\n    },\n    {}\n  ],\n  "other": 1\n}\n';
    const data = JSON.parse(text);
    const lines = jsonValueLines(text);
    expect(issueLocation(data, lines, ['reports', 0, 'place', 'zh'])).toEqual({ line: 3, subject: 'a', field: 'place.zh' });
    expect(issueLocation(data, lines, ['reports', 1, 'id'])).toEqual({ line: 7, subject: null, field: 'reports.1.id' });
    expect(issueLocation(data, lines, ['other'])).toEqual({ line: 9, subject: null, field: 'other' });
    expect(issueLocation(data, lines, [])).toEqual({ line: 1, subject: null, field: '(root)' });
  });

  it('reads one-line JSON as line 1 and the committed manifest at each entry', () => {
    expect(jsonValueLines('{"reports":[{"id":"x"}]}').get('reports.0.id')).toBe(1);
    const lines = jsonValueLines(manifestText);
    JSON.parse(manifestText).reports.forEach((entry: { id: string }, index: number) => expect(lines.get(`reports.${index}`)).toBe(entryLine(manifestText, entry.id)));
  });
});

describe('checking the manifest and the places', () => {
  it('finds no problem in the committed files', () => {
    expect(checkPlaces(placesText, 'content/places.json').problems).toEqual([]);
    const result = checkManifest(manifestText, 'seeds/manifest.json', places);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => entry.id)).toEqual(JSON.parse(manifestText).reports.map((entry: { id: string }) => entry.id));
  });

  it('reports every field of every entry at once, each at its entry\'s line with its report id', () => {
    const data = JSON.parse(manifestText);
    const [first, second, third] = data.reports;
    first.level = 'county-town';
    first.date = '2023/01/01';
    second.place.id = 'nowhere';
    third.place.zh = '永济';
    third.place.en = 'Yongji Town';
    third.level = 'county';
    delete data.reports[3].sha256;
    const text = pretty(data);
    const result = checkManifest(text, 'seeds/manifest.json', places);
    const at = (index: number) => `seeds/manifest.json:${entryLine(text, data.reports[index].id)}: ${data.reports[index].id}`;
    expect(result.problems).toEqual([
      `${at(0)}: level: Invalid option: expected one of "national"|"province"|"sub-provincial-city"|"prefecture-level-city"|"county-level-city"|"county"|"district"`,
      `${at(0)}: date: date must be YYYY-MM-DD or YYYY-MM`,
      `${at(1)}: place.id: unknown place nowhere (not in content/places.json; add it with npm run add-place)`,
      `${at(2)}: place.zh: 永济 is not 永济市, the name of yongji in content/places.json`,
      `${at(2)}: place.en: Yongji Town is not Yongji City (or its short form), the English name of yongji in content/places.json`,
      `${at(2)}: level: county is not county-level-city, the level of yongji in content/places.json`,
      `${at(3)}: sha256: Invalid input: expected string, received undefined`,
    ]);
    // The entries without a problem are the rest of the manifest, however many reports it has.
    expect(result.entries.map((entry) => entry.id)).toEqual(data.reports.slice(4).map((entry: { id: string }) => entry.id));
  });

  it('names duplicate report ids and files, and an entry without an id by its index', () => {
    const data = JSON.parse(manifestText);
    data.reports.push({ ...data.reports[0] }, { ...data.reports[1], id: 'yuncheng-2024-copy', file: 'yuncheng-2024-copy.txt' }, { title: 'no id' });
    const text = pretty(data);
    const problems = checkManifest(text, 'seeds/manifest.json', places).problems;
    const lines = text.split('\n');
    const starts = lines.flatMap((line, index) => (line === '    {' ? [index + 1] : []));
    const [copy, sameBytes, noId] = starts.slice(-3);
    expect(problems).toContain(`seeds/manifest.json:${copy}: ${data.reports[0].id}: id: duplicate report id (first at line ${entryLine(text, data.reports[0].id)})`);
    expect(problems).toContain(`seeds/manifest.json:${sameBytes}: yuncheng-2024-copy: sha256: the same file as ${data.reports[1].id} (line ${entryLine(text, data.reports[1].id)})`);
    expect(problems).toContain(`seeds/manifest.json:${noId}: reports.${data.reports.length - 1}: id: Invalid input: expected string, received undefined`);
  });

  it('accepts a report\'s English place name as the place\'s, its short form, or either with a bracketed qualifier', () => {
    expect(englishNameAgrees('Yongji City', 'Yongji City')).toBe(true);
    expect(englishNameAgrees('Yongji', 'Yongji City')).toBe(true);
    expect(englishNameAgrees('Xinjiang County (Shanxi)', 'Xinjiang County')).toBe(true);
    expect(englishNameAgrees('Yongji Town', 'Yongji City')).toBe(false);
    expect(englishNameAgrees('Xinjiang', 'Xinjiang County (Shanxi)')).toBe(false);
  });

  it('reports unknown parents, levels not below the parent\'s, duplicate ids, names and grid cells in places.json, with the place id and line', () => {
    const data = JSON.parse(placesText);
    const byId = (id: string) => data.places.find((place: { id: string }) => place.id === id);
    byId('yanhu').parent = 'nowhere';
    byId('hejin').level = 'prefecture-level-city';
    byId('wanrong').grid = { ...byId('linyi').grid };
    byId('jishan').zh = '稷山';
    byId('xia-county').pinyin = '';
    data.places.push({ ...byId('ruicheng'), grid: null }, { ...byId('ruicheng'), id: 'new-county', parent: null, grid: null, zh: '新县', shortForms: [] });
    data.groups[0].places.push('gone');
    const text = pretty(data);
    const at = (id: string) => `content/places.json:${entryLine(text, id)}: ${id}`;
    const ruichengLines = text.split('\n').flatMap((line, index) => (line.trim() === '"id": "ruicheng",' ? [index] : []));
    const groupLine = jsonValueLines(text).get('groups.0');
    expect(checkPlaces(text, 'content/places.json').problems).toEqual([
      `${at('yanhu')}: parent: unknown place nowhere`,
      `${at('hejin')}: level: a prefecture-level-city cannot be under yuncheng, a prefecture-level-city`,
      `${at('wanrong')}: grid: column 1, row 2 is already linyi's cell (line ${entryLine(text, 'linyi')})`,
      `${at('xia-county')}: pinyin: Too small: expected string to have >=2 characters`,
      `content/places.json:${ruichengLines[1]}: ruicheng: id: duplicate place id (first at line ${ruichengLines[0]})`,
      `${at('new-county')}: parent: a county needs a parent`,
      `content/places.json:${groupLine}: ${data.groups[0].form}: places: unknown place gone`,
    ]);
    // 稷山 as the name of jishan is fine: it is not another place's.
    expect(text).toContain('"zh": "稷山"');
  });

  it('reports a side file\'s problems at the line of the item', () => {
    const data = { overrides: [{ line: 3, rule: 'text-lost-at-break', reason: 'the end of the sentence was lost' }, { line: 0, rule: 'guess', reason: 'short' }] };
    const text = pretty(data);
    expect(checkSideFile(text, 'seeds/x.overrides.json', overridesFileSchema)).toEqual([
      'seeds/x.overrides.json:8: overrides.1.line: Too small: expected number to be >0',
      'seeds/x.overrides.json:8: overrides.1.rule: Invalid option: expected one of "text-lost-at-break"|"box-ends-before"|"closing-starts"|"parent-resumes"',
      'seeds/x.overrides.json:8: overrides.1.reason: give a reason a reviewer can check',
    ]);
    expect(checkSideFile('{"overrides": [,]}', 'seeds/x.overrides.json', overridesFileSchema)).toEqual([expect.stringMatching(/^seeds\/x\.overrides\.json:1: invalid JSON: /)]);
  });
});

describe('npm run content with broken inputs', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('prints every manifest, places and side-file problem, one line each, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-inputs-'));
    temporary.push(dir);
    cpSync(seedsDir, join(dir, 'seeds'), { recursive: true });
    cpSync(join(root, 'content', 'reports'), join(dir, 'out'), { recursive: true });
    const manifest = JSON.parse(manifestText);
    const [first, second] = manifest.reports;
    first.date = '2023/01/01';
    second.place.id = 'nowhere';
    writeFileSync(join(dir, 'seeds', 'manifest.json'), pretty(manifest));
    const placesData = JSON.parse(placesText);
    placesData.places.find((place: { id: string }) => place.id === 'hejin').parent = 'yanhu';
    writeFileSync(join(dir, 'places.json'), pretty(placesData));
    const overrides = join(dir, 'seeds', `${second.id}.overrides.json`);
    const overridesData = JSON.parse(readFileSync(overrides, 'utf8'));
    overridesData.overrides[0].reason = 'short';
    writeFileSync(overrides, pretty(overridesData));
    writeFileSync(join(dir, 'seeds', 'no-such-report.annotations.json'), '{"suspectedTypos": []}');
    const snapshot = () => readdirSync(join(dir, 'out')).map((name) => readFileSync(join(dir, 'out', name), 'utf8'));
    const before = snapshot();

    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-content.ts'), '--seeds', join(dir, 'seeds'), '--places', join(dir, 'places.json'), '--out', join(dir, 'out')], { encoding: 'utf8', cwd: dir });
    expect(result.status).toBe(1);
    const errors = result.stderr.trim().split('\n').filter((line) => !line.includes(': warning: '));
    const text = readFileSync(join(dir, 'seeds', 'manifest.json'), 'utf8');
    expect(errors).toEqual([
      `seeds/manifest.json:${entryLine(text, first.id)}: ${first.id}: date: date must be YYYY-MM-DD or YYYY-MM`,
      `seeds/manifest.json:${entryLine(text, second.id)}: ${second.id}: place.id: unknown place nowhere (not in places.json; add it with npm run add-place)`,
      `places.json:${entryLine(pretty(placesData), 'hejin')}: hejin: level: a county-level-city cannot be under yanhu, a district`,
      'seeds/no-such-report.annotations.json:1: no report no-such-report in seeds/manifest.json',
      `seeds/${second.id}.overrides.json:3: overrides.0.reason: give a reason a reviewer can check`,
    ]);
    expect(snapshot()).toEqual(before);
  });
});
