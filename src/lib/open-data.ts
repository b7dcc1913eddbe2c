import { decodeReport, type DecodedText } from '../pipeline/index.ts';
import type { ManifestEntry } from '../schema/manifest.ts';
import type { ReportDocument } from '../schema/report.ts';
import { sha256 } from './report-document.ts';

/** Where each report's open data lives. */
export const reportJsonPath = (id: string) => `/data/reports/${id}.json`;
export const reportSourcePath = (id: string) => `/data/reports/${id}.txt`;
/** The received file, where its bytes are not the published UTF-8 text; the extension is the seed file's. */
export const reportOriginalPath = (id: string, file: string) => `/data/reports/${id}.original.${file.slice(file.lastIndexOf('.') + 1)}`;

/**
 * A report's downloadable text: always the decoded text as UTF-8 with LF line endings (`<id>.txt`), and the
 * received bytes as well (`<id>.original.<ext>`) when they differ from it (GB18030, a byte-order mark, CRLF).
 */
export interface SourceFiles {
  text: { path: string; sha256: string; bytes: Uint8Array<ArrayBuffer> };
  original: { path: string; sha256: string; bytes: Uint8Array<ArrayBuffer>; encoding: DecodedText['encoding']; hadBom: boolean; convertedLineEndings: boolean } | null;
}

/**
 * The files to publish for one seed's bytes (and, for a Word document or web page, the text it was converted to).
 * @example sourceFiles(entry, gb18030Bytes).original?.encoding // => 'gb18030'
 */
export function sourceFiles(report: Pick<ManifestEntry, 'id' | 'file'>, bytes: Uint8Array, convertedText: string | null = null): SourceFiles {
  // A converted seed (Word, web page) is published as its converted text; the received file is always its original.
  const decoded: DecodedText = convertedText === null ? decodeReport(bytes) : { text: convertedText, encoding: 'utf-8', hadBom: false, convertedLineEndings: false };
  const text = new TextEncoder().encode(decoded.text);
  const same = text.length === bytes.length && text.every((byte, index) => byte === bytes[index]);
  return {
    text: { path: reportSourcePath(report.id), sha256: sha256(text), bytes: text },
    original: same
      ? null
      : {
          path: reportOriginalPath(report.id, report.file),
          sha256: sha256(bytes),
          bytes: new Uint8Array(bytes),
          encoding: decoded.encoding,
          hadBom: decoded.hadBom,
          convertedLineEndings: decoded.convertedLineEndings,
        },
  };
}

/** How the original differs from the UTF-8 text, in tokens that need no translation: `GB18030 · BOM · CRLF`. */
export function describeOriginal(original: NonNullable<SourceFiles['original']>): string {
  return [original.encoding.toUpperCase(), ...(original.hadBom ? ['BOM'] : []), ...(original.convertedLineEndings ? ['CRLF'] : [])].join(' · ');
}

/**
 * The summary row of `/data/reports.json`: the manifest metadata (its `sha256` is the received file's), the counts,
 * and where to get the rest: `source` is the UTF-8 text with its `sourceSha256`; `original` the received bytes when
 * they differ from it, else null; `provenance` where the file came from (the manifest's `source`: repository, commit,
 * path, git blob id, official URL, whether the collection says it may be abridged). The manifest's field is renamed
 * here because `source` already names the text file in this table.
 */
export function toReportSummary(document: ReportDocument, files: SourceFiles) {
  const { report: { source: provenance, ...report }, tree } = document;
  const countSections = (sections: ReportDocument['tree']['sections']): number => sections.reduce((sum, section) => sum + 1 + countSections(section.children), 0);
  const { original } = files;
  return {
    ...report,
    provenance,
    stats: { ...tree.stats, sections: countSections(tree.sections), notes: tree.notes.length, appendices: tree.appendices.length },
    json: reportJsonPath(report.id),
    source: files.text.path,
    sourceSha256: files.text.sha256,
    original: original && {
      path: original.path,
      sha256: original.sha256,
      encoding: original.encoding,
      hadBom: original.hadBom,
      convertedLineEndings: original.convertedLineEndings,
    },
  };
}

/**
 * The two JSON examples on the open data page, taken from a real report at build time so they cannot drift from what
 * the files contain: a row of `/data/reports.json` and the first block of a section (one with run-in headings if any).
 */
export function openDataExamples(documents: ReportDocument[], filesOf: (id: string) => SourceFiles) {
  const sample = documents.find(({ report }) => report.id === 'yanhu-2022-work-report') ?? documents[0]!;
  const firstSection = sample.tree.sections[0]!;
  const block = firstSection.blocks.find((candidate) => candidate.type === 'paragraph' && candidate.runIns.length > 0) ?? firstSection.blocks[0];
  return { sample, summary: JSON.stringify(toReportSummary(sample, filesOf(sample.report.id)), null, 2), block: JSON.stringify(block, null, 2) };
}

/** The stylesheet with the examples' colours (see src/lib/highlight.ts for why it is a file). */
export const codeColoursPath = '/code-colours.css';
