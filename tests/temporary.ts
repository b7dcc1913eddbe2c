import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, onTestFinished } from 'vitest';

/**
 * A new empty folder `<tmp>/atlas-<name>-XXXXXX`, removed when the test that made it ends, or after the file's
 * tests when made outside a test (at the top of a file or in a `describe`). tests/global-build.ts fails the run
 * if any `atlas-` folder is left behind, so a test never needs to remember to clean up.
 */
export function temporaryFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (expect.getState().currentTestName === undefined) afterAll(remove);
  else onTestFinished(remove);
  return dir;
}
