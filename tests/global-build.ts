import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv, siteBuildSteps } from '../scripts/site-build-steps.ts';

/**
 * Builds the whole site once per test run (Astro, then the search index) into a temporary folder that the build and
 * browser tests read; the working tree's dist/ is left alone.
 */
export default function setup(project: TestProject) {
  const root = new URL('..', import.meta.url).pathname;
  const siteDir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
  let log = '';
  let status = 0;
  for (const { args } of siteBuildSteps(root, siteDir, { content: false })) {
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: buildEnv });
    log += result.stdout + result.stderr;
    status = result.status ?? 1;
    if (status !== 0) break;
  }
  project.provide('site', { dir: siteDir, status, log });
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: { dir: string; status: number; log: string };
  }
}
