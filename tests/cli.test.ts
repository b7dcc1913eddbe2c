import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesDir, root, seedEntry, seedsDir } from './helpers.ts';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { encoding: 'utf8', cwd: root });
/** The committed content of a report, as `npm run content` wrote it. */
const committed = (id: string) => readFileSync(join(root, 'content', 'reports', `${id}.json`), 'utf8');

describe('npm run outline', () => {
  it('prints the outline of a report as JSON, warnings on stderr', () => {
    const result = run('outline.ts', 'seeds/yongji-2021-five-year-plan.txt');
    expect(result.status).toBe(0);
    const outline = JSON.parse(result.stdout);
    expect(Object.keys(outline)).toEqual(['title', 'date', 'sections', 'notes', 'stats', 'session', 'speaker', 'closing', 'appendices', 'warnings']);
    expect(outline.sections[0]).toMatchObject({ label: '第一章', title: '扛起历史使命，奋力蹚出一条高质量转型发展新路' });
    expect(Object.keys(outline.sections[0].children[0])).toEqual(['label', 'title', 'children']);
    expect(outline.stats).toMatchObject({ tables: 1, boxes: 13 });
    expect(result.stderr).toContain('seeds/yongji-2021-five-year-plan.txt:937: warning: table of contents line 57');
    // The same warnings are in the JSON, with their lines.
    expect(outline.warnings).toContainEqual({ line: 937, message: expect.stringMatching(/^table of contents line 57 /) });
    for (const warning of outline.warnings) expect(result.stderr).toContain(`seeds/yongji-2021-five-year-plan.txt:${warning.line}: warning: ${warning.message}\n`);
  });

  it('prints the title block, the closing, the appendices and the warnings of a seed as the manifest and the content have them', () => {
    const id = 'xinjiang-county-2023-work-report';
    const entry = seedEntry(id);
    const result = run('outline.ts', `seeds/${id}.txt`);
    expect(result.status).toBe(0);
    const outline = JSON.parse(result.stdout);
    expect(outline.title).toBe(entry.statedTitle);
    expect(outline.date).toBe(entry.date);
    expect(outline.session).toBe(entry.session?.zh);
    expect(outline.speaker).toEqual({ organization: entry.speaker?.organization, role: entry.speaker?.role.zh, name: entry.speaker?.zh });
    const { tree } = JSON.parse(committed(id));
    expect(outline.closing).toBe(tree.closing[0].text);
    expect(outline.closing).toMatch(/^各位代表/);
    // No seed has an attachment after the report (and the published document does not carry them).
    expect(outline.appendices).toEqual([]);
    expect(outline.warnings).toEqual(tree.warnings);
  });

  it('prints null for a title block, closing and speaker the file does not have', () => {
    const outline = JSON.parse(run('outline.ts', 'seeds/yuncheng-2024-work-report.txt').stdout);
    expect(outline).toMatchObject({ title: null, date: null, session: null, speaker: null });
    expect(outline.appendices).toEqual([]);
  });

  it("applies a seed's overrides file, and --overrides instead of it", () => {
    const id = 'yuncheng-2024-work-report';
    const overrides = JSON.parse(readFileSync(join(seedsDir, `${id}.overrides.json`), 'utf8')).overrides;
    const lost = overrides.find((override: { rule: string }) => override.rule === 'text-lost-at-break');
    expect(lost).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-overrides-'));
    try {
      const none = join(dir, 'none.json');
      writeFileSync(none, '{"overrides":[]}');
      const seeded = run('outline.ts', `seeds/${id}.txt`);
      const bare = run('outline.ts', '--overrides', none, `seeds/${id}.txt`);
      expect([seeded.status, bare.status]).toEqual([0, 0]);
      // text-lost-at-break keeps the paragraph before the lost text apart from the next one: one paragraph more.
      expect(JSON.parse(seeded.stdout).stats.paragraphs).toBe(JSON.parse(bare.stdout).stats.paragraphs + 1);

      const gaps = (stdout: string) => JSON.stringify(JSON.parse(stdout).tree).match(/"type":"gap"/g)?.length ?? 0;
      const seededTree = run('outline.ts', '--tree', `seeds/${id}.txt`);
      const bareTree = run('outline.ts', '--tree', '--overrides', none, `seeds/${id}.txt`);
      expect([gaps(seededTree.stdout), gaps(bareTree.stdout)]).toEqual([1, 0]);
      expect(JSON.stringify(JSON.parse(seededTree.stdout).tree)).toMatch(new RegExp(`"type":"gap","lines":\\{"start":\\d+,"end":${lost.line}\\}`));

      // Given for a file that is not a seed, the overrides apply to it alone: the seed's own overrides are unused there.
      const copy = join(dir, `${id}.txt`);
      cpSync(join(seedsDir, `${id}.txt`), copy);
      expect(JSON.parse(run('outline.ts', copy).stdout).stats.paragraphs).toBe(JSON.parse(bare.stdout).stats.paragraphs);
      expect(JSON.parse(run('outline.ts', '--overrides', join(seedsDir, `${id}.overrides.json`), copy).stdout).stats).toEqual(JSON.parse(seeded.stdout).stats);

      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '[]');
      const rejected = run('outline.ts', '--overrides', broken, `seeds/${id}.txt`);
      expect(rejected.status).toBe(1);
      expect(rejected.stdout).toBe('');
      expect(rejected.stderr.trim()).toMatch(/broken\.json:1: \(root\): /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--tree prints a seed exactly as published in /data/reports/<id>.json (the committed content)', () => {
    for (const id of ['yuncheng-2024-work-report', 'xinjiang-county-2023-work-report']) {
      const result = run('outline.ts', '--tree', `seeds/${id}.txt`);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).tree).toEqual(JSON.parse(committed(id)).tree);
      expect(result.stdout).toBe(committed(id));
    }
  });

  it('--tree prints the tree of any other file as parseReport returns it (the golden tree)', () => {
    const result = run('outline.ts', '--tree', 'tests/fixtures/reports/plan-chapters.txt');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(root, 'tests', 'fixtures', 'trees', 'plan-chapters.json'), 'utf8'));
  });

  it('prints notes with label and text', () => {
    const outline = JSON.parse(run('outline.ts', 'seeds/xinjiang-county-2023-work-report.txt').stdout);
    expect(outline.notes[12]).toEqual({ label: '“五抓一优一促”', text: '抓招商引资、抓市场主体培育、抓发展动能转换、抓项目达产达效、抓人才智力支撑，优化营商环境，促进全市高质量转型发展。' });
  });

  for (const name of readdirSync(fixturesDir).filter((file) => file.startsWith('bad-'))) {
    it(`rejects ${name} with one file:line line and exit code 1`, () => {
      const result = run('outline.ts', join('tests/fixtures/reports', name));
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`^tests/fixtures/reports/${name.replace('.', '\\.')}:\\d+: `));
    });
  }

  it('names a missing file', () => {
    const result = run('outline.ts', 'no-such-report.txt');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('no-such-report.txt:1: cannot read file (ENOENT)');
    const tree = run('outline.ts', '--tree', 'no-such-report.txt');
    expect(tree.status).toBe(1);
    expect(tree.stderr.trim()).toBe('no-such-report.txt:1: cannot read file (ENOENT)');
  });
});

describe('npm run content', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function copyOfSeeds() {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
    temporary.push(dir);
    cpSync(seedsDir, join(dir, 'seeds'), { recursive: true });
    cpSync(join(root, 'content', 'reports'), join(dir, 'out'), { recursive: true });
    return dir;
  }
  const snapshot = (dir: string) => readdirSync(join(dir, 'out')).map((name) => readFileSync(join(dir, 'out', name), 'utf8'));
  /** The lines of stderr that are not warnings: one per failing report. */
  const errors = (stderr: string) => stderr.trim().split('\n').filter((line) => !line.includes(': warning: '));
  /** Renumbers yanhu's （三） to （五） and updates its SHA-256 in the copy's manifest, so that only the parse fails. */
  function breakNumbering(dir: string) {
    const manifestPath = join(dir, 'seeds', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const seed = join(dir, 'seeds', 'yanhu-2022-work-report.txt');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('（三）强化协调联动', '（二）强化协调联动'));
    manifest.reports.find((entry: { id: string }) => entry.id === 'yanhu-2022-work-report').sha256 = execFileSync('sha256sum', [seed], { encoding: 'utf8' }).split(' ')[0];
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }

  it('reproduces the committed content (--check)', () => {
    expect(run('build-content.ts', '--check').status).toBe(0);
  });

  it('names the line of a seed that fails to parse, and writes nothing', () => {
    const dir = copyOfSeeds();
    const before = snapshot(dir);
    breakNumbering(dir);
    const result = run('build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(errors(result.stderr)).toHaveLength(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/yanhu-2022-work-report\.txt:82: numbering repeats （二）$/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('tries every seed and prints one line for each that fails, then writes nothing (also with --check)', () => {
    const dir = copyOfSeeds();
    const before = snapshot(dir);
    breakNumbering(dir);
    writeFileSync(join(dir, 'seeds', 'xinjiang-county-2023-work-report.txt'), '一、改过的文本。');
    for (const check of [[], ['--check']]) {
      const result = run('build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'), ...check);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      const lines = errors(result.stderr);
      expect(lines).toHaveLength(2);
      expect(lines).toContainEqual(expect.stringMatching(/yanhu-2022-work-report\.txt:82: numbering repeats （二）$/));
      expect(lines).toContainEqual(expect.stringMatching(/xinjiang-county-2023-work-report\.txt:1: SHA-256 is [0-9a-f]{64}, the manifest says [0-9a-f]{64}$/));
      // The reports that did parse still print their warnings, before the errors.
      expect(result.stderr).toContain('yongji-2021-five-year-plan.txt:937: warning: ');
      expect(result.stderr.trim().split('\n').slice(-2)).toEqual(lines);
      expect(snapshot(dir)).toEqual(before);
    }
  });

  it('stops at a seed whose bytes differ from the manifest', () => {
    const dir = copyOfSeeds();
    writeFileSync(join(dir, 'seeds', 'yanhu-2022-work-report.txt'), '一、改过的文本。');
    const result = run('build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/yanhu-2022-work-report\.txt:1: SHA-256 is [0-9a-f]{64}, the manifest says 94f444a2/);
  });

  it('names the manifest field that is wrong, the report and the line of its entry', () => {
    const dir = copyOfSeeds();
    const manifestPath = join(dir, 'seeds', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.reports[1].date = '2023/01/01';
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    writeFileSync(manifestPath, text);
    const line = text.split('\n').indexOf(`      "id": "${manifest.reports[1].id}",`);
    const result = run('build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(`${relative(root, manifestPath)}:${line}: ${manifest.reports[1].id}: date: date must be YYYY-MM-DD or YYYY-MM`);
  });
});
