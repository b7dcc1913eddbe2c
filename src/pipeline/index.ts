/** The text pipeline: report bytes in, section tree out. No files, no Astro. */
export { decodeReport, type DecodedText } from './decode.ts';
export { ReportError } from './errors.ts';
export { parseReport, type Override, type ParseOptions, type SuspectedTypo } from './parse-report.ts';
export { normalizePunctuation, toSearchText } from './normalize.ts';
export { toOutline, type Outline } from './outline.ts';
export type * from './types.ts';
export { corpusFindings, type CorpusFindings } from './corpus-findings.ts';
