import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv, siteBuildSteps } from '../scripts/site-build-steps.ts';

/**
 * Builds the whole site once per test run (Astro, then the search index) into a temporary folder that the build and
 * browser tests read; the working tree's dist/ is left alone.
 *
 * Every temporary file of the run goes under one folder of its own (`TMPDIR`, inherited by the test workers and the
 * commands they start), so that the teardown sees what this run, and no other run on the machine, left behind: it
 * removes the folder, and fails the run if a test left an `atlas-` folder in it (tests/temporary.ts cleans up).
 */
export default function setup(project: TestProject) {
  const root = new URL('..', import.meta.url).pathname;
  const runDir = mkdtempSync(join(tmpdir(), 'atlas-run-'));
  process.env.TMPDIR = runDir;
  const siteDir = mkdtempSync(join(runDir, 'site-'));
  let log = '';
  let status = 0;
  for (const { args } of siteBuildSteps(root, siteDir, { content: false })) {
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...buildEnv, TMPDIR: runDir } });
    log += result.stdout + result.stderr;
    status = result.status ?? 1;
    if (status !== 0) break;
  }
  project.provide('site', { dir: siteDir, status, log });

  return () => {
    const left = readdirSync(runDir).filter((name) => name.startsWith('atlas-'));
    rmSync(runDir, { recursive: true, force: true });
    if (left.length > 0) throw new Error(`tests left temporary folders behind: ${left.join(', ')}. Make them with temporaryFolder() (tests/temporary.ts), or remove them in afterAll or finally.`);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: { dir: string; status: number; log: string };
  }
}
