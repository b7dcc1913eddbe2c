import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { buildGlossaryIndex } from '../../src/lib/glossary.ts';
import { EXCLUDED_TERMS, EXCLUSION_KINDS } from '../../src/lib/glossary-exclusions.ts';
import { sharedQuotedTerms } from '../../src/lib/quoted-terms.ts';
import { linkableTexts } from '../../src/lib/term-matching.ts';
import { glossaryEntrySchema } from '../../src/schema/glossary.ts';
import { buildSeed, manifest, root, seedExpectations } from '../helpers.ts';

const dir = join(root, 'content', 'glossary');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
const entries = files.map((name) => ({ name, entry: glossaryEntrySchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))) }));
const documents = manifest.reports.map((entry) => buildSeed(entry.id));
const index = buildGlossaryIndex(entries.map(({ entry }) => entry), documents);
/** Reports whose glossary entries have been written and reviewed (seeds/<id>.expected.json). */
const reviewed = documents.filter((document) => seedExpectations(document.report.id)?.glossary === 'reviewed');
/** Every printed form an entry answers for: terms and aliases. */
const forms = new Set(entries.flatMap(({ entry }) => [entry.term, ...entry.aliases.map((alias) => alias.form)]));
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

  it('misses no term of a notes appendix: every note of every reviewed report is cited by an entry', () => {
    const cited = new Set(entries.flatMap(({ entry }) => entry.definitions.flatMap((definition) => (definition.source === 'note' ? [`${definition.report}#${definition.note}`] : []))));
    // The notes parsed are those a person reviewed, report by report (seeds/<id>.expected.json).
    for (const document of documents) expect(document.tree.notes.length, document.report.id).toBe(seedExpectations(document.report.id)?.notes);
    // Reports whose glossary has been written (`"glossary": "reviewed"`); one just added by add-report has no entries yet.
    expect(reviewed.filter((document) => document.tree.notes.length > 0).length).toBeGreaterThan(0);
    const notes = reviewed.flatMap((document) => document.tree.notes.map((note) => `${document.report.id}#${note.number} ${note.label}`));
    expect(notes.filter((note) => !cited.has(note.split(' ')[0]!))).toEqual([]);
  });

  it('covers every quoted term of the first five reports used in two or more of them, except the listed non-terms', () => {
    const rows = readFileSync(join(root, 'tests', 'fixtures', 'seeds-quoted-terms.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
    const multi = rows.filter((row) => Number(row[6]) >= 2).map((row) => row[0]!);
    expect(multi).toHaveLength(77);
    expect(multi.filter((term) => !forms.has(term) && !EXCLUDED_TERMS.includes(term))).toEqual([]);
  });

  it('covers every quoted string that three or more reviewed reports print, with an entry, an alias or a listed non-term', () => {
    const shared = sharedQuotedTerms(reviewed.map((document) => ({ id: document.report.id, tree: document.tree })), 3);
    // The finder itself: a slogan every Shanxi report quotes is found, a sentence in quotation marks is not.
    expect(shared.get('十四五')?.length).toBeGreaterThanOrEqual(3);
    expect([...shared.keys()].filter((term) => /[，。；]/.test(term))).toEqual([]);
    expect([...shared].filter(([term]) => !forms.has(term) && !EXCLUDED_TERMS.includes(term)).map(([term, reports]) => `${term} (${reports.length} reports)`)).toEqual([]);
  });

  it('lists each non-term once, under one kind, and never as an entry too', () => {
    expect(new Set(EXCLUDED_TERMS).size).toBe(EXCLUDED_TERMS.length);
    expect(EXCLUDED_TERMS.filter((term) => forms.has(term))).toEqual([]);
    for (const kind of EXCLUSION_KINDS) for (const dictionary of Object.values(dictionaries)) expect((dictionary as Record<string, string>)[`glossary.excludedKind.${kind}`], kind).toBeTruthy();
  });

  it('separates homonyms into scoped entries that do not overlap and link to each other', () => {
    const byTerm = Map.groupBy(entries.map(({ entry }) => entry), (entry) => entry.term);
    const homonyms = [...byTerm.values()].filter((group) => group.length > 1);
    // The homonyms reviewed so far stay split; any other term with two entries is held to the same rules below.
    expect(homonyms.map((group) => group[0]!.term)).toEqual(expect.arrayContaining(['1+N', '1311', '三区', '三无', '五位一体', '五张清单']));
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
