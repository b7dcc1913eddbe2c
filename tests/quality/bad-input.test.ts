import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReport, parseReport } from '../../src/pipeline/index.ts';
import { checkConservation, publishedTexts, root, seedsDir } from '../helpers.ts';
import { temporaryFolder } from '../temporary.ts';
import { BAD_INPUT_CASES } from './bad-input-cases.ts';

const dir = temporaryFolder('bad-input');
const outline = (file: string) => spawnSync(process.execPath, [join(root, 'scripts', 'outline.ts'), file], { encoding: 'utf8', cwd: dir });

describe('bad and odd report files', () => {
  it('has at least 25 cases', () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(25);
  });

  for (const [index, testCase] of BAD_INPUT_CASES.entries()) {
    const file = `case-${String(index).padStart(2, '0')}.txt`;
    if (testCase.error !== undefined) {
      it(`${testCase.name}: one line "${file}:${testCase.error}: …", exit code 1, nothing on stdout`, () => {
        writeFileSync(join(dir, file), testCase.bytes);
        const result = outline(file);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}:${testCase.error}: \\S`));
      });
    } else {
      it(`${testCase.name}: parses, and every character is published or logged as removed, in order`, () => {
        const text = decodeReport(testCase.bytes).text;
        const tree = parseReport(text);
        expect(checkConservation(text, tree)).toMatchObject({ unaccounted: [], invented: [], outOfOrder: -1 });
        const published = publishedTexts(tree).join('\n');
        for (const kept of testCase.keeps ?? []) expect(published).toContain(kept);
        // A generous limit: the 5 MB case takes about 2 s alone and more beside the other test files. This is a
        // correctness test; parse speed is measured by `npm run bench` and `npm run corpus`.
      }, 60_000);
    }
  }

  it('a manifest entry pointing to a missing file: one manifest line named, nothing written', () => {
    const copy = temporaryFolder('missing-seed');
    cpSync(seedsDir, join(copy, 'seeds'), { recursive: true });
    cpSync(join(root, 'content', 'reports'), join(copy, 'out'), { recursive: true });
    rmSync(join(copy, 'seeds', 'yanhu-2022-work-report.txt'));
    const before = readdirSync(join(copy, 'out')).map((name) => readFileSync(join(copy, 'out', name), 'utf8'));
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-content.ts'), '--seeds', join(copy, 'seeds'), '--out', join(copy, 'out')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/yanhu-2022-work-report\.txt:1: .*ENOENT|manifest\.json:\d+: .*yanhu-2022-work-report\.txt/);
    expect(readdirSync(join(copy, 'out')).map((name) => readFileSync(join(copy, 'out', name), 'utf8'))).toEqual(before);
  });
});
