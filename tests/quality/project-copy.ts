import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers.ts';
import { temporaryFolder } from '../temporary.ts';

/**
 * A copy of the project in a temporary folder (sharing node_modules), for tests that change its input and build;
 * removed when the test ends (tests/temporary.ts).
 */
export function copyProject(name: string): string {
  const copy = temporaryFolder(name);
  const skipped = new Set(['node_modules', 'dist', '.git', '.astro', '.dist-staging']);
  cpSync(root, copy, { recursive: true, filter: (source) => !skipped.has(source.slice(root.length).split('/')[0]!) });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}
