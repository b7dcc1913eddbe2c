import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../../scripts/site-audit.ts';
import { buildEnv, siteBuildSteps } from '../../scripts/site-build-steps.ts';
import { copyProject } from './project-copy.ts';

/** Markup a hostile or careless source could carry: HTML, script, an event handler, a javascript: link, MDX. */
const HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"><a href="javascript:alert(1)">点此</a>{1+1} import x from "y" <Aside>';

describe('text from reports is rendered as text', () => {
  it('builds a site whose report holds HTML, script and MDX syntax, and none of it reaches the DOM', { timeout: 180_000 }, () => {
    // A copy of the project with one seed line changed (same line count, so overrides and annotations still apply).
    const copy = copyProject('hostile');
    const seedFile = join(copy, 'seeds', 'yongji-2023-plan-report.txt');
    const lines = readFileSync(seedFile, 'utf8').split('\n');
    lines[26] = `${lines[26]}${HOSTILE}`;
    writeFileSync(seedFile, lines.join('\n'));
    const manifestFile = join(copy, 'seeds', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.reports.find((entry: { id: string }) => entry.id === 'yongji-2023-plan-report').sha256 = createHash('sha256').update(readFileSync(seedFile)).digest('hex');
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    const dist = join(copy, 'dist');
    for (const { args } of siteBuildSteps(copy, dist)) {
      const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: buildEnv });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    }

    let shownAsText = 0;
    for (const file of siteFiles(dist).filter((name) => name.endsWith('.html'))) {
      const document = parse(readFileSync(join(dist, file), 'utf8'));
      expect(document.querySelectorAll('[onerror]'), file).toEqual([]);
      expect(document.querySelectorAll('img[src="x"], a[href^="javascript:"]'), file).toEqual([]);
      for (const script of document.querySelectorAll('script')) expect(script.textContent, file).not.toContain('window.pwned');
      if (document.textContent.includes(HOSTILE)) shownAsText += 1;
    }
    // At least the Chinese and the English section page show it (the English falls back to the changed Chinese).
    expect(shownAsText).toBeGreaterThanOrEqual(2);
    expect(readFileSync(join(dist, 'data', 'reports', 'yongji-2023-plan-report.json'), 'utf8')).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });
});
