import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../../scripts/site-audit.ts';
import { buildEnv, siteBuildSteps } from '../../scripts/site-build-steps.ts';
import { root } from '../helpers.ts';
import { temporaryFolder } from '../temporary.ts';

const site = inject('site');

/** SHA-256 of every file of a built site, by path. */
function fingerprints(dir: string): Record<string, string> {
  return Object.fromEntries(siteFiles(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

describe('deterministic build', () => {
  it('builds the same commit twice into identical files, even in another time zone and locale', { timeout: 180_000 }, () => {
    // Nothing is excluded: the pages carry no build time (dates come from content), and Astro and Pagefind name
    // their assets by content hash.
    const second = temporaryFolder('second-build');
    const env = { ...buildEnv, TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
    for (const { args } of siteBuildSteps(root, second, { content: false })) {
      const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    }
    const first = fingerprints(site.dir);
    expect(Object.keys(first).length).toBeGreaterThan(500);
    expect(fingerprints(second)).toEqual(first);
  });
});
