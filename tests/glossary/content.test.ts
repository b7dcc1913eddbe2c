import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { buildGlossaryIndex } from '../../src/lib/glossary.ts';
import { EXCLUDED_TERMS } from '../../src/lib/glossary-exclusions.ts';
import { linkableTexts } from '../../src/lib/term-matching.ts';
import { glossaryEntrySchema } from '../../src/schema/glossary.ts';
import { buildSeed, manifest, root, seedExpectations } from '../helpers.ts';

const dir = join(root, 'content', 'glossary');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const entries = files.map((name) => ({ name, entry: glossaryEntrySchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))) }));
const documents = manifest.reports.map((entry) => buildSeed(entry.id));
const index = buildGlossaryIndex(entries.map(({ entry }) => entry), documents);
const tree = (reportId: string) => documents.find((document) => document.report.id === reportId)!.tree;

describe('glossary content', () => {
  it('has well over a hundred entries, each stored under its own slug', () => {
    expect(entries.length).toBeGreaterThan(120);
    for (const { name, entry } of entries) expect(name).toBe(`${entry.slug}.json`);
  });

  it('gives pinyin as pinyin-pro reads it, unless a reviewer corrected it and said why', () => {
    const unexplained = entries.filter(({ entry }) => entry.pinyin !== pinyin(entry.term, { toneSandhi: false, nonZh: 'consecutive' }) && !entry.pinyinReviewed);
    expect(unexplained.map(({ entry }) => entry.slug)).toEqual([]);
  });

  it('cites only notes and paragraphs that exist, quoting body definitions exactly', () => {
    for (const { entry } of entries) {
      for (const definition of entry.definitions) {
        if (definition.source === 'note') expect(tree(definition.report).notes.map((note) => note.number), entry.slug).toContain(definition.note);
        if (definition.source === 'body') {
          const unit = linkableTexts(tree(definition.report)).find((candidate) => candidate.section === definition.section && candidate.anchor === definition.paragraph);
          expect(unit?.text, `${entry.slug}: ${definition.section} ${definition.paragraph}`).toContain(definition.quote);
        }
      }
    }
  });

  it('links every occurrence to a paragraph that really contains the term', () => {
    for (const { entry } of entries) {
      const forms = [entry.term, ...entry.aliases.map((alias) => alias.form)];
      for (const occurrence of index.occurrences.get(entry.slug)!) {
        const unit = linkableTexts(tree(occurrence.report)).find((candidate) => candidate.section === occurrence.section && candidate.anchor === occurrence.anchor);
        expect(forms.some((form) => unit?.text.includes(form)), `${entry.slug} in ${occurrence.report} ${occurrence.section} ${occurrence.anchor}`).toBe(true);
      }
    }
  });

  it('misses no term of a notes appendix it has been written for: every note of such a report is cited by an entry', () => {
    const cited = new Set(entries.flatMap(({ entry }) => entry.definitions.flatMap((definition) => (definition.source === 'note' ? [`${definition.report}#${definition.note}`] : []))));
    // The notes parsed are those a person reviewed, report by report (seeds/<id>.expected.json).
    for (const document of documents) expect(document.tree.notes.length, document.report.id).toBe(seedExpectations(document.report.id)?.notes);
    // A report added since the glossary was written has no note cited yet; once one is, all must be.
    const written = documents.filter((document) => document.tree.notes.some((note) => cited.has(`${document.report.id}#${note.number}`)));
    expect(written.map((document) => document.report.id)).toEqual(expect.arrayContaining(['yanhu-2022-work-report', 'xinjiang-county-2023-work-report']));
    const notes = written.flatMap((document) => document.tree.notes.map((note) => `${document.report.id}#${note.number}`));
    expect(notes.filter((note) => !cited.has(note))).toEqual([]);
  });

  it('covers every quoted term used in two or more reports, except the listed non-terms', () => {
    const rows = readFileSync(join(root, 'tests', 'fixtures', 'seeds-quoted-terms.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
    const multi = rows.filter((row) => Number(row[6]) >= 2).map((row) => row[0]!);
    expect(multi).toHaveLength(77);
    const forms = new Set(entries.flatMap(({ entry }) => [entry.term, ...entry.aliases.map((alias) => alias.form)]));
    expect(multi.filter((term) => !forms.has(term) && !(EXCLUDED_TERMS as readonly string[]).includes(term))).toEqual([]);
    for (const term of EXCLUDED_TERMS) for (const dictionary of Object.values(dictionaries)) expect(dictionary['glossary.excluded']).toContain(`“${term}”`);
  });

  it('separates homonyms into scoped entries that do not overlap and link to each other', () => {
    const byTerm = Map.groupBy(entries.map(({ entry }) => entry), (entry) => entry.term);
    const homonyms = [...byTerm.values()].filter((group) => group.length > 1);
    expect(homonyms.map((group) => group[0]!.term).sort()).toEqual(['1+N', '1311', '三区', '三无', '五位一体', '五张清单'].sort());
    for (const group of homonyms) {
      for (const entry of group) expect(entry.scope, entry.slug).not.toBeNull();
      const slugs = group.flatMap((entry) => index.occurrences.get(entry.slug)!.map((occurrence) => `${occurrence.report} ${occurrence.section} ${occurrence.anchor}`));
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('relates entries only to entries that exist', () => {
    const slugs = new Set(entries.map(({ entry }) => entry.slug));
    for (const { entry } of entries) for (const related of entry.related) expect(slugs.has(related), `${entry.slug} → ${related}`).toBe(true);
  });

  it('does not count 六保 inside 一包六保', () => {
    const liuBao = entries.find(({ entry }) => entry.term === '六保')!.entry;
    expect(index.occurrences.get(liuBao.slug)!.some((occurrence) => occurrence.report === 'xinjiang-county-2023-work-report')).toBe(false);
  });
});
