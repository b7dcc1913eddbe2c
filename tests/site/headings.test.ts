import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/lib/report-nav.ts';
import { headingsFileSchema } from '../../src/schema/headings.ts';
import { buildSeed, manifest, root } from '../helpers.ts';

/** Every section heading has an English version, made from the Chinese heading the parser reads now. */
describe('English section headings', () => {
  for (const entry of manifest.reports) {
    it(`content/headings/${entry.id}.json covers every section, and its Chinese matches the parsed titles`, () => {
      const file = headingsFileSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'headings', `${entry.id}.json`), 'utf8')));
      const sections = flattenSections(buildSeed(entry.id).tree.sections);
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
