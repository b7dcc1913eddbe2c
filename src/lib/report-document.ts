import { createHash } from 'node:crypto';
import { decodeReport, parseReport, ReportError, type ParseOptions } from '../pipeline/index.ts';
import type { ManifestEntry } from '../schema/manifest.ts';
import { reportDocumentSchema, type ReportDocument } from '../schema/report.ts';

/** A problem with one input file, reported as `file:line: message`. */
export class InputError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Git's object id of a file's bytes (what `git hash-object` prints): SHA-1 over `blob <size>\0` and the bytes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Parses one seed into the published document, after checking its bytes against the manifest.
 * @param path how to name the seed file in error messages
 * @param convertedText the text of a seed that is not itself text (`.docx`, `.html`), converted by the caller
 */
export function buildReportDocument(entry: ManifestEntry, bytes: Uint8Array, options: ParseOptions, path: string, convertedText: string | null = null): ReportDocument {
  const actual = sha256(bytes);
  if (actual !== entry.sha256) throw new InputError(path, 1, `SHA-256 is ${actual}, the manifest says ${entry.sha256}`);
  try {
    // A Word document or web page arrives converted to text (scripts/convert-document.ts); text files are decoded here.
    const tree = parseReport(convertedText ?? decodeReport(bytes).text, options);
    return reportDocumentSchema.parse({ report: entry, tree });
  } catch (error) {
    if (error instanceof ReportError) throw new InputError(path, error.line, error.message);
    throw error;
  }
}
