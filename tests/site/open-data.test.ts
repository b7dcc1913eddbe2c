import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeOriginal, sourceFiles, toReportSummary } from '../../src/lib/open-data.ts';
import { gitBlobId } from '../../src/lib/report-document.ts';
import { buildSeed, fixtureBytes, seedBytes } from '../helpers.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const report = { id: 'county-report', file: 'county-report.txt' };

/** The same report as UTF-8 with LF, as GB18030, and as UTF-8 with a BOM and CRLF (tests/fixtures/reports/README.md). */
const bytes = (name: string) => new Uint8Array(fixtureBytes(name));
const utf8 = bytes('county-bracket-headings.txt');

describe('downloadable text of a report', () => {
  it('publishes a UTF-8 file with LF as it is, with no original beside it', () => {
    const files = sourceFiles(report, utf8);
    expect(files.text).toMatchObject({ path: '/data/reports/county-report.txt', sha256: sha256(utf8) });
    expect(files.text.bytes).toEqual(utf8);
    expect(files.original).toBeNull();
  });

  it('publishes a GB18030 file as the same UTF-8 text, and its bytes as the original with their SHA-256', () => {
    const gb18030 = bytes('gb18030-report.txt');
    const files = sourceFiles(report, gb18030);
    expect(files.text.bytes).toEqual(utf8);
    expect(files.text.sha256).toBe(sha256(utf8));
    expect(files.original).toMatchObject({ path: '/data/reports/county-report.original.txt', sha256: sha256(gb18030), encoding: 'gb18030', hadBom: false, convertedLineEndings: false });
    expect(files.original!.bytes).toEqual(gb18030);
    expect(describeOriginal(files.original!)).toBe('GB18030');
  });

  it('publishes a UTF-8 file with a BOM and CRLF without either, and the original as received', () => {
    const crlf = bytes('crlf-report.txt');
    const files = sourceFiles(report, crlf);
    expect(files.text.bytes).toEqual(utf8);
    expect(files.original).toMatchObject({ sha256: sha256(crlf), encoding: 'utf-8', hadBom: true, convertedLineEndings: true });
    expect(describeOriginal(files.original!)).toBe('UTF-8 · BOM · CRLF');
  });
});

describe('/data/reports.json rows', () => {
  it('carry each report\'s provenance beside the text file it publishes', () => {
    const document = buildSeed('taiyuan-2024-work-report');
    const summary = toReportSummary(document, sourceFiles(document.report, seedBytes(document.report.id)));
    expect(summary.source).toBe('/data/reports/taiyuan-2024-work-report.txt');
    expect(summary.provenance).toEqual(document.report.source);
    expect(summary.provenance).toMatchObject({ repository: 'lawtext/gov', path: expect.stringMatching(/\.md$/), mayBeAbridged: true });
    expect(summary.provenance.blob).toBe(gitBlobId(seedBytes(document.report.id)));
  });
});
