import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.ts';
import { copyProject } from './project-copy.ts';

/**
 * The two commands of "Adding a report", end to end, on a copy of the project: a real report of a place the atlas
 * does not have yet (邢台市 2021, Hebei, lawtext/gov), added with add-place (the province, then the city) and add-report; then the content check, the
 * site check (links, URL and anchor registries) and every test that used to need hand edits after a new report
 * (manifest, places, expectations, headings, translations, figures, glossary, search quality, site links), run in
 * the copy: all must pass with no other edit.
 */
const testsAfterAdding = [
  'tests/seeds',
  'tests/site/headings.test.ts',
  'tests/translation.test.ts',
  'tests/build.test.ts',
  'tests/glossary/content.test.ts',
  'tests/places',
  'tests/search-quality.test.ts',
  'tests/quality/site-links.test.ts',
];

function node(cwd: string, script: string, ...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  return spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

describe('adding a report to the atlas', () => {
  it('add-place + add-report, then every check and test passes with no other edit', () => {
    const copy = copyProject('add-report-e2e');
    const province = node(copy, join(copy, 'scripts', 'add-place.ts'), 'hebei', '--zh', '河北省', '--en', 'Hebei Province', '--level', 'province');
    expect(province.stderr).toBe('');
    expect(province.status).toBe(0);
    const place = node(copy, join(copy, 'scripts', 'add-place.ts'), 'xingtai', '--zh', '邢台市', '--en', 'Xingtai City', '--level', 'prefecture-level-city', '--parent', 'hebei', '--short', '邢台');
    expect(place.stderr).toBe('');
    expect(place.status).toBe(0);

    const report = node(copy, join(copy, 'scripts', 'add-report.ts'), join(root, 'tests', 'fixtures', 'corpus', 'lawtext-gov', 'xingtai-2021.md'), '--place', 'xingtai');
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toContain('added xingtai-2021-work-report');
    expect(readFileSync(join(copy, 'public-urls.txt'), 'utf8')).toContain('/en/reports/xingtai-2021-work-report/');
    expect(readFileSync(join(copy, 'public-anchors.txt'), 'utf8')).toMatch(/^\/zh\/reports\/xingtai-2021-work-report\/\S+#p1 [0-9a-f]{8}$/m);

    expect(node(copy, join(copy, 'scripts', 'build-content.ts'), '--check').status).toBe(0);
    const site = node(copy, join(copy, 'scripts', 'check-site.ts'));
    expect(site.stdout).not.toMatch(/not in public-(?:urls|anchors)\.txt|: URL disappeared|anchor disappeared|now points at other text/);
    expect(site.stdout).toMatch(/ 0 disappeared; \d+ listed anchors, 0 disappeared, 0 changed; \d+ internal links \(\d+ with anchors\), 0 broken;/);
    expect(site.status, site.stdout).toBe(0);

    const tests = node(copy, join(copy, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...testsAfterAdding);
    expect(tests.stdout).toMatch(/Tests: \d+ passed, 0 failed, 0 skipped/);
    expect(tests.status).toBe(0);
  }, 15 * 60_000);
});
