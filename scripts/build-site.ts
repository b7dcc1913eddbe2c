/**
 * `npm run build`: content, then Astro, then the search index, into a staging folder that replaces dist/ only when
 * every step succeeded. A failed build prints the failing step and leaves the previous dist/ (or none) in place, so a
 * half-written site never looks complete.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv, siteBuildSteps } from './site-build-steps.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const staging = join(root, '.dist-staging');

rmSync(staging, { recursive: true, force: true });
for (const { name, args } of siteBuildSteps(root, staging)) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: buildEnv });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build failed in the ${name} step; dist/ was left as it was`);
    process.exit(1);
  }
}
if (existsSync(dist)) rmSync(dist, { recursive: true });
renameSync(staging, dist);
console.log(`site built into ${dist}`);
