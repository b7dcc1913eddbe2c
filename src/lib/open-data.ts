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
