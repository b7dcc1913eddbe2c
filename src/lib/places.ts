import type { ReportDocument } from '../schema/report.ts';

/** Reports grouped by place, places in the order of their newest report (prefecture and counties alike). */
export function reportsByPlace(documents: ReportDocument[]) {
  const groups = new Map<string, { place: ReportDocument['report']['place']; reports: ReportDocument[] }>();
  for (const document of documents) {
    const group = groups.get(document.report.place.id) ?? { place: document.report.place, reports: [] };
    group.reports.push(document);
    groups.set(document.report.place.id, group);
  }
  return [...groups.values()];
}
