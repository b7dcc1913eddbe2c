import type { APIRoute, GetStaticPaths } from 'astro';
import { reports } from '../../../content.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { citationFormats, reportCitationRecord, toCslJson } from '../../../lib/citation-formats.ts';
import { reportPath } from '../../../lib/urls.ts';
import type { ReportDocument } from '../../../schema/report.ts';

/**
 * The report as CSL-JSON (Zotero, Pandoc), for reference managers. One file for both languages, in Chinese: the report is a
 * Chinese document and is cited as such (title, issuing government, genre), with the Chinese report page as its URL.
 */
export const getStaticPaths = (() => reports.map((document) => ({ params: { id: document.report.id }, props: { document } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: ReportDocument }> = ({ props: { document }, site }) => {
  const { report } = document;
  const record = reportCitationRecord(report, 'zh', new URL(reportPath('zh', report.id), site).href, useTranslations('zh')(`kind.${report.kind}`));
  return new Response(toCslJson(record), { headers: { 'Content-Type': citationFormats[2].mediaType } });
};
