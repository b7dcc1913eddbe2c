/**
 * `npm run build`: content, then Astro, then the search index, into a staging folder that replaces dist/ only when
 * every step succeeded. A failed build prints the failing step and leaves the previous dist/ (or none) in place, so a
 * half-written site never looks complete.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const staging = join(root, '.dist-staging');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const steps = [
  ['scripts/build-content.ts'],
  ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging],
  ['scripts/build-search.ts', '--site', staging],
];

rmSync(staging, { recursive: true, force: true });
for (const args of steps) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build failed in "${args.join(' ')}"; dist/ was left as it was`);
    process.exit(1);
  }
}
if (existsSync(dist)) rmSync(dist, { recursive: true });
renameSync(staging, dist);
console.log(`site built into ${dist}`);
