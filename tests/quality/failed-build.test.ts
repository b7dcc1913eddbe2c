import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject } from './project-copy.ts';

describe('a failed build', () => {
  it('leaves the previous dist/ as it was, or none, and no half-written site', { timeout: 120_000 }, () => {
    const copy = copyProject('failed-build');
    // Broken content that only Astro's schema check finds, so the build fails after its first step.
    writeFileSync(join(copy, 'content', 'glossary', 'wu-zhua-yi-you-yi-cu.json'), '{"term": 5}');
    const build = () => spawnSync(process.execPath, ['scripts/build-site.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

    mkdirSync(join(copy, 'dist'));
    writeFileSync(join(copy, 'dist', 'index.html'), 'previous build');
    const failed = build();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('build failed in the astro step; dist/ was left as it was');
    expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(copy, '.dist-staging'))).toBe(false);

    spawnSync('rm', ['-r', join(copy, 'dist')]);
    expect(build().status).toBe(1);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });
});
