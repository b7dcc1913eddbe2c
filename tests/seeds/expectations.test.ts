import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectationsFileName, expectationsOf, formatExpectations, withReviews } from '../../src/lib/report-expectations.ts';
import { reportExpectationsSchema } from '../../src/schema/expected.ts';
import { buildSeed, manifest, seedExpectations, seedsDir } from '../helpers.ts';

/**
 * Every report is held to what a person reviewed of its parse (`seeds/<id>.expected.json`): a parser change that
 * alters any report's title block, outline, notes, appendices or closing fails here, naming the report.
 */
describe('per-report expectations', () => {
  for (const entry of manifest.reports) {
    it(`${entry.id} parses as reviewed in seeds/${expectationsFileName(entry.id)}`, () => {
      const expected = seedExpectations(entry.id);
      if (expected === null) {
        expect.fail(`seeds/${expectationsFileName(entry.id)} is missing: add the report with npm run add-report, or run npm run expectations -- ${entry.id} and review the file`);
      }
      const { figures: _figures, glossary: _glossary, ...reviewed } = expected;
      expect(expectationsOf(buildSeed(entry.id))).toEqual(reviewed);
    });
  }

  it('has no expectations file without a manifest entry', () => {
    const ids = new Set(manifest.reports.map((entry) => entry.id));
    const files = readdirSync(seedsDir).filter((name) => name.endsWith('.expected.json'));
    expect(files.filter((name) => !ids.has(name.slice(0, -'.expected.json'.length)))).toEqual([]);
  });

  it('keeps each file in its written form, so a review diff shows one line per change', () => {
    for (const entry of manifest.reports) {
      const file = join(seedsDir, expectationsFileName(entry.id));
      if (existsSync(file)) expect(readFileSync(file, 'utf8'), entry.id).toBe(formatExpectations(seedExpectations(entry.id)!));
    }
  });

  it('computes the expectations from a document, and a rewrite keeps the hand-read figures', () => {
    const document = buildSeed('yanhu-2022-work-report');
    const computed = expectationsOf(document);
    expect(computed).toMatchObject({ report: 'yanhu-2022-work-report', notes: document.tree.notes.length, closing: true, appendices: 0 });
    expect(computed.outline.map((part) => part.children)).toEqual(document.tree.sections.map((section) => section.children.length));
    expect(computed).not.toHaveProperty('figures');
    const figures = seedExpectations('yanhu-2022-work-report')!.figures!;
    expect(withReviews(computed, { ...computed, figures }).figures).toBe(figures);
    expect(withReviews(computed, { ...computed, glossary: 'reviewed' }).glossary).toBe('reviewed');
    expect(withReviews(computed, null)).toEqual(computed);
    expect(reportExpectationsSchema.parse(JSON.parse(formatExpectations({ ...computed, glossary: 'reviewed', figures })))).toEqual({ ...computed, glossary: 'reviewed', figures });
    expect(reportExpectationsSchema.parse(JSON.parse(formatExpectations({ ...computed, figures })))).toEqual({ ...computed, figures });
  });

  it('rejects a file with an unknown field or a figure of an unknown indicator', () => {
    const valid = seedExpectations('yanhu-2022-work-report')!;
    expect(reportExpectationsSchema.safeParse({ ...valid, sections: 3 }).success).toBe(false);
    expect(reportExpectationsSchema.safeParse({ ...valid, figures: [{ ...valid.figures![0]!, indicator: 'exports' }] }).success).toBe(false);
  });
});
