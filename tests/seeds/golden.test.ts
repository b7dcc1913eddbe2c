import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSeed, manifest, root } from '../helpers.ts';

/**
 * Golden trees: the committed `content/reports/<id>.json` is the full parsed tree of each seed. A parser change
 * that alters it fails here until `npm run content` rewrites the files, so the change is reviewed as a git diff.
 */
describe('golden trees of the seeds', () => {
  for (const entry of manifest.reports) {
    it(`content/reports/${entry.id}.json is what the seed parses to`, () => {
      const committed = JSON.parse(readFileSync(join(root, 'content', 'reports', `${entry.id}.json`), 'utf8'));
      expect(buildSeed(entry.id)).toEqual(committed);
    });
  }
});
