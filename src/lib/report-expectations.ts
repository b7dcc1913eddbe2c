import type { ReportExpectations } from '../schema/expected.ts';
import type { ReportDocument } from '../schema/report.ts';

/**
 * What a person reviews of one parsed report, as `seeds/<id>.expected.json` holds it (src/schema/expected.ts):
 * title block, outline shape, notes, appendices, closing. Figures read by hand and the glossary review mark are not
 * computed here; a caller that rewrites an expectations file keeps them (`withReviews`).
 * @example expectationsOf(document).outline // => [{ label: '一、', title: '2022年工作回顾', children: 0 }, …]
 */
export function expectationsOf(document: Pick<ReportDocument, 'report' | 'tree'>): ReportExpectations {
  const { report, tree } = document;
  return {
    report: report.id,
    titleBlock: {
      title: tree.metadata.title,
      date: tree.metadata.date,
      session: tree.metadata.session,
      speaker: tree.metadata.speaker?.name ?? null,
    },
    outline: tree.sections.map((section) => ({ label: section.label, title: section.title, children: section.children.length })),
    notes: tree.notes.length,
    appendices: tree.appendices.length,
    closing: tree.closing.length > 0,
  };
}

/** The expectations with what people recorded in an earlier file kept: hand-read figures, the glossary review mark. */
export function withReviews(expectations: ReportExpectations, previous: ReportExpectations | null): ReportExpectations {
  return {
    ...expectations,
    ...(previous?.glossary ? { glossary: previous.glossary } : {}),
    ...(previous?.figures ? { figures: previous.figures } : {}),
  };
}

/** The file name beside the seed: `seeds/<id>.expected.json`. */
export const expectationsFileName = (reportId: string): string => `${reportId}.expected.json`;

/** The file's text: two-space JSON with one outline part and one figure per line, so a review diff shows one line per change. */
export function formatExpectations(expectations: ReportExpectations): string {
  const { report, titleBlock, outline, notes, appendices, closing, glossary, figures } = expectations;
  const value = (item: unknown) => JSON.stringify(item, null, 2).replaceAll('\n', '\n  ');
  const list = (items: object[]) => `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  const fields = [`"report": ${value(report)}`, `"titleBlock": ${value(titleBlock)}`, `"outline": ${list(outline)}`, `"notes": ${notes}`, `"appendices": ${appendices}`, `"closing": ${closing}`];
  if (glossary) fields.push(`"glossary": ${value(glossary)}`);
  if (figures) fields.push(`"figures": ${list(figures)}`);
  return `{\n${fields.map((field) => `  ${field}`).join(',\n')}\n}\n`;
}
