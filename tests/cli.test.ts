import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, root, seedsDir } from './helpers.ts';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { encoding: 'utf8', cwd: root });

describe('npm run outline', () => {
  it('prints the outline of a report as JSON, warnings on stderr', () => {
    const result = run('outline.ts', 'seeds/yongji-2021-five-year-plan.txt');
    expect(result.status).toBe(0);
    const outline = JSON.parse(result.stdout);
    expect(Object.keys(outline)).toEqual(['title', 'date', 'sections', 'notes', 'stats']);
    expect(outline.sections[0]).toMatchObject({ label: '第一章', title: '扛起历史使命，奋力蹚出一条高质量转型发展新路' });
    expect(Object.keys(outline.sections[0].children[0])).toEqual(['label', 'title', 'children']);
    expect(outline.stats).toMatchObject({ tables: 1, boxes: 13 });
    expect(result.stderr).toContain('seeds/yongji-2021-five-year-plan.txt:937: warning: table of contents line 57');
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
  });
});

describe('npm run content', () => {
  function copyOfSeeds() {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-seeds-'));
    cpSync(seedsDir, join(dir, 'seeds'), { recursive: true });
    cpSync(join(root, 'content', 'reports'), join(dir, 'out'), { recursive: true });
    return dir;
  }
  const snapshot = (dir: string) => readdirSync(join(dir, 'out')).map((name) => readFileSync(join(dir, 'out', name), 'utf8'));

  it('reproduces the committed content (--check)', () => {
    expect(run('build-content.ts', '--check').status).toBe(0);
  });

  it('stops at a seed that fails to parse, names its line, and writes nothing', () => {
    const dir = copyOfSeeds();
    const before = snapshot(dir);
    const manifestPath = join(dir, 'seeds', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const seed = join(dir, 'seeds', 'yanhu-2022-work-report.txt');
    const damaged = readFileSync(seed, 'utf8').replace('（三）强化协调联动', '（五）强化协调联动');
    writeFileSync(seed, damaged);
    manifest.reports[3].sha256 = execFileSync('sha256sum', [seed], { encoding: 'utf8' }).split(' ')[0];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const result = run('build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/yanhu-2022-work-report\.txt:82: numbering jumps from （二） to （五）$/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('stops at a seed whose bytes differ from the manifest', () => {
    const dir = copyOfSeeds();
    writeFileSync(join(dir, 'seeds', 'yanhu-2022-work-report.txt'), '一、改过的文本。');
    const result = run('build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/yanhu-2022-work-report\.txt:1: SHA-256 is [0-9a-f]{64}, the manifest says 94f444a2/);
  });

  it('names the manifest field that is wrong', () => {
    const dir = copyOfSeeds();
    const manifestPath = join(dir, 'seeds', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.reports[0].date = '2023/01/01';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const result = run('build-content.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/manifest\.json:1: reports\.0\.date: date must be YYYY-MM-DD or YYYY-MM$/);
  });
});
