import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/lib/report-nav.ts';
import { headingsFileSchema } from '../../src/schema/headings.ts';
import { buildSeed, manifest, root } from '../helpers.ts';

const headingsDir = join(root, 'content', 'headings');
const headingFiles = existsSync(headingsDir) ? readdirSync(headingsDir).filter((name) => name.endsWith('.json')) : [];

/**
 * A report's English headings are optional (until they exist its English pages show the Chinese ones), but a
 * headings file that exists must be current: it names every section the parser reads now, with the Chinese title
 * it translates, so a parser change that alters a heading or the sections fails here.
 */
describe('English section headings', () => {
  it('belong to reports of the manifest', () => {
    const ids = new Set(manifest.reports.map((entry) => entry.id));
    expect(headingFiles.map((name) => name.replace(/\.json$/, '')).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const name of headingFiles) {
    const id = name.replace(/\.json$/, '');
    if (!manifest.reports.some((entry) => entry.id === id)) continue;
    it(`content/headings/${name} covers every section, and its Chinese matches the parsed titles`, () => {
      const file = headingsFileSchema.parse(JSON.parse(readFileSync(join(headingsDir, name), 'utf8')));
      const sections = flattenSections(buildSeed(id).tree.sections);
      expect(Object.keys(file.sections).sort()).toEqual(sections.map((section) => section.id).sort());
      for (const section of sections) {
        const heading = file.sections[section.id]!;
        expect({ id: section.id, zh: heading.zh }).toEqual({ id: section.id, zh: section.title });
        expect(heading.en === null).toBe(section.title === null);
        expect(heading.en ?? '').not.toMatch(/\p{Script=Han}/u);
      }
    });
  }
});
