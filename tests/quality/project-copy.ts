import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../helpers.ts';

/** A copy of the project in a temporary folder (sharing node_modules), for tests that change its input and build. */
export function copyProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const skipped = new Set(['node_modules', 'dist', '.git', '.astro', '.dist-staging']);
  cpSync(root, copy, { recursive: true, filter: (source) => !skipped.has(source.slice(root.length).split('/')[0]!) });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}
