import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlaces } from '../../scripts/validate-inputs.ts';
import { root } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-add-place-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const realPlaces = join(root, 'content', 'places.json');
const original = readFileSync(realPlaces, 'utf8');
let copies = 0;

/** A fresh copy of content/places.json in the temporary folder; the real file is never touched. */
function copyOfPlaces(): string {
  const path = join(dir, `places-${copies++}.json`);
  copyFileSync(realPlaces, path);
  return path;
}
const addPlace = (places: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'add-place.ts'), ...args, '--places', places], { encoding: 'utf8', cwd: root });

describe('npm run add-place', () => {
  it('adds one entry after its parent\'s places, pinyin from pinyin-pro, and says what to check', () => {
    const path = copyOfPlaces();
    const result = addPlace(path, 'shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'district', '--parent', 'yuncheng');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(path, 'utf8');
    const before = JSON.parse(original);
    const after = JSON.parse(text);
    const added = { id: 'shangjie', zh: '上街区', en: 'Shangjie District', enNote: null, pinyin: 'shàng jiē qū', level: 'district', parent: 'yuncheng', shortForms: [], grid: null };
    // After the last of Yuncheng's places (wherever places of other parents follow them); everything else as it was.
    const at = before.places.findLastIndex((place: { id: string; parent: string | null }) => place.parent === 'yuncheng' || place.id === 'yuncheng') + 1;
    expect(after).toEqual({ ...before, places: [...before.places.slice(0, at), added, ...before.places.slice(at)] });
    // 2-space JSON as before: the diff is the one entry.
    expect(text).toBe(`${JSON.stringify(after, null, 2)}\n`);
    const originalLines = original.split('\n');
    const lines = text.split('\n');
    const firstNew = lines.findIndex((candidate, index) => candidate !== originalLines[index]);
    expect(lines.length - originalLines.length).toBe(JSON.stringify(added, null, 2).split('\n').length);
    expect(lines.slice(firstNew + lines.length - originalLines.length)).toEqual(originalLines.slice(firstNew));
    expect(checkPlaces(text, 'places.json').problems).toEqual([]);
    const line = text.split('\n').findIndex((candidate) => candidate.includes('"id": "shangjie"'));
    expect(result.stdout).toContain(`added shangjie (上街区, Shangjie District, district under yuncheng) to `);
    expect(result.stdout).toContain(`.json:${line}\n`);
    expect(result.stdout).toMatch(/enNote: null — add a warning/);
    expect(result.stdout).toMatch(/pinyin: shàng jiē qū — check/);
    // Its siblings are on the places page's grid, so the grid position is asked for, with the cells in use.
    expect(result.stdout).toMatch(/grid: null — the places page draws yuncheng's divisions on a schematic grid; .*cells used, column,row: 0,0 1,0 2,0 3,0 0,1 /);
    expect(readFileSync(realPlaces, 'utf8')).toBe(original);
  });

  it('keeps a given pinyin and short forms, puts a place under its parent, and asks for no grid cell off the grid', () => {
    const path = copyOfPlaces();
    const county = addPlace(path, 'qingxu', '--zh', '清徐县', '--en', 'Qingxu County', '--level', 'county', '--parent', 'taiyuan', '--short', '清徐,清源', '--pinyin', 'qīng xú xiàn');
    expect(county.status).toBe(0);
    expect(county.stdout).toMatch(/grid: null — the places page lists it/);
    const district = addPlace(path, 'xiaodian', '--zh', '小店区', '--en', 'Xiaodian District', '--level', 'district', '--parent', 'taiyuan');
    expect(district.status).toBe(0);
    const places = JSON.parse(readFileSync(path, 'utf8')).places as { id: string; shortForms: string[]; pinyin: string }[];
    const ids = places.map((place) => place.id);
    const taiyuan = ids.indexOf('taiyuan');
    // Right after the parent (its subtree), before Taiyuan's sibling prefectures, which keep their order.
    expect(ids.slice(taiyuan + 1, taiyuan + 3)).toEqual(['qingxu', 'xiaodian']);
    expect(ids.slice(taiyuan + 3)).toEqual(JSON.parse(original).places.map((place: { id: string }) => place.id).slice(taiyuan + 1));
    expect(places[taiyuan + 1]).toMatchObject({ shortForms: ['清徐', '清源'], pinyin: 'qīng xú xiàn' });
  });

  const refusals: [string, string[], RegExp][] = [
    ['an id that exists', ['yongji', '--zh', '永济新区', '--en', 'Yongji New', '--level', 'county', '--parent', 'yuncheng'], /^add-place: place yongji already exists$/],
    ['an unknown parent', ['shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'district', '--parent', 'zhengzhou'], /^add-place: --parent zhengzhou: unknown place \(add the parent first\)$/],
    ['a level that is not a level', ['shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'town', '--parent', 'yuncheng'], /^add-place: --level town is not a level; one of national, province, /],
    ['a Chinese name that is another place\'s', ['yongji-2', '--zh', '永济市', '--en', 'Yongji City', '--level', 'county-level-city', '--parent', 'yuncheng'], /^add-place: 永济市 is already a name of yongji \(永济市\)$/],
    ['a short form that is another place\'s', ['shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'district', '--parent', 'yuncheng', '--short', '上街,运城'], /^add-place: 运城 is already a name of yuncheng \(运城市\)$/],
    ['a level not below the parent\'s', ['shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'county', '--parent', 'yongji'], /^add-place: a county cannot be under yongji, a county-level-city$/],
    ['a county without a parent', ['shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'district'], /^add-place: a district needs --parent$/],
    ['an id that is not a URL id', ['Shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'district', '--parent', 'yuncheng'], /^add-place: id Shangjie: use lowercase letters/],
    ['a missing --en', ['shangjie', '--zh', '上街区', '--level', 'district', '--parent', 'yuncheng'], /^add-place: --en is required; usage: /],
    ['an unknown option', ['shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'district', '--grid', '1,1'], /^add-place: unknown option --grid; usage: /],
  ];
  for (const [name, args, message] of refusals) {
    it(`refuses ${name} with one line, exit code 1 and nothing written`, () => {
      const path = copyOfPlaces();
      const result = addPlace(path, ...args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(readFileSync(path, 'utf8')).toBe(original);
    });
  }

  it('refuses to add to a places file that already has problems, naming the first', () => {
    const path = copyOfPlaces();
    const broken = original.replace('"parent": "yuncheng"', '"parent": "nowhere"');
    writeFileSync(path, broken);
    const result = addPlace(path, 'shangjie', '--zh', '上街区', '--en', 'Shangjie District', '--level', 'district', '--parent', 'yuncheng');
    expect(result.status).toBe(1);
    // The problem names the line where Yanhu's entry opens: the line before its id (0-based index = 1-based line - 1).
    const line = broken.split('\n').findIndex((text) => text.includes('"id": "yanhu"'));
    expect(result.stderr.trim()).toMatch(new RegExp(`^add-place: .*places-\\d+\\.json:${line}: yanhu: parent: unknown place nowhere \\(fix .* first\\)$`));
    expect(readFileSync(path, 'utf8')).toBe(broken);
  });
});
