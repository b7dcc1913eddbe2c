import { join } from 'node:path';

/** The build's environment: Astro telemetry off (no runtime or build-time network). */
export const buildEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * The steps that build the site into a folder, as Node arguments: content from the seeds (unless `content` is false,
 * for tests that build the committed content), Astro, then the search index. Shared by `npm run build`, the
 * benchmark and the tests, so all build the same way.
 */
export function siteBuildSteps(root: string, outDir: string, { content = true } = {}): { name: string; args: string[] }[] {
  return [
    ...(content ? [{ name: 'content', args: [join(root, 'scripts', 'build-content.ts')] }] : []),
    { name: 'astro', args: [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir] },
    { name: 'search index', args: [join(root, 'scripts', 'build-search.ts'), '--site', outDir] },
  ];
}
