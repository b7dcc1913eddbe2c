import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReport, parseReport } from '../../src/pipeline/index.ts';
import { convertToText, needsConversion } from '../../scripts/convert-document.ts';
import { checkConservation, root } from '../helpers.ts';

/**
 * A sample of real work reports from public repositories (tests/fixtures/corpus/README.md), each copied byte for byte,
 * with an outline established by reading the text, not by running the parser. A failure here is a parser finding
 * (or, rarely, a reading mistake to be fixed in sample.json with the reason); never loosen an expectation to pass.
 */
interface SampleEntry {
  file: string;
  repository: string;
  commit: string;
  path: string;
  url: string | null;
  encoding: 'utf-8' | 'gb18030';
  layout: string;
  sha256: string;
  bytes: number;
  sourceDefect?: string;
  /**
   * Where today's parser disagrees with the reading, what it gets wrong. Such an entry's outline test is expected to
   * fail (`it.fails`): when a parser change makes it pass, the test fails and the gap must be removed from sample.json.
   */
  parserGap?: string;
  expected: {
    title: string | null;
    date: string | null;
    speaker: string | null;
    parts: number;
    children: number[];
    notes: number;
    closing: boolean;
    appendices: number;
  };
}

const corpusDir = join(root, 'tests', 'fixtures', 'corpus');
const sample = JSON.parse(readFileSync(join(corpusDir, 'sample.json'), 'utf8')) as SampleEntry[];
const bytesOf = (entry: SampleEntry): Uint8Array => readFileSync(join(corpusDir, entry.file));
/** The text the pipeline reads: decoded, or for a Word document converted as add-report converts it. */
const textOf = async (entry: SampleEntry): Promise<string> => (needsConversion(entry.file) ? convertToText(entry.file, bytesOf(entry), entry.file) : decodeReport(bytesOf(entry)).text);
/** Titles and names are compared without whitespace (丁 晖 = 丁晖, 政 府 工 作 报 告 = 政府工作报告). */
const compact = (text: string | null | undefined): string | null => (text == null ? null : text.replace(/\s/gu, ''));

describe('corpus sample: files and provenance', () => {
  it('has at least 60 files from at least four repositories', () => {
    expect(sample.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sample.map((entry) => entry.repository)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(sample.map((entry) => entry.file)).size).toBe(sample.length);
  });

  it('stays within 4 MB in total', () => {
    const total = sample.reduce((sum, entry) => sum + bytesOf(entry).length, 0);
    expect(total).toBeLessThanOrEqual(4_000_000);
  });

  for (const entry of sample) {
    it(`${entry.file} is byte for byte the recorded copy (sha256)`, () => {
      const bytes = bytesOf(entry);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      expect(bytes.length).toBe(entry.bytes);
      expect(entry.commit).toMatch(/^[0-9a-f]{40}$/u);
      expect(entry.expected.children).toHaveLength(entry.expected.parts);
    });
  }
});

describe('corpus sample: outline as read', () => {
  for (const entry of sample) {
    const test = entry.parserGap ? it.fails : it;
    test(`parses ${entry.file} to the outline established by reading${entry.parserGap ? ` (known parser gap: ${entry.parserGap.slice(0, 80)})` : ''}`, async () => {
      const tree = parseReport(await textOf(entry));
      const actual = {
        // The printed title, else the collection's own title from its front matter.
        title: compact(tree.metadata.title ?? tree.metadata.sourceHeader?.title),
        date: tree.metadata.date,
        speaker: compact(tree.metadata.speaker?.name),
        parts: tree.sections.length,
        children: tree.sections.map((section) => section.children.length),
        notes: tree.notes.length,
        closing: tree.closing.length > 0,
        appendices: tree.appendices.length,
      };
      const { expected } = entry;
      expect(actual).toEqual({ ...expected, title: compact(expected.title), speaker: compact(expected.speaker) });
    });
  }
});

describe('corpus sample: conservation', () => {
  for (const entry of sample) {
    // A report the parser rejects has no tree to account for; its gap is recorded in sample.json.
    const test = entry.parserGap?.startsWith('parse error') ? it.fails : it;
    test(`accounts for every character of ${entry.file}`, async () => {
      const source = await textOf(entry);
      const result = checkConservation(source, parseReport(source));
      expect(result.unaccounted).toEqual([]);
      expect(result.invented).toEqual([]);
      expect(result.outOfOrder).toBe(-1);
      expect(result.publishedCount + result.removedCount).toBe(result.sourceCount);
    });
  }
});
