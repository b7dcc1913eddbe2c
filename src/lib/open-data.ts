import type { ReportDocument } from '../schema/report.ts';

/** Where each report's open data lives. */
export const reportJsonPath = (id: string) => `/data/reports/${id}.json`;
export const reportSourcePath = (id: string) => `/data/reports/${id}.txt`;

/** The summary row of `/data/reports.json`: the manifest metadata, the counts, and where to get the rest. */
export function toReportSummary(document: ReportDocument) {
  const { report, tree } = document;
  const countSections = (sections: ReportDocument['tree']['sections']): number => sections.reduce((sum, section) => sum + 1 + countSections(section.children), 0);
  return {
    ...report,
    stats: { ...tree.stats, sections: countSections(tree.sections), notes: tree.notes.length },
    json: reportJsonPath(report.id),
    source: reportSourcePath(report.id),
  };
}

/**
 * The two JSON examples on the open data page, taken from a real report at build time so they cannot drift from what
 * the files contain: a row of `/data/reports.json` and the first block of a section (one with run-in headings if any).
 */
export function openDataExamples(documents: ReportDocument[]) {
  const sample = documents.find(({ report }) => report.id === 'yanhu-2022-work-report') ?? documents[0]!;
  const firstSection = sample.tree.sections[0]!;
  const block = firstSection.blocks.find((candidate) => candidate.type === 'paragraph' && candidate.runIns.length > 0) ?? firstSection.blocks[0];
  return { sample, summary: JSON.stringify(toReportSummary(sample), null, 2), block: JSON.stringify(block, null, 2) };
}

/** The stylesheet with the examples' colours (see src/lib/highlight.ts for why it is a file). */
export const codeColoursPath = '/code-colours.css';
